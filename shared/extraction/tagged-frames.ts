/**
 * Statements the rules never build, read off the span tagger's labels: a content span,
 * with the cue and source spans the tagger marks nearest to it in the same sentence. Only
 * spans that overlap nothing the rules kept are added (rules first), and their speakers go
 * through the same resolution as the rules' own.
 */
import type { Frame, FrameContext, Range } from './frame-types';
import type { Sentence } from './sentences';
import { isQuoteMark, isRailWithoutTarget, isThatSaid, tokenAt } from './frame-helpers';
import { leftSource, rightSource, sentenceSubject } from './sources';
import { tagSentence } from './span-tagger';
import { worthTagging } from './tagger-features';
import type { TextAnalysis } from './text-analysis';

/** Contents shorter than this many words are too often a stray noun phrase. */
const MIN_CONTENT_WORDS = 3;
/** Mean probability of the content labels over the span below which it is left out. */
export const TAGGED_CONTENT_THRESHOLD = 0.7;

/** Share of a sentence's tokens the rules' statements must claim for the tagger to skip it. */
const COVERED_SHARE = 0.6;

const O = 0;
const B_C = 1;
const I_C = 2;
const B_S = 3;
const I_S = 4;
const B_Q = 5;
const I_Q = 6;
const LABELS = 7;

/** The tagger's scores for the sentence being read, reused from sentence to sentence (tagging is synchronous). */
let scoreBuffer = new Float32Array(0);

interface Tagged {
  range: Range;
  /** Mean probability of the span's labels. */
  p: number;
  sentence: number;
}

/** Runs of B/I labels of one kind; an I after another kind opens a span too. */
function runs(labels: Uint8Array, probs: Float32Array, b: number, inside: number, sentenceOf: Int32Array): Tagged[] {
  const out: Tagged[] = [];
  let open: Tagged | null = null;
  let sum = 0;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i]! : O;
    const continues = open !== null && l === inside;
    if (open && !continues) {
      open.range.last = i;
      open.p = sum / (i - open.range.first);
      out.push(open);
      open = null;
    }
    if (!open && (l === b || l === inside)) {
      open = { range: { first: i, last: i + 1 }, p: 0, sentence: sentenceOf[i]! };
      sum = 0;
    }
    if (open) sum += probs[i]!;
  }
  return out;
}

function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

// Prepositions that open where or when a quotation was said ("told Huaxin on the sidelines of …").
const OCCASION_BEFORE_CONTENT = new Set(['on', 'at', 'in', 'during', 'after', 'before', 'ahead']);

// In three functions (label, then frame each span): V8 optimises a function only after it has run
// in proportion to its size, and as one function this needed more runs than the worker warm-up
// gives, so it was first compiled (a 100 ms TurboFan job) during an import.
/**
 * Frames for the tagger's content spans that no kept rule frame overlaps, and that hold no
 * kept cue (the corpus gives each word to one statement).
 */
export function taggedFrames(ctx: FrameContext, analysis: TextAnalysis, kept: Frame[], threshold = TAGGED_CONTENT_THRESHOLD): Frame[] {
  const { tokens } = analysis;
  // One backing store for the four arrays: a typed array of this size is allocated outside
  // the heap, and freed by the collector, one store at a time.
  const n = tokens.length;
  const store = new ArrayBuffer(n * 6 + analysis.sentences.length);
  const probs = new Float32Array(store, 0, n);
  const labels = new Uint8Array(store, n * 4, n);
  if (!labelUnclaimedSentences(ctx, analysis, kept, store, probs, labels)) return [];
  const contents = runs(labels, probs, B_C, I_C, analysis.sentenceOf);
  const cues = runs(labels, probs, B_Q, I_Q, analysis.sentenceOf);
  const sources = runs(labels, probs, B_S, I_S, analysis.sentenceOf);
  const keptCue = kept.map((f) => [tokens[f.cue.first]!.start, tokens[f.cue.last - 1]!.end] as const);
  const out: Frame[] = [];
  for (const c of contents) {
    if (c.p < threshold) continue;
    const frame = frameOfContent(ctx, analysis, kept, keptCue, cues, sources, c);
    if (frame) out.push(frame);
  }
  return out;
}

/**
 * Tags the sentences the kept frames leave mostly unclaimed, writing each token's best label and
 * its probability; false when no sentence needed it.
 */
