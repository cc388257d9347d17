import { internValue, literalIds, tokenValue, valueId } from './feature-values';
import { featureStrings, type FeatureVisitor } from './linear-model';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

/** What the content-end model needs to see of the article. */
export interface EndContext {
  tokens: Token[];
  quotes: QuoteSpan[];
  quoteOf: Int32Array;
  cuePrior: Float32Array;
}

// Words that may open a clause the reported content does not include.
const BOUNDARY_WORDS = new Set(
  'and but while which who whom whose because as after before when although though including even so if until since where whereas or than with without despite amid according adding saying noting'.split(' '),
);
// A lone '-' is a dash typed as a hyphen ("-- now known as ...", " - an old favorite - ").
const BOUNDARY_MARKS = new Set([',', ';', '—', '–', '-', '(', ':']);
// "discussed the plan on Fox News", "will push the bill in interviews": a noun-phrase content
// often ends before a preposition that a clause content runs through.
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'for', 'from', 'by', 'over', 'about', 'against', 'into', 'through', 'under', 'to']);
// All three in one set, by the token's lower-case form: marks are never words and the words
// are never marks, so one look-up per token tells what the three did.
const BOUNDARIES = new Set([...BOUNDARY_MARKS, ...BOUNDARY_WORDS, ...PREPOSITIONS]);
const MAX_CANDIDATES = 10;
const DISTANCES = [2, 4, 7, 11, 16, 24, 35];

/**
 * Where reported content may end: before a comma, a dash or a clause word outside
 * quotations, or at the sentence's end. Positions are exclusive token indices.
 */
export function endCandidates(ctx: EndContext, sentence: Sentence, from: number): number[] {
  const out: number[] = [];
  for (let k = from + 1; k < sentence.last && out.length < MAX_CANDIDATES - 1; k++) {
    if (ctx.quoteOf[k] !== -1) continue;
    if (BOUNDARIES.has(ctx.tokens[k]!.lower)) out.push(k);
  }
  out.push(sentence.last);
  return out;
}

function bucket(n: number): number {
  let b = 0;
  while (b < DISTANCES.length && n > DISTANCES[b]!) b++;
  return BUCKETS[b]!;
}

const BUCKETS = Array.from({ length: DISTANCES.length + 1 }, (_, b) => internValue(String(b)));
const T = literalIds('bias', 'end', 'here', 'next', 'prev', 'nshape', 'dist', 'here+next', 'here+nshape', 'here+dist', 'cue+here', 'first+here', 'cue+dist', 'here+nsuf', 'rest', 'verb+here', 'cue+verb+prep', 'clause');
const V = literalIds('-', 'yes', 'no', 'END', 'START', 'CAP', 'CUE', 'low', 'that', 'to', 'other', 'ing', 'ed', 'ly', 'w', 'p', 'v', 'nv', 'v-prep', 'v-other', 'nv-prep', 'nv-other');

/** The features as strings, as the trainer stores them. */
export function endFeatures(ctx: EndContext, sentence: Sentence, from: number, k: number, cueWord: string): string[] {
  return featureStrings((visit) => visitEndFeatures(ctx, sentence, from, k, cueWord, visit));
}

/**
 * What the features of every end of one content read between its start and the end,
 * worked out in one pass for all the ends the model weighs: how many words lie before each
 * end and whether a verb does. Counting them again for each end walked the sentence's tail
 * once per end (its words, and a set look-up per word for a verb).
 */
export class EndScan {
  private from = 0;
  private total = 0;
  /** words[i]: words among the tokens from..from + i - 1; verbs[i]: whether a verb is among them. */
  private words = new Int32Array(64);
  private verbs = new Uint8Array(64);
  cue = 0;

  read(ctx: EndContext, sentence: Sentence, from: number, cueWord: string): this {
    const { tokens } = ctx;
    const length = Math.max(0, sentence.last - from);
    if (this.words.length <= length) {
      this.words = new Int32Array(length * 2 + 1);
      this.verbs = new Uint8Array(length * 2 + 1);
    }
    const { words, verbs } = this;
    words[0] = 0;
    verbs[0] = 0;
    for (let i = 0; i < length; i++) {
      const j = from + i;
      const t = tokens[j]!;
      words[i + 1] = words[i]! + (t.word ? 1 : 0);
      verbs[i + 1] = verbs[i] || isVerb(ctx, from, j) ? 1 : 0;
    }
    this.from = from;
    this.total = words[length]!;
    this.cue = valueId(cueWord);
    return this;
  }

  /** Words in from..k - 1 (none when k is not past the start). */
  wordsBefore(k: number): number {
    return k <= this.from ? 0 : this.words[k - this.from]!;
  }

  /** Words in k..the sentence's end. */
  wordsFrom(k: number): number {
    return this.total - this.wordsBefore(k);
  }

  verbBefore(k: number): boolean {
    return k > this.from && this.verbs[k - this.from] === 1;
  }
}

