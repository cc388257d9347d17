import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import type { TextAnalysis } from './text-analysis';
import type { Token } from './tokens';

/** A token range [first, last). */
export interface Range {
  first: number;
  last: number;
}

/** One attribution found in the text, before speakers are resolved. */
export interface Frame {
  cue: Range;
  source: Range | null;
  /** Character offsets of the content. */
  contentStart: number;
  contentEnd: number;
  /** Index into the quote list when the content is exactly one quotation. */
  quote: number | null;
  kind: 'direct' | 'indirect' | 'mixed';
  confidence: number;
  sentence: number;
  /** True when a layout rule, not a cue word, found the frame ("PENCE: ..."): no model rescores it. */
  byLayout: boolean;
}

/*
 * Every frame is built as one literal with the fields above in this order, never by spreading
 * another frame: a spread copy, or a frame lacking a field, gets a hidden class of its own, and
 * the code reading frames (findFrames, the frame model, the nesting rules) then meets classes
 * its compiled code has not seen and is thrown away and compiled again during an import.
 */

/** `frame` with its content moved (and, where given, its kind changed). */
export function withContent(frame: Frame, contentStart: number, contentEnd: number, quote: number | null, kind: Frame['kind'] = frame.kind): Frame {
  const { cue, source, confidence, sentence, byLayout } = frame;
  return { cue, source, contentStart, contentEnd, quote, kind, confidence, sentence, byLayout };
}

/** `frame` with the confidence the frame model gave it. */
export function withConfidence(frame: Frame, confidence: number): Frame {
  const { cue, source, contentStart, contentEnd, quote, kind, sentence, byLayout } = frame;
  return { cue, source, contentStart, contentEnd, quote, kind, confidence, sentence, byLayout };
}

export interface FrameContext {
  text: string;
  /** The analysis the fields below come from (sentence of each token, quoted sentences). */
  analysis: TextAnalysis;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** For each token, the index of the quotation containing it, or -1. */
  quoteOf: Int32Array;
  sentences: Sentence[];
  /** For each token, how often its word anchors a cue in the training data. */
  cuePrior: Float32Array;
  /** Whether the learned model, rather than fixed rules, picks where reported content ends. */
  learnedContentEnds: boolean;
  /** Whether the learned model may move the start of reported content past the rules' guess. */
  learnedStarts: boolean;
  /** Whether the later frame rules run (a phrase between the cue and "that", signed quotations). */
  moreFrames: boolean;
  /** Sentences that are headlines or tags and can hold no statement. */
  skip: Uint8Array;
  /** Probability that a token anchors a cue (from the learned model or the lexicon). */
  anchorProbability: (i: number, sentence: Sentence) => number;
}
