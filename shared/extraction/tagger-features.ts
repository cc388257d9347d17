/**
 * The span tagger's view of a sentence: a handful of small categorical features per token,
 * the same for the training export and the runtime tagger. Long-range context that a
 * narrow convolution cannot see (how far the nearest cue-like word is, whether the token
 * sits in a quotation) is given to it as features.
 */
import { isUpperCaseWord } from '../text/word-chars';
import { internValue, tokenValue } from './feature-values';
import type { TextAnalysis } from './text-analysis';
import type { Sentence } from './sentences';

/** Feature columns, in the order the model's embedding tables are stored. */
export const TAGGER_FEATURES = ['word', 'suffix', 'shape', 'prior', 'quote', 'cueLeft', 'cueRight', 'position'] as const;
export const FEATURE_COUNT = TAGGER_FEATURES.length;
/**
 * Columns whose first-layer rows the runtime sums once per combination (they have few
 * values): word; suffix; shape, quote and position; prior and both cue distances.
 */
export const FEATURE_GROUPS: readonly (readonly number[])[] = [[0], [1], [2, 4, 7], [3, 5, 6]];

/** Labels of the BIO scheme over content (C), source (S) and cue (Q). */
export const TAGGER_LABELS = ['O', 'B-C', 'I-C', 'B-S', 'I-S', 'B-Q', 'I-Q'] as const;

export interface TaggerVocabulary {
  /** Lower-case words; index + 2 is the id (0 padding, 1 unknown). */
  words: string[];
  suffixes: string[];
}

const SHAPES = 16;
const PRIOR_BUCKETS = 12;
const DISTANCE_BUCKETS = 10;
const POSITION_BUCKETS = 4;
/** How many ids each column can take, given the vocabulary; padding is 0 everywhere. */
export function featureSizes(vocab: TaggerVocabulary): number[] {
  return [vocab.words.length + 2, vocab.suffixes.length + 2, SHAPES, PRIOR_BUCKETS, 4, DISTANCE_BUCKETS, DISTANCE_BUCKETS, POSITION_BUCKETS];
}

/** Cue-like enough to fence content: the anchors the lexicon knows well. */
const CUE_LIKE = 0.2;
/** Sentences worth tagging hold a word at least this cue-like, or a quotation mark. */
export const TAG_SENTENCE_PRIOR = 0.1;

const OPEN_QUOTE_RE = /^[“"‘«„']$/;

function shapeOf(a: TextAnalysis, i: number): number {
  const t = a.tokens[i]!;
  if (!t.word) {
    if (a.quoteOf[i] !== -1 && OPEN_QUOTE_RE.test(t.text)) return a.quotes[a.quoteOf[i]!]!.start === t.start ? 1 : 2;
    if (t.text === '”' || t.text === '’' || t.text === '»') return 2;
    if (t.text === ',') return 3;
    if (t.text === '.' || t.text === '!' || t.text === '?') return 4;
    if (t.text === ':') return 5;
    if (t.text === ';') return 6;
    if (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '―') return 7;
    if (t.text === '(' || t.text === ')') return 8;
    return 9;
  }
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return 10;
  if (!t.cap) return 11;
  if (t.text.length > 1 && isUpperCaseWord(t.text)) return 12;
  return 13;
}

function distanceBucket(d: number): number {
  if (d <= 0) return 0;
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

/** A lemma stand-in for words outside the vocabulary: the last three letters carry tense and number. */
export function suffixOf(lower: string): string {
  return lower.length > 3 ? lower.slice(-3) : lower;
}

export interface VocabularyIndex {
  words: Map<string, number>;
  suffixes: Map<string, number>;
}

export function indexVocabulary(vocab: TaggerVocabulary): VocabularyIndex {
  return {
    words: new Map(vocab.words.map((w, i) => [w, i + 2])),
    suffixes: new Map(vocab.suffixes.map((w, i) => [w, i + 2])),
  };
}

/**
 * Each vocabulary word's id by its feature-value id (feature-values.ts), 1 elsewhere: a token
 * whose value id is known then needs no look-up of its own. Call as the tagger's module loads,
 * so that the words have their value ids before any article is read.
 */
export function wordIdsByValue(vocab: TaggerVocabulary): Int32Array {
  const values = vocab.words.map((w) => internValue(w));
  const out = new Int32Array(values.reduce((n, v) => Math.max(n, v + 1), 0)).fill(1);
  values.forEach((v, i) => (out[v] = i + 2));
  return out;
}

/** Whether the tagger looks at this sentence at all. */
export function worthTagging(a: TextAnalysis, s: number, sentence: Sentence): boolean {
  if (a.sentenceQuoted[s]) return true;
  for (let i = sentence.first; i < sentence.last; i++) if (a.cuePrior[i]! >= TAG_SENTENCE_PRIOR) return true;
  return false;
}

/**
 * Feature ids of the sentence's tokens, token-major: out[(i - first) * FEATURE_COUNT + f].
 * `suffixOfWord`, when given, maps a known word's id to its suffix id (saves a look-up);
 * `wordOfValue` (from wordIdsByValue) finds the word's id from its token's value id.
 */
export function sentenceFeatures(a: TextAnalysis, sentence: Sentence, vocab: VocabularyIndex, out?: Int32Array, suffixOfWord?: Int32Array, wordOfValue?: Int32Array): Int32Array {
  const n = sentence.last - sentence.first;
  const ids = out && out.length >= n * FEATURE_COUNT ? out : new Int32Array(n * FEATURE_COUNT);
  let lastCue = -1;
  for (let k = 0; k < n; k++) {
    const i = sentence.first + k;
    const t = a.tokens[i]!;
    const o = k * FEATURE_COUNT;
    const value = wordOfValue ? tokenValue(t) : -1;
    const word = wordOfValue ? (value >= 0 && value < wordOfValue.length ? wordOfValue[value]! : 1) : (vocab.words.get(t.lower) ?? 1);
    ids[o] = word;
    ids[o + 1] = !t.word ? 1 : suffixOfWord && word > 1 ? suffixOfWord[word]! : (vocab.suffixes.get(suffixOf(t.lower)) ?? 1);
    ids[o + 2] = shapeOf(a, i) + 1;
    ids[o + 3] = 1 + Math.min(PRIOR_BUCKETS - 2, Math.floor(a.cuePrior[i]! * 10));
    ids[o + 4] = a.quoteOf[i] !== -1 ? 2 : 1;
    ids[o + 5] = lastCue === -1 ? 1 : 1 + Math.min(DISTANCE_BUCKETS - 2, distanceBucket(k - lastCue));
    ids[o + 7] = k === 0 ? 1 : k === n - 1 ? 2 : 3;
    if (a.cuePrior[i]! >= CUE_LIKE && a.quoteOf[i] === -1) lastCue = k;
  }
  let nextCue = -1;
  for (let k = n - 1; k >= 0; k--) {
    const i = sentence.first + k;
    ids[k * FEATURE_COUNT + 6] = nextCue === -1 ? 1 : 1 + Math.min(DISTANCE_BUCKETS - 2, distanceBucket(nextCue - k));
    if (a.cuePrior[i]! >= CUE_LIKE && a.quoteOf[i] === -1) nextCue = k;
  }
  return ids;
}