function labelUnclaimedSentences(ctx: FrameContext, analysis: TextAnalysis, kept: Frame[], store: ArrayBuffer, probs: Float32Array, labels: Uint8Array): boolean {
  const { sentences } = analysis;
  const n = analysis.tokens.length;
  let any = false;
  // A sentence the rules' statements mostly cover rarely holds another they missed; the
  // tagger's time goes to the others.
  const claimed = new Uint8Array(store, n * 5, n);
  for (const f of kept) {
    claimed.fill(1, f.cue.first, f.cue.last);
    if (f.source) claimed.fill(1, f.source.first, f.source.last);
    claimed.fill(1, tokenAt(ctx, f.contentStart), tokenAt(ctx, f.contentEnd - 1) + 1);
  }
  const covered = new Uint8Array(store, n * 6, sentences.length);
  sentences.forEach((sentence, s) => {
    let count = 0;
    for (let i = sentence.first; i < sentence.last; i++) count += claimed[i]!;
    covered[s] = count >= COVERED_SHARE * (sentence.last - sentence.first) ? 1 : 0;
  });
  sentences.forEach((sentence, s) => {
    if (ctx.skip[s] || covered[s] || !worthTagging(analysis, s, sentence)) return;
    const length = sentence.last - sentence.first;
    if (scoreBuffer.length < length * LABELS) scoreBuffer = new Float32Array(length * LABELS * 2);
    const scores = tagSentence(analysis, sentence, scoreBuffer);
    any = true;
    for (let t = 0; t < length; t++) {
      let best = 0;
      for (let l = 1; l < LABELS; l++) if (scores[t * LABELS + l]! > scores[t * LABELS + best]!) best = l;
      labels[sentence.first + t] = best;
      probs[sentence.first + t] = scores[t * LABELS + best]!;
    }
  });
  return any;
}

/** The frame of one tagged content span, or null when the span is not a statement of its own. */
function frameOfContent(
  ctx: FrameContext,
  analysis: TextAnalysis,
  kept: Frame[],
  keptCue: (readonly [number, number])[],
  cues: Tagged[],
  sources: Tagged[],
  c: Tagged,
): Frame | null {
  const { tokens, sentences } = analysis;
  let first = c.range.first;
  let last = c.range.last;
  while (first < last && !tokens[first]!.word && analysis.quoteOf[first] === -1) first++;
  while (last > first && !tokens[last - 1]!.word && analysis.quoteOf[last - 1] === -1) last--;
  let words = 0;
  for (let k = first; k < last; k++) if (tokens[k]!.word) words++;
  if (words < MIN_CONTENT_WORDS) return null;
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  if (kept.some((f) => overlaps(start, end, f.contentStart, f.contentEnd))) return null;
  if (keptCue.some(([a, b]) => a >= start && b <= end)) return null;
  // "cited the ministry as saying that …", "told reporters that …": what stands between a kept cue and its content
  // (the one quoted, the listener) belongs to that frame.
  if (kept.some((f, i) => overlaps(start, end, keptCue[i]![1], f.contentStart))) return null;
  const cue = withWordCue(ctx, nearest(cues, c, sentences[c.sentence]!));
  if (!cue || isRailWithoutTarget(ctx, cue.range.first)) return null;
  if (framesInsteadOfSays(ctx, cue.range, first)) return null;
  const cueStart = tokens[cue.range.first]!.start;
  if (kept.some((f) => cueStart >= f.contentStart && cueStart < f.contentEnd)) return null;
  // '"…," Rezende told Huaxin on the sidelines of a food fair', "…, the ministry said on Wednesday, in what would be the
  // first interception": a cue that closes a kept statement reports nothing after it.
  if (OCCASION_BEFORE_CONTENT.has(tokens[first - 1]?.lower ?? '') && kept.some((f, i) => keptCue[i]![0] === cueStart && f.contentEnd <= cueStart)) return null;
  const tagged = nearest(sources, c, sentences[c.sentence]!);
  const source = speakerOf(ctx, cue.range, tagged && !overlapsRange(tagged.range, first, last) ? tagged.range : null, first, last);
  let quoted = false;
  for (let k = first; k < last; k++) if (analysis.quoteOf[k] !== -1) quoted = true;
  const q = analysis.quoteOf[first]!;
  const whole = q !== -1 && isQuoteMark(tokens[first]!) && analysis.quotes[q]!.start === start && analysis.quotes[q]!.end === end;
  return {
    cue: cue.range,
    source,
    contentStart: start,
    contentEnd: end,
    quote: whole ? q : null,
    kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect',
    confidence: c.p,
    sentence: c.sentence,
    byLayout: false,
  };
}

// How far back from a tagged cue that is no word the reporting verb may stand ("maintained since 2021").
const WORD_CUE_REACH = 3;

/**
 * "Warsaw has maintained since 2021 that …": a cue the tagger put on a number is the reporting verb just before it, or
 * none (a quotation mark or a colon it marks as the cue stays: a quotation needs no verb).
 */
function withWordCue<T extends { range: Range }>(ctx: FrameContext, cue: T | null): T | null {
  if (!cue || !/^\d/.test(ctx.tokens[cue.range.first]!.text)) return cue;
  for (let k = cue.range.first - 1; k >= Math.max(0, cue.range.first - WORD_CUE_REACH); k--) {
    if (ctx.tokens[k]!.word && /\p{L}/u.test(ctx.tokens[k]!.text) && ctx.cuePrior[k]! >= WORD_CUE_PRIOR) return { ...cue, range: { first: k, last: k + 1 } };
  }
  return null;
}

