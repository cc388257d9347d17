/** Transcript and headline layouts where a label, not a cue word, names the speaker. */
import { countWords, isQuoteMark } from './frame-helpers';
import type { Frame, FrameContext } from './frame-types';

// Function words a headline capitalises but a name never contains ("Stealth Over Health:").
const TITLE_FUNCTION_WORDS = new Set('a an the of in on at by for to with over and or but from into after before about as vs'.split(' '));

// Words that open a paragraph with a colon without naming a speaker.
const NOT_SPEAKER_LABELS = new Set(
  'the latest contributing correction corrections breaking byline update updated note editor editors related watch video photo photos read more wow revealed advertisement transcript source sources also see listen warning disclosure clarification'.split(' '),
);

/** "WALLACE: Let's start with ..." and "Poll: Trump ties Clinton": a label names the speaker. */
export function speakerLabelFrame(ctx: FrameContext, s: number): Frame | null {
  const { tokens, sentences } = ctx;
  const sentence = sentences[s]!;
  if (s > 0 && sentences[s - 1]!.paragraph === sentence.paragraph) return null;
  let first = sentence.first;
  // A transcript paragraph may open with a quotation mark: "WALLACE: Let's start ...
  if (tokens[first] && !tokens[first]!.word && isQuoteMark(tokens[first]!)) first++;
  // "A: China firmly opposes ...": in a briefing's transcript the answers are the briefer's, named in the title.
  if (tokens[first]?.text === 'A' && tokens[first + 1]?.text === ':') return briefingAnswerFrame(ctx, s, first + 1);
  let k = first;
  while (k < sentence.last && k - first < 4 && tokens[k]!.word && tokens[k]!.cap && tokens[k]!.text.length > 1) {
    if (NOT_SPEAKER_LABELS.has(tokens[k]!.lower) || TITLE_FUNCTION_WORDS.has(tokens[k]!.lower)) return null;
    k++;
  }
  if (k === first || k - first > 3 || tokens[k]?.text !== ':') return null;
  let last = sentence.last;
  for (let n = s + 1; n < sentences.length && sentences[n]!.paragraph === sentence.paragraph; n++) last = sentences[n]!.last;
  while (last > k + 1 && !tokens[last - 1]!.word && ctx.quoteOf[last - 1] === -1) last--;
  if (countWords(ctx, k + 1, last) < 3) return null;
  return {
    cue: { first: k, last: k + 1 },
    source: { first, last: k },
    contentStart: tokens[k + 1]!.start,
    contentEnd: paragraphBoundedEnd(ctx, last),
    quote: null,
    kind: 'indirect',
    confidence: 0.8,
    sentence: s,
    byLayout: true,
  };
}

// The briefer's office in a transcript's title: "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference".
const POSSESSIVE_RE = /[’']s$/;
const BRIEFER_HEADS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'minister', 'secretary', 'ambassador']);

/**
 * The answer of a question-and-answer transcript ("Q: ... / A: ..."), spoken by the briefer its first
 * paragraph names (office words, then a name, up to the possessive); null when the title names none.
 */
function briefingAnswerFrame(ctx: FrameContext, s: number, colon: number): Frame | null {
  const { tokens, sentences } = ctx;
  const briefer = brieferInTitle(ctx);
  if (!briefer) return null;
  const sentence = sentences[s]!;
  let last = sentence.last;
  for (let n = s + 1; n < sentences.length && sentences[n]!.paragraph === sentence.paragraph; n++) last = sentences[n]!.last;
  while (last > colon + 1 && !tokens[last - 1]!.word && ctx.quoteOf[last - 1] === -1) last--;
  if (countWords(ctx, colon + 1, last) < 3) return null;
  return {
    cue: { first: colon, last: colon + 1 },
    source: briefer,
    contentStart: tokens[colon + 1]!.start,
    contentEnd: paragraphBoundedEnd(ctx, last),
    quote: null,
    kind: 'indirect',
    confidence: 0.8,
    sentence: s,
    byLayout: true,
  };
}

function brieferInTitle(ctx: FrameContext): { first: number; last: number } | null {
  const { tokens, sentences } = ctx;
  const title = sentences[0];
  if (!title) return null;
  let end = title.last;
  for (let n = 1; n < sentences.length && sentences[n]!.paragraph === title.paragraph; n++) end = sentences[n]!.last;
  const possessive = (k: number) => POSSESSIVE_RE.test(tokens[k]!.text);
  for (let k = title.first; k < end; k++) {
    if (!tokens[k]!.cap || !BRIEFER_HEADS.has(tokens[k]!.lower.replace(POSSESSIVE_RE, ''))) continue;
    let first = k;
    while (first > title.first && tokens[first - 1]!.word && tokens[first - 1]!.cap && !possessive(first - 1)) first--;
    let last = k + 1;
    // The name after the office ends with the possessive that opens the briefing's own title.
    while (!possessive(last - 1) && last < end && last - k <= 3 && tokens[last]!.word && tokens[last]!.cap) last++;
    return { first, last };
  }
  return null;
}

/** The end of the token before `last`, or of its quotation when that closes in the same paragraph. */
function paragraphBoundedEnd(ctx: FrameContext, last: number): number {
  const end = ctx.tokens[last - 1]!.end;
  const q = ctx.quoteOf[last - 1]!;
  if (q === -1) return end;
  const quoteEnd = ctx.quotes[q]!.end;
  return quoteEnd > end && !ctx.text.slice(end, quoteEnd).includes('\n') ? quoteEnd : end;
}
