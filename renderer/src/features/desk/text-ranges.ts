/** Stretches of an article's text to mark: find-in-article hits and a search's matching words. */

import type { TextRange } from '../../../../shared/text/find-in-text';

export { findAll, type TextRange } from '../../../../shared/text/find-in-text';

export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export interface Piece {
  start: number;
  end: number;
  /** Index of the range this piece lies in, or -1 outside every range. */
  range: number;
}

/**
 * Cuts [start, end) where sorted, non-overlapping ranges begin and end, so a statement's
 * highlight can carry find hits inside it. `from` is where to start looking in `ranges`.
 */
export function splitByRanges(start: number, end: number, ranges: readonly TextRange[], from = 0): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (let i = from; i < ranges.length && at < end; i++) {
    const range = ranges[i]!;
    if (range.end <= at) continue;
    if (range.start >= end) break;
    if (range.start > at) pieces.push({ start: at, end: range.start, range: -1 });
    const pieceEnd = Math.min(range.end, end);
    pieces.push({ start: Math.max(at, range.start), end: pieceEnd, range: i });
    at = pieceEnd;
  }
  if (at < end) pieces.push({ start: at, end, range: -1 });
  return pieces;
}

/** The first range that ends after `offset`: where to resume looking for the next segment. */
export function firstRangeAfter(ranges: readonly TextRange[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