// How likely a word must be to report for it to stand in for the tagger's cue.
const WORD_CUE_PRIOR = 0.1;

/**
 * The speaker for a tagged cue: the rules' own subject walk first (it knows names, titles
 * and pronouns), then the tagger's source span.
 */
function speakerOf(ctx: FrameContext, cue: Range, tagged: Range | null, first: number, last: number): Range | null {
  const sentence = ctx.sentences[ctx.analysis.sentenceOf[cue.first]!]!;
  const left = leftSource(ctx, sentence, cue.first, sentence.first);
  if (left && !overlapsRange(left, first, last)) return left;
  // "X went further, writing on Telegram that …", "flipped his choice – saying …": a participle after a comma or a
  // dash speaks for the sentence's subject, not for the medium after it. "The ministry said it had lodged protests and urged Washington to …": so does a cue after
  // "and", which shares the clause's subject.
  const before = ctx.tokens[cue.first - 1];
  const participleAfterBreak = ctx.tokens[cue.first]!.lower.endsWith('ing') && CLAUSE_BREAKS.has(before?.text ?? '');
  if (participleAfterBreak || COORDINATING.has(before?.lower ?? '')) {
    const subject = sentenceSubject(ctx, sentence);
    if (subject && subject.last < cue.first && !overlapsRange(subject, first, last)) return subject;
  }
  const right = cue.last < sentence.last ? rightSource(ctx, sentence, cue.last) : null;
  if (right && !overlapsRange(right, first, last)) return right;
  return tagged && wholePhrase(ctx, sentence, tagged, first, last);
}

const COORDINATING = new Set(['and', 'but']);
const CLAUSE_BREAKS = new Set([',', '—', '–']);
// Words that cannot name a speaker alone: the tagger sometimes ends its source span right after them.
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'one', 'and', 'but', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by']);

/**
 * The tagger's source span, or the noun phrase it only began: "said one" of "said one party activist". A span of
 * punctuation alone (a dash before "saying") names nobody.
 */
function wholePhrase(ctx: FrameContext, sentence: Sentence, tagged: Range, first: number, last: number): Range | null {
  const { tokens } = ctx;
  let words = 0;
  for (let k = tagged.first; k < tagged.last; k++) {
    if (!tokens[k]!.word) continue;
    if (!FUNCTION_WORDS.has(tokens[k]!.lower)) return tagged;
    words++;
  }
  if (words === 0) return tagged;
  const phrase = rightSource(ctx, sentence, tagged.first);
  return phrase && phrase.last > tagged.last && !overlapsRange(phrase, first, last) ? phrase : tagged;
}

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

/**
 * Shapes the rules deliberately leave out, held to the same line here: a passive cue
 * ("Shoigu was asked about ...") whose subject is not the speaker, and an opening
 * participle ("Warning against arms deals, Jeon said ...") that frames the main statement,
 * and the concession "That said,".
 */
function framesInsteadOfSays(ctx: FrameContext, cue: Range, contentFirst: number): boolean {
  const { tokens } = ctx;
  let passive = false;
  for (let k = Math.max(0, cue.first - 1); k < cue.last; k++) if (PASSIVE_AUX.has(tokens[k]!.lower)) passive = true;
  if (passive && tokens[cue.last]?.lower !== 'by') return true;
  const sentence = ctx.sentences[ctx.analysis.sentenceOf[cue.first]!]!;
  if (isThatSaid(ctx, sentence, cue.first)) return true;
  let opening = sentence.first;
  while (opening < sentence.last && !tokens[opening]!.word) opening++;
  if (opening > cue.first || !tokens[opening]!.lower.endsWith('ing') || ctx.quoteOf[opening] !== -1) return false;
  // The cue sits in the opening participial clause (before its comma).
  for (let k = opening; k < cue.first; k++) if (tokens[k]!.text === ',') return false;
  return tokens[contentFirst]!.lower !== 'that' && ctx.quoteOf[contentFirst] === -1;
}

function overlapsRange(r: Range, first: number, last: number): boolean {
  return r.first < last && first < r.last;
}

/** The span of a kind closest to the content within its sentence (outside the content). */
function nearest(spans: Tagged[], content: Tagged, sentence: { first: number; last: number }): Tagged | null {
  let best: Tagged | null = null;
  let bestDistance = Infinity;
  for (const s of spans) {
    if (s.range.last <= sentence.first || s.range.first >= sentence.last) continue;
    if (overlapsRange(s.range, content.range.first, content.range.last)) continue;
    const d = s.range.first >= content.range.last ? s.range.first - content.range.last : content.range.first - s.range.last;
    if (d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}
