import model from '../../resources/extraction/frame-model.json';
import { visitFrameFeatures } from './frame-features';
import type { Frame, FrameContext } from './frames';
import { compileModel, type StoredModel } from './linear-model';

// Learned from PolNeAR train by `npm run train:extractor`.
const score = compileModel(model as unknown as StoredModel);

/** How likely a frame is a real statement with this content. */
export function frameProbability(ctx: FrameContext, frame: Frame): number {
  return score((visit) => visitFrameFeatures(ctx, frame, visit));
}
