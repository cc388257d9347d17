import type { ExtractedStatement, ExtractionResult, TextSpan } from '../domain/extraction';
import { anchorProbability } from './anchor-model';
import { findFrames, type Frame, type FrameContext } from './frames';
import { SpeakerResolver } from './speakers';
import { detectTitle, isHeadlineOrTag } from './title';
import { analyzeText } from './text-analysis';

/** Minimum anchor probability for a word to open an attribution. */
const ANCHOR_THRESHOLD = 0.35;

/**
 * Finds who said what in an article: direct quotations, reported speech and mixed forms,
 * each with its speaker (resolved to the full name given earlier), role, organization and nation.
 */
export interface ExtractOptions {
  /** Minimum anchor probability (0..1); lower finds more statements, less precisely. */
  threshold?: number;
}

export function extractStatements(text: string, options: ExtractOptions = {}): ExtractionResult {
  const title = detectTitle(text);
  const analysis = analyzeText(text);
  const { tokens, quotes, quoteOf } = analysis;
  const sentences = analysis.sentences;
  const skip = new Uint8Array(sentences.length);
  sentences.forEach((s, i) => {
    if (isHeadlineOrTag(text, tokens, s, title)) skip[i] = 1;
  });
  const ctx: FrameContext = {
    text,
    tokens,
    quotes,
    quoteOf,
    sentences,
    skip,
    anchorProbability: (i) => anchorProbability(analysis, i),
  };
  const frames = keepOnePerContent(findFrames(ctx, options.threshold ?? ANCHOR_THRESHOLD), ctx);
  const resolver = new SpeakerResolver(text, tokens);
  const statements: ExtractedStatement[] = frames.map((f) => {
    const mention = f.source ? span(text, tokens[f.source.first]!.start, tokens[f.source.last - 1]!.end) : null;
    return {
      kind: f.kind,
      content: span(text, f.contentStart, f.contentEnd),
      cue: span(text, tokens[f.cue.first]!.start, tokens[f.cue.last - 1]!.end),
      speaker: resolver.resolve(mention),
      confidence: Math.round(f.confidence * 1000) / 1000,
    };
  });
  return { title, statements };
}

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * One quotation is one statement: when two cues claim it (a named cue before it and a
 * dangling "he commented." after it), the one naming someone wins, then the earlier one.
 */
function keepOnePerContent(frames: Frame[], ctx: FrameContext): Frame[] {
  const rank = (f: Frame) => {
    const src = f.source ? ctx.tokens[f.source.first]! : null;
    const named = src && src.cap && !/^(he|she|they|it|we|i)$/i.test(src.text) ? 1 : 0;
    return named;
  };
  const kept: Frame[] = [];
  for (const f of frames) {
    const clash = kept.findIndex(
      (k) => (f.quote !== null && k.quote === f.quote) || (k.contentStart === f.contentStart && k.contentEnd === f.contentEnd),
    );
    if (clash === -1) {
      kept.push(f);
      continue;
    }
    if (rank(f) > rank(kept[clash]!)) kept[clash] = f;
  }
  return kept.sort((a, b) => a.contentStart - b.contentStart);
}
