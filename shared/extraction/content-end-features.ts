import type { FeatureVisitor } from './anchor-features';
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
const BOUNDARY_MARKS = new Set([',', ';', '—', '–', '(', ':']);
const MAX_CANDIDATES = 6;
const DISTANCES = [2, 4, 7, 11, 16, 24, 35];

/**
 * Where reported content may end: before a comma, a dash or a clause word outside
 * quotations, or at the sentence's end. Positions are exclusive token indices.
 */
export function endCandidates(ctx: EndContext, sentence: Sentence, from: number): number[] {
  const out: number[] = [];
  for (let k = from + 1; k < sentence.last && out.length < MAX_CANDIDATES - 1; k++) {
    if (ctx.quoteOf[k] !== -1) continue;
    const t = ctx.tokens[k]!;
    if (BOUNDARY_MARKS.has(t.text) || (t.word && BOUNDARY_WORDS.has(t.lower))) out.push(k);
  }
  out.push(sentence.last);
  return out;
}

function bucket(n: number): string {
  let b = 0;
  while (b < DISTANCES.length && n > DISTANCES[b]!) b++;
  return String(b);
}

export function visitEndFeatures(ctx: EndContext, sentence: Sentence, from: number, k: number, cueWord: string, visit: FeatureVisitor): void {
  const { tokens } = ctx;
  const atEnd = k >= sentence.last;
  const here = atEnd ? 'END' : tokens[k]!.lower;
  const next = atEnd ? 'END' : (tokens[k + 1]?.lower ?? 'END');
  const prev = tokens[k - 1]?.lower ?? 'START';
  let words = 0;
  for (let j = from; j < k; j++) if (tokens[j]!.word) words++;
  const distance = bucket(words);
  const nextPrior = atEnd ? 0 : ctx.cuePrior[k + 1] ?? 0;
  const nextShape = atEnd ? 'END' : tokens[k + 1]?.cap ? 'CAP' : tokens[k + 1]?.word ? (nextPrior >= 0.5 ? 'CUE' : 'low') : (tokens[k + 1]?.text ?? 'END');
  const first = tokens[from]?.lower ?? '';
  visit('bias', '-');
  visit('end', atEnd ? 'yes' : 'no');
  visit('here', here);
  visit('next', next);
  visit('prev', prev);
  visit('nshape', nextShape);
  visit('dist', distance);
  visit('here+next', here, next);
  visit('here+nshape', here, nextShape);
  visit('here+dist', here, distance);
  visit('cue+here', cueWord, here);
  visit('first+here', first === 'that' || first === 'to' ? first : 'other', here);
}

