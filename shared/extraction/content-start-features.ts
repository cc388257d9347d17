/**
 * Where reported content may start, once the rules have placed a first guess after the cue:
 * the guess itself, or a later "that", a question word, an infinitive or the word after a
 * comma, so that "announcing the results by saying that X" can begin at "that".
 */
import type { EndContext } from './content-end-features';
import { internValue, literalIds, tokenValue, valueId } from './feature-values';
import { featureStrings, type FeatureVisitor } from './linear-model';
import type { Sentence } from './sentences';

const START_WORDS = new Set(['that', 'whether', 'how', 'what', 'why', 'when', 'who', 'if', 'to', 'he', 'she', 'they', 'it', 'we', 'i', 'the']);
const MAX_CANDIDATES = 6;
const REACH = 14;
const DISTANCES = [0, 1, 2, 4, 7, 11];

export function startCandidates(ctx: EndContext, sentence: Sentence, from: number): number[] {
  const out = [from];
  const { tokens } = ctx;
  for (let k = from + 1; k < Math.min(sentence.last - 1, from + REACH) && out.length < MAX_CANDIDATES; k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== -1) {
      // Content may begin with a quotation, never inside one.
      if (ctx.quoteOf[k - 1] !== ctx.quoteOf[k]) out.push(k);
      continue;
    }
    // A second reporting verb belongs to another statement.
    if (ctx.cuePrior[k]! >= 0.5) break;
    if (t.text === '.' || t.text === ';') break;
    if (START_WORDS.has(t.lower) || (tokens[k - 1]!.text === ',' && t.word)) out.push(k);
  }
  return out;
}

function bucket(n: number): number {
  let b = 0;
  while (b < DISTANCES.length && n > DISTANCES[b]!) b++;
  return BUCKETS[b]!;
}

const BUCKETS = Array.from({ length: DISTANCES.length + 1 }, (_, b) => internValue(String(b)));
const T = literalIds('bias', 'here', 'word', 'prev', 'dist', 'comma', 'first', 'word+prev', 'cue+word', 'first+word', 'word+dist', 'cue+here');
const V = literalIds('-', 'FROM', 'QUOTE', 'START', 'yes', 'no');

/** The features as strings, as the trainer stores them. */
export function startFeatures(ctx: EndContext, from: number, k: number, cueWord: string): string[] {
  return featureStrings((visit) => visitStartFeatures(ctx, from, k, cueWord, visit));
}

export function visitStartFeatures(ctx: EndContext, from: number, k: number, cueWord: string, visit: FeatureVisitor): void {
  const { tokens } = ctx;
  const cue = valueId(cueWord);
  const here = k === from ? V.FROM : ctx.quoteOf[k] !== -1 ? V.QUOTE : tokenValue(tokens[k]!);
  const word = ctx.quoteOf[k] !== -1 ? V.QUOTE : tokenValue(tokens[k]!);
  const prev = k > 0 ? tokenValue(tokens[k - 1]!) : V.START;
  const first = ctx.quoteOf[from] !== -1 ? V.QUOTE : tokenValue(tokens[from]!);
  let words = 0;
  let comma = false;
  for (let j = from; j < k; j++) {
    if (tokens[j]!.word) words++;
    if (tokens[j]!.text === ',') comma = true;
  }
  const distance = bucket(words);
  visit(T.bias, V['-']);
  visit(T.here, here);
  visit(T.word, word);
  visit(T.prev, prev);
  visit(T.dist, distance);
  visit(T.comma, comma ? V.yes : V.no);
  visit(T.first, first);
  visit(T['word+prev'], word, prev);
  visit(T['cue+word'], cue, word);
  visit(T['first+word'], first, word);
  visit(T['word+dist'], word, distance);
  visit(T['cue+here'], cue, here);
}
