import model from '../../resources/extraction/anchor-model.json';
import { visitAnchorFeatures } from './anchor-features';
import { tokenValue } from './feature-values';
import { compileModelLogit, type StoredModel } from './linear-model';
import type { TextAnalysis } from './text-analysis';

// Learned from PolNeAR train by `npm run train:extractor`.
const logitOf = compileModelLogit(model as unknown as StoredModel);

// The word's own features sum to the same value wherever it stands: remember it per word,
// by the word's feature-value id. Every word worth scoring has one (the cue lexicon's words
// get theirs as it loads), so the figure is one read from a small array, where a map of
// word strings grown over many articles cost a string hash and a cache miss per look-up.
const WORD_CACHE_LIMIT = 50_000;
let logitByValue = new Float64Array(0);
const wordLogit = new Map<string, number>();

function computeWordPartLogit(a: TextAnalysis, i: number): number {
  return logitOf((visit) => visitAnchorFeatures(a, i, visit, 'word'));
}

function wordPartLogit(a: TextAnalysis, i: number): number {
  const t = a.tokens[i]!;
  const value = tokenValue(t);
  if (value >= 0) {
    if (value >= logitByValue.length) {
      const wider = new Float64Array(Math.max(1024, value * 2)).fill(NaN);
      wider.set(logitByValue);
      logitByValue = wider;
    }
    let base = logitByValue[value]!;
    if (Number.isNaN(base)) base = logitByValue[value] = computeWordPartLogit(a, i);
    return base;
  }
  let base = wordLogit.get(t.lower);
  if (base === undefined) {
    base = computeWordPartLogit(a, i);
    if (wordLogit.size >= WORD_CACHE_LIMIT) wordLogit.clear();
    wordLogit.set(t.lower, base);
  }
  return base;
}

/** How likely token i is to anchor an attribution cue. */
export function anchorProbability(a: TextAnalysis, i: number): number {
  const base = wordPartLogit(a, i);
  const context = logitOf((visit) => visitAnchorFeatures(a, i, visit, 'context'));
  return 1 / (1 + Math.exp(-(base + context)));
}

