export interface SpanRef {
  id: number;
  start: number;
  end: number;
}

/** A stretch of the text covered by the same statements; `ids` lists the innermost first. */
export interface TextSegment {
  start: number;
  end: number;
  ids: number[];
}

/**
 * Cuts the text at every statement boundary so overlapping or nested statements can
 * all be highlighted; spans outside the text are clamped, empty ones ignored.
 */
export function segmentText(length: number, spans: readonly SpanRef[]): TextSegment[] {
  const valid = spans
    .map((span) => ({ id: span.id, start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start);
  const cuts = new Set<number>([0, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    segments.push({ start, end, ids: covering.map((span) => span.id) });
  }
  return segments;
}
