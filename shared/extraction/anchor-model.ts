import model from '../../resources/extraction/anchor-model.json';
import { visitAnchorFeatures } from './anchor-features';
import { compileModelLogit, type StoredModel } from './linear-model';
import type { TextAnalysis } from './text-analysis';

// Learned from PolNeAR train by `npm run train:extractor`.
const logitOf = compileModelLogit(model as unknown as StoredModel);

// The word's own features sum to the same value wherever it stands: remember it per word.
const WORD_CACHE_LIMIT = 50_000;
const wordLogit = new Map<string, number>();

/** How likely token i is to anchor an attribution cue. */
export function anchorProbability(a: TextAnalysis, i: number): number {
  const word = a.tokens[i]!.lower;
  let base = wordLogit.get(word);
  if (base === undefined) {
    base = logitOf((visit) => visitAnchorFeatures(a, i, visit, 'word'));
    if (wordLogit.size >= WORD_CACHE_LIMIT) wordLogit.clear();
    wordLogit.set(word, base);
  }
  const context = logitOf((visit) => visitAnchorFeatures(a, i, visit, 'context'));
  return 1 / (1 + Math.exp(-(base + context)));
}

