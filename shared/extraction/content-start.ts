import model from '../../resources/extraction/content-start-model.json';
import type { EndContext } from './content-end-features';
import { startCandidates, visitStartFeatures } from './content-start-features';
import { compileModel, type StoredModel } from './linear-model';
import type { Sentence } from './sentences';

// Learned from PolNeAR train by `npm run train:extractor`.
const score = compileModel(model as unknown as StoredModel);
const trained = Object.keys((model as unknown as StoredModel).weights).length > 0;

/** The first token of content the rules would start at `from`, as the learned model places it. */
export function chooseContentStart(ctx: EndContext, sentence: Sentence, from: number, cueWord: string): number {
  if (!trained) return from;
  const candidates = startCandidates(ctx, sentence, from);
  if (candidates.length === 1) return from;
  let best = from;
  let bestScore = -1;
  for (const k of candidates) {
    const p = score((visit) => visitStartFeatures(ctx, from, k, cueWord, visit));
    if (p > bestScore) {
      bestScore = p;
      best = k;
    }
  }
  return best;
}
