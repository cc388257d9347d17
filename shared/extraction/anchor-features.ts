import { internValue, literalIds, tokenValue } from './feature-values';
import { featureStrings, type FeatureVisitor } from './linear-model';
import type { TextAnalysis } from './text-analysis';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'also', 'not']);

// Words that anchor a cue less often than this ("to", "in", "has") are not worth scoring.
const MIN_CUE_PROBABILITY = 0.05;

/** Whether a word, given how often it anchors a cue in training, is considered at all. */
export function isAnchorCandidate(cuePrior: number): boolean {
  return cuePrior >= MIN_CUE_PROBABILITY;
}

const T = literalIds('bias', 'w', 'p', 'suffix', 'prev', 'next', 'w+next', 'w+prev', 'pshape', 'nshape', 'subj', 'w+subj', 'w+nshape', 'aux', 'first', 'quoted', 'p+subj');
const V = literalIds('END', 'START', 'QOPEN', 'QCLOSE', 'PRON', 'CAP', 'NUM', 'low', '-', 'ing', 'ed', 's', 'true', 'false');

function shape(a: TextAnalysis, i: number): number {
  const t = a.tokens[i];
  if (!t) return V.END;
  if (a.quoteOf[i] !== -1 && /^[“"‘«„']$/.test(t.text)) return a.quotes[a.quoteOf[i]!]!.start === t.start ? V.QOPEN : V.QCLOSE;
  // Punctuation is its own shape (its lower-case form is its text).
  if (!t.word) return tokenValue(t);
  if (PRONOUNS.has(t.lower)) return V.PRON;
  if (t.cap) return V.CAP;
  if (/^\d/.test(t.text)) return V.NUM;
  return V.low;
}

const BUCKETS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].map(internValue);

/**
 * Features describing whether token i anchors an attribution cue: the word, its
 * neighbours and their shapes. Shared by the trainer and the runtime model; values are
 * visited rather than joined into strings because this runs for every candidate word.
 */
export function visitAnchorFeatures(a: TextAnalysis, i: number, visit: FeatureVisitor, part: 'all' | 'word' | 'context' = 'all'): void {
  const t = a.tokens[i]!;
  if (part !== 'context') {
    // The features of the word alone: the same wherever the word stands.
    const b = BUCKETS[Math.min(9, Math.floor(a.cuePrior[i]! * 10))]!;
    const lower = t.lower;
    visit(T.bias, V['-']);
    visit(T.w, tokenValue(t));
    visit(T.p, b);
    visit(T.suffix, lower.endsWith('ing') ? V.ing : lower.endsWith('ed') ? V.ed : lower.endsWith('s') ? V.s : V['-']);
    if (part === 'word') return;
  }
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const sentence = a.sentences[a.sentenceOf[i]!]!;
  let j = i - 1;
  while (j >= sentence.first && a.tokens[j]!.word && AUXILIARIES.has(a.tokens[j]!.lower)) j--;
  const subject = j >= sentence.first ? shape(a, j) : V.START;
  const bucket = BUCKETS[Math.min(9, Math.floor(a.cuePrior[i]! * 10))]!;
  const quoted = a.sentenceQuoted[a.sentenceOf[i]!] === 1;
  const w = tokenValue(t);
  const prevWord = prev ? tokenValue(prev) : V.START;
  const nextWord = next ? tokenValue(next) : V.END;
  const nextShape = i + 1 < sentence.last ? shape(a, i + 1) : V.END;
  visit(T.prev, prevWord);
  visit(T.next, nextWord);
  visit(T['w+next'], w, nextWord);
  visit(T['w+prev'], w, prevWord);
  visit(T.pshape, i > sentence.first ? shape(a, i - 1) : V.START);
  visit(T.nshape, nextShape);
  visit(T.subj, subject);
  visit(T['w+subj'], w, subject);
  visit(T['w+nshape'], w, nextShape);
  visit(T.aux, j < i - 1 ? tokenValue(a.tokens[i - 1]!) : V['-']);
  visit(T.first, i === sentence.first ? V.true : V.false);
  visit(T.quoted, quoted ? V.true : V.false);
  visit(T['p+subj'], bucket, subject);
}

/** The features as strings ("w+next=said|that"), as the trainer stores them. */
export function anchorFeatures(a: TextAnalysis, i: number): string[] {
  return featureStrings((visit) => visitAnchorFeatures(a, i, visit));
}