/** `scan`, read for this sentence, start and cue word, saves counting the words again for each end. */
export function visitEndFeatures(ctx: EndContext, sentence: Sentence, from: number, k: number, cueWord: string, visit: FeatureVisitor, scan?: EndScan): void {
  const { tokens } = ctx;
  const atEnd = k >= sentence.last;
  const cue = scan ? scan.cue : valueId(cueWord);
  const hereWord = atEnd ? 'END' : tokens[k]!.lower;
  const here = atEnd ? V.END : tokenValue(tokens[k]!);
  const nextToken = atEnd ? undefined : tokens[k + 1];
  const nextWord = nextToken?.lower ?? 'END';
  const next = nextToken ? tokenValue(nextToken) : V.END;
  const prev = k > 0 ? tokenValue(tokens[k - 1]!) : V.START;
  let words = 0;
  if (scan) words = scan.wordsBefore(k);
  else for (let j = from; j < k; j++) if (tokens[j]!.word) words++;
  const distance = bucket(words);
  const nextPrior = atEnd ? 0 : ctx.cuePrior[k + 1] ?? 0;
  const nextShape = atEnd ? V.END : tokens[k + 1]?.cap ? V.CAP : tokens[k + 1]?.word ? (nextPrior >= 0.5 ? V.CUE : V.low) : next;
  const first = tokens[from]?.lower ?? '';
  visit(T.bias, V['-']);
  visit(T.end, atEnd ? V.yes : V.no);
  visit(T.here, here);
  visit(T.next, next);
  visit(T.prev, prev);
  visit(T.nshape, nextShape);
  visit(T.dist, distance);
  visit(T['here+next'], here, next);
  visit(T['here+nshape'], here, nextShape);
  visit(T['here+dist'], here, distance);
  visit(T['cue+here'], cue, here);
  visit(T['first+here'], first === 'that' ? V.that : first === 'to' ? V.to : V.other, here);
  visit(T['cue+dist'], cue, distance);
  // ", putting them ahead", ", including ...": the form of the next word, whatever the word.
  visit(T['here+nsuf'], here, atEnd ? V.END : suffixClass(nextWord));
  let rest = 0;
  if (scan) rest = scan.wordsFrom(k);
  else for (let j = k; j < sentence.last; j++) if (tokens[j]!.word) rest++;
  visit(T.rest, bucket(rest));
  // Whether a verb came before the boundary: a clause runs on, a noun phrase ends at a preposition.
  const verb = scan ? scan.verbBefore(k) : verbBetween(ctx, from, k);
  visit(T['verb+here'], verb ? V.v : V.nv, here);
  const prep = PREPOSITIONS.has(hereWord);
  visit(T['cue+verb+prep'], cue, verb ? (prep ? V['v-prep'] : V['v-other']) : prep ? V['nv-prep'] : V['nv-other']);
  // ", Obama won ..." / ", he did not ...": a subject and its verb open the writer's own clause.
  if (!atEnd) visit(T.clause, clauseShape(ctx, k, sentence.last));
}

function verbBetween(ctx: EndContext, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (isVerb(ctx, from, j)) return true;
  return false;
}

/** Token j, of a content starting at `from`, reads as a verb: an auxiliary, or a past form after the first word. */
function isVerb(ctx: EndContext, from: number, j: number): boolean {
  const t = ctx.tokens[j]!;
  if (!t.word || ctx.quoteOf[j] !== -1) return false;
  return AUX_WORDS.has(t.lower) || (j > from && t.lower.length > 3 && t.lower.endsWith('ed'));
}

function suffixClass(w: string): number {
  if (w.length > 4 && w.endsWith('ing')) return V.ing;
  if (w.length > 3 && w.endsWith('ed')) return V.ed;
  if (w.length > 3 && w.endsWith('ly')) return V.ly;
  return /^\p{L}/u.test(w) ? V.w : V.p;
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'the', 'his', 'her', 'their', 'this', 'that', 'there']);
const AUX_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'may', 'might', 'should', 'must']);
const CLAUSE = literalIds('none', 'ing', 'ed', 'low');
// A subject (a pronoun or a capitalised word) and what follows it, as "pron-aux", "cap-ed".
const CLAUSE_AFTER = ['punct', 'aux', 'cue', 'ed', 's', 'low', 'long'] as const;
const PRON_CLAUSE = literalIds(...CLAUSE_AFTER.map((after) => `pron-${after}` as const));
const CAP_CLAUSE = literalIds(...CLAUSE_AFTER.map((after) => `cap-${after}` as const));

/** What follows a boundary: a subject-verb pair, a verb, or something else. */
function clauseShape(ctx: EndContext, k: number, end: number): number {
  const { tokens } = ctx;
  let j = k;
  while (j < end && !tokens[j]!.word) j++;
  if (j >= end || ctx.quoteOf[j] !== -1) return CLAUSE.none;
  const a = tokens[j]!;
  if (!SUBJECT_WORDS.has(a.lower) && !a.cap) return a.lower.endsWith('ing') ? CLAUSE.ing : a.lower.endsWith('ed') ? CLAUSE.ed : CLAUSE.low;
  const pron = SUBJECT_WORDS.has(a.lower);
  for (let n = j + 1; n < Math.min(end, j + 5); n++) {
    const b = tokens[n]!;
    if (!b.word) return pron ? PRON_CLAUSE['pron-punct'] : CAP_CLAUSE['cap-punct'];
    if (b.cap) continue;
    if (AUX_WORDS.has(b.lower)) return pron ? PRON_CLAUSE['pron-aux'] : CAP_CLAUSE['cap-aux'];
    if (ctx.cuePrior[n]! >= 0.3) return pron ? PRON_CLAUSE['pron-cue'] : CAP_CLAUSE['cap-cue'];
    if (b.lower.endsWith('ed')) return pron ? PRON_CLAUSE['pron-ed'] : CAP_CLAUSE['cap-ed'];
    return b.lower.endsWith('s') ? (pron ? PRON_CLAUSE['pron-s'] : CAP_CLAUSE['cap-s']) : pron ? PRON_CLAUSE['pron-low'] : CAP_CLAUSE['cap-low'];
  }
  return pron ? PRON_CLAUSE['pron-long'] : CAP_CLAUSE['cap-long'];
}
