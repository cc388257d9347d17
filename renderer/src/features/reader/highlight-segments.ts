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

interface Open {
  id: number;
  start: number;
  end: number;
  /** Position in the input: equally long statements keep the order they came in. */
  order: number;
}

function innermostFirst(a: Open, b: Open): number {
  return a.end - a.start - (b.end - b.start) || a.order - b.order;
}

/**
 * Cuts the text at every statement boundary so overlapping or nested statements can
 * all be highlighted; spans outside the text are clamped, empty ones ignored.
 *
 * One sweep from left to right, keeping only the statements open at each cut, so an
 * article with a hundred thousand statements is cut in a few milliseconds rather than
 * comparing every statement with every cut.
 */
export function segmentText(length: number, spans: readonly SpanRef[]): TextSegment[] {
  const valid: Open[] = [];
  spans.forEach((span, order) => {
    const start = Math.max(0, span.start);
    const end = Math.min(length, span.end);
    if (end > start) valid.push({ id: span.id, start, end, order });
  });
  valid.sort((a, b) => a.start - b.start || a.order - b.order);
  const cuts = new Set<number>([0, length]);
  for (const span of valid) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  let open: Open[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    let changed = false;
    if (open.some((span) => span.end <= start)) {
      open = open.filter((span) => span.end > start);
      changed = true;
    }
    for (; next < valid.length && valid[next]!.start === start; next++) {
      open.push(valid[next]!);
      changed = true;
    }
    if (changed && open.length > 1) open.sort(innermostFirst);
    // Every open span reaches at least `end`: span ends are cuts, so none ends inside the segment.
    segments.push({ start, end, ids: open.map((span) => span.id) });
  }
  return segments;
}
