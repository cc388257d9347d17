import model from '../../resources/extraction/content-end-model.json';
import { endCandidates, EndScan, visitEndFeatures, type EndContext } from './content-end-features';
import { compileModel, type StoredModel } from './linear-model';
import type { Sentence } from './sentences';

// Learned from PolNeAR train by `npm run train:extractor`.
const score = compileModel(model as unknown as StoredModel);
const trained = Object.keys((model as unknown as StoredModel).weights).length > 0;
// One scan for every call (choosing is synchronous).
const scan = new EndScan();

/** The exclusive end token of content starting at `from`, chosen by the learned model. */
export function chooseContentEnd(ctx: EndContext, sentence: Sentence, from: number, cueWord: string): number | null {
  if (!trained) return null;
  let best = sentence.last;
  let bestScore = -1;
  scan.read(ctx, sentence, from, cueWord);
  for (const k of endCandidates(ctx, sentence, from)) {
    const p = score((visit) => visitEndFeatures(ctx, sentence, from, k, cueWord, visit, scan));
    if (p > bestScore) {
      bestScore = p;
      best = k;
    }
  }
  return best;
}
