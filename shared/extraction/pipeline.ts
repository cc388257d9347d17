import { anchorProbability } from './anchor-model';
import { signedQuoteFrames } from './frame-layouts';
import { findFrames, type Frame, type FrameContext } from './frames';
import { isHeadlineOrTag } from './title';
import { analyzeText } from './text-analysis';

/** Anchors below this probability are not even tried as cues. */
export const CANDIDATE_ANCHOR_THRESHOLD = 0.15;
/** Without the anchor model, the mined lexicon alone decides, at this prior. */
const LEXICON_ANCHOR_THRESHOLD = 0.35;

/** Which learned parts run; switching them off measures what each one adds. */
export interface LearnedParts {
  anchorModel: boolean;
  frameModel: boolean;
  contentEndModel: boolean;
  /**
   * The learned content-start model moves starts to "that" or the complement. Off by
   * default: on PolNeAR it changed almost nothing (train +12 matches, dev -1).
   */
  contentStartModel: boolean;
  /** Drop a statement whose cue lies inside another kept statement's content. */
  noNested: boolean;
  /** Frames the first rules missed: signed quotations, a phrase before "that". */
  moreFrames: boolean;
  /** Add the span tagger's statements where the rules found nothing. */
  spanTagger: boolean;
}

export const ALL_LEARNED_PARTS: LearnedParts = { anchorModel: true, frameModel: true, contentEndModel: true, contentStartModel: false, noNested: true, moreFrames: true, spanTagger: true };

/** The article prepared for frame finding: tokens, quotations, sentences, skipped lines. */
export function prepareContext(text: string, parts: LearnedParts = ALL_LEARNED_PARTS): FrameContext {
  const analysis = analyzeText(text);
  const { tokens, quotes, quoteOf, sentences, cuePrior } = analysis;
  const skip = new Uint8Array(sentences.length);
  sentences.forEach((s, i) => {
    if (isHeadlineOrTag(text, tokens, s)) skip[i] = 1;
  });
  return {
    text,
    analysis,
    tokens,
    quotes,
    quoteOf,
    sentences,
    cuePrior,
    skip,
    learnedContentEnds: parts.contentEndModel,
    learnedStarts: parts.contentStartModel,
    moreFrames: parts.moreFrames,
    anchorProbability: parts.anchorModel ? (i) => anchorProbability(analysis, i) : (i) => cuePrior[i]!,
  };
}

/** Every attribution frame worth scoring, before the frame model decides which to keep. */
export function candidateFrames(ctx: FrameContext, parts: LearnedParts = ALL_LEARNED_PARTS): Frame[] {
  const frames = findFrames(ctx, parts.anchorModel ? CANDIDATE_ANCHOR_THRESHOLD : LEXICON_ANCHOR_THRESHOLD);
  if (!parts.moreFrames) return frames;
  const signed = signedQuoteFrames(ctx).filter((f) => !frames.some((g) => g.quote === f.quote || (g.contentStart < f.contentEnd && f.contentStart < g.contentEnd)));
  return signed.length === 0 ? frames : [...frames, ...signed];
}
