import { anchorProbability } from './anchor-model';
import { findFrames, type Frame, type FrameContext } from './frames';
import { isHeadlineOrTag } from './title';
import { analyzeText } from './text-analysis';

/** Anchors below this probability are not even tried as cues. */
export const CANDIDATE_ANCHOR_THRESHOLD = 0.15;

/** The article prepared for frame finding: tokens, quotations, sentences, skipped lines. */
export function prepareContext(text: string): FrameContext {
  const analysis = analyzeText(text);
  const { tokens, quotes, quoteOf, sentences, cuePrior } = analysis;
  const skip = new Uint8Array(sentences.length);
  sentences.forEach((s, i) => {
    if (isHeadlineOrTag(text, tokens, s)) skip[i] = 1;
  });
  return { text, tokens, quotes, quoteOf, sentences, cuePrior, skip, anchorProbability: (i) => anchorProbability(analysis, i) };
}

/** Every attribution frame worth scoring, before the frame model decides which to keep. */
export function candidateFrames(ctx: FrameContext): Frame[] {
  return findFrames(ctx, CANDIDATE_ANCHOR_THRESHOLD);
}
