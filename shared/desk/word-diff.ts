import { diffWords } from 'diff';
import type { DiffPart } from '../domain/desk';

/** Word-level differences between two wordings of one statement, left to right. */
export function wordDiff(left: string, right: string): DiffPart[] {
  return diffWords(left, right).map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

/** Share of distinct words two wordings have in common (Jaccard over folded words). */
export function wordOverlap(left: readonly string[], right: readonly string[]): number {
  const a = new Set(left);
  const b = new Set(right);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}
