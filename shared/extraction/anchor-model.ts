import model from '../../resources/extraction/anchor-model.json';
import { visitAnchorFeatures } from './anchor-features';
import { compileModel, type StoredModel } from './linear-model';
import type { TextAnalysis } from './text-analysis';

// Learned from PolNeAR train by `npm run train:extractor`.
const score = compileModel(model as unknown as StoredModel);

/** How likely token i is to anchor an attribution cue. */
export function anchorProbability(a: TextAnalysis, i: number): number {
  return score((visit) => visitAnchorFeatures(a, i, visit));
}
