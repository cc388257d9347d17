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
// A lone '-' is a dash typed as a hyphen ("-- now known as ...", " - an old favorite - ").
const BOUNDARY_MARKS = new Set([',', ';', '—', '–', '-', '(', ':']);
// "discussed the plan on Fox News", "will push the bill in interviews": a noun-phrase content
// often ends before a preposition that a clause content runs through.
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'for', 'from', 'by', 'over', 'about', 'against', 'into', 'through', 'under', 'to']);
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
    const t = ctx.tokens[k]!;
    if (BOUNDARY_MARKS.has(t.text) || (t.word && (BOUNDARY_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower)))) out.push(k);
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
  visit('cue+dist', cueWord, distance);
  // ", putting them ahead", ", including ...": the form of the next word, whatever the word.
  visit('here+nsuf', here, atEnd ? 'END' : suffixClass(next));
  let rest = 0;
  for (let j = k; j < sentence.last; j++) if (tokens[j]!.word) rest++;
  visit('rest', bucket(rest));
  // Whether a verb came before the boundary: a clause runs on, a noun phrase ends at a preposition.
  const verb = verbBetween(ctx, from, k) ? 'v' : 'nv';
  visit('verb+here', verb, here);
  visit('cue+verb+prep', cueWord, verb + (PREPOSITIONS.has(here) ? '-prep' : '-other'));
  // ", Obama won ..." / ", he did not ...": a subject and its verb open the writer's own clause.
  if (!atEnd) visit('clause', clauseShape(ctx, k, sentence.last));
}

function verbBetween(ctx: EndContext, from: number, k: number): boolean {
  const { tokens } = ctx;
  for (let j = from; j < k; j++) {
    const t = tokens[j]!;
    if (!t.word || ctx.quoteOf[j] !== -1) continue;
    if (AUX_WORDS.has(t.lower) || (j > from && t.lower.length > 3 && t.lower.endsWith('ed'))) return true;
  }
  return false;
}

function suffixClass(w: string): string {
  if (w.length > 4 && w.endsWith('ing')) return 'ing';
  if (w.length > 3 && w.endsWith('ed')) return 'ed';
  if (w.length > 3 && w.endsWith('ly')) return 'ly';
  return /^\p{L}/u.test(w) ? 'w' : 'p';
}

const SUBJECT_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'the', 'his', 'her', 'their', 'this', 'that', 'there']);
const AUX_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'may', 'might', 'should', 'must']);

/** What follows a boundary: a subject-verb pair, a verb, or something else. */
function clauseShape(ctx: EndContext, k: number, end: number): string {
  const { tokens } = ctx;
  let j = k;
  while (j < end && !tokens[j]!.word) j++;
  if (j >= end || ctx.quoteOf[j] !== -1) return 'none';
  const a = tokens[j]!;
  const subject = SUBJECT_WORDS.has(a.lower) ? 'pron' : a.cap ? 'cap' : '';
  if (!subject) return a.lower.endsWith('ing') ? 'ing' : a.lower.endsWith('ed') ? 'ed' : 'low';
  for (let n = j + 1; n < Math.min(end, j + 5); n++) {
    const b = tokens[n]!;
    if (!b.word) return subject + '-punct';
    if (b.cap) continue;
    if (AUX_WORDS.has(b.lower)) return subject + '-aux';
    if (ctx.cuePrior[n]! >= 0.3) return subject + '-cue';
    return subject + (b.lower.endsWith('ed') ? '-ed' : b.lower.endsWith('s') ? '-s' : '-low');
  }
  return subject + '-long';
}

