import type { TextAnalysis } from './text-analysis';

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you', 'who']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'also', 'not']);

// Words that anchor a cue less often than this ("to", "in", "has") are not worth scoring.
const MIN_CUE_PROBABILITY = 0.05;

/** Whether a word, given how often it anchors a cue in training, is considered at all. */
export function isAnchorCandidate(cuePrior: number): boolean {
  return cuePrior >= MIN_CUE_PROBABILITY;
}

function shape(a: TextAnalysis, i: number): string {
  const t = a.tokens[i];
  if (!t) return 'END';
  if (a.quoteOf[i] !== -1 && /^[“"‘«„']$/.test(t.text)) return a.quotes[a.quoteOf[i]!]!.start === t.start ? 'QOPEN' : 'QCLOSE';
  if (!t.word) return t.text;
  if (PRONOUNS.has(t.lower)) return 'PRON';
  if (t.cap) return 'CAP';
  if (/^\d/.test(t.text)) return 'NUM';
  return 'low';
}

const BUCKETS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Receives one feature: a template name and its value, or a pair of values. */
export type FeatureVisitor = (template: string, value: string, second?: string) => void;

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
    visit('bias', '-');
    visit('w', lower);
    visit('p', b);
    visit('suffix', lower.endsWith('ing') ? 'ing' : lower.endsWith('ed') ? 'ed' : lower.endsWith('s') ? 's' : '-');
    if (part === 'word') return;
  }
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  const sentence = a.sentences[a.sentenceOf[i]!]!;
  let j = i - 1;
  while (j >= sentence.first && a.tokens[j]!.word && AUXILIARIES.has(a.tokens[j]!.lower)) j--;
  const subject = j >= sentence.first ? shape(a, j) : 'START';
  const bucket = BUCKETS[Math.min(9, Math.floor(a.cuePrior[i]! * 10))]!;
  const quoted = a.sentenceQuoted[a.sentenceOf[i]!] === 1;
  const w = t.lower;
  const prevWord = prev?.lower ?? 'START';
  const nextWord = next?.lower ?? 'END';
  const nextShape = i + 1 < sentence.last ? shape(a, i + 1) : 'END';
  visit('prev', prevWord);
  visit('next', nextWord);
  visit('w+next', w, nextWord);
  visit('w+prev', w, prevWord);
  visit('pshape', i > sentence.first ? shape(a, i - 1) : 'START');
  visit('nshape', nextShape);
  visit('subj', subject);
  visit('w+subj', w, subject);
  visit('w+nshape', w, nextShape);
  visit('aux', j < i - 1 ? a.tokens[i - 1]!.lower : '-');
  visit('first', i === sentence.first ? 'true' : 'false');
  visit('quoted', quoted ? 'true' : 'false');
  visit('p+subj', bucket, subject);
}

/** The features as strings ("w+next=said|that"), as the trainer stores them. */
export function anchorFeatures(a: TextAnalysis, i: number): string[] {
  const out: string[] = [];
  visitAnchorFeatures(a, i, (template, value, second) => out.push(second === undefined ? `${template}=${value}` : `${template}=${value}|${second}`));
  return out;
}
