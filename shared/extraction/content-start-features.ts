/**
 * Where reported content may start, once the rules have placed a first guess after the cue:
 * the guess itself, or a later "that", a question word, an infinitive or the word after a
 * comma, so that "announcing the results by saying that X" can begin at "that".
 */
import type { FeatureVisitor } from './anchor-features';
import type { EndContext } from './content-end-features';
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

function bucket(n: number): string {
  let b = 0;
  while (b < DISTANCES.length && n > DISTANCES[b]!) b++;
  return String(b);
}

export function visitStartFeatures(ctx: EndContext, from: number, k: number, cueWord: string, visit: FeatureVisitor): void {
  const { tokens } = ctx;
  const here = k === from ? 'FROM' : ctx.quoteOf[k] !== -1 ? 'QUOTE' : tokens[k]!.lower;
  const word = ctx.quoteOf[k] !== -1 ? 'QUOTE' : tokens[k]!.lower;
  const prev = tokens[k - 1]?.lower ?? 'START';
  const first = ctx.quoteOf[from] !== -1 ? 'QUOTE' : tokens[from]!.lower;
  let words = 0;
  let comma = false;
  for (let j = from; j < k; j++) {
    if (tokens[j]!.word) words++;
    if (tokens[j]!.text === ',') comma = true;
  }
  const distance = bucket(words);
  visit('bias', '-');
  visit('here', here);
  visit('word', word);
  visit('prev', prev);
  visit('dist', distance);
  visit('comma', comma ? 'yes' : 'no');
  visit('first', first);
  visit('word+prev', word, prev);
  visit('cue+word', cueWord, word);
  visit('first+word', first, word);
  visit('word+dist', word, distance);
  visit('cue+here', cueWord, here);
}
