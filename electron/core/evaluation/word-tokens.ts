/**
 * Word positions of a document, so that "the words two spans share" means the same
 * running words of the text, not merely equal strings.
 */

// Letters and digits, with inner apostrophes kept so "don't" is one word.
const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export interface WordIndex {
  starts: Int32Array;
  ends: Int32Array;
}

/** A half-open range of word positions [from, to). */
export interface WordRange {
  from: number;
  to: number;
}

export function indexWords(text: string): WordIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(WORD_RE), (m) => m[0].toLowerCase());
}

/** First position whose value is greater than `limit`. */
function firstAbove(values: Int32Array, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > limit) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Words touched by the character span [start, end), including words it cuts through. */
export function wordRange(index: WordIndex, start: number, end: number): WordRange {
  const from = firstAbove(index.ends, start);
  const to = firstAbove(index.starts, end - 1);
  return { from, to: Math.max(from, to) };
}

/** Jaccard similarity of two word ranges: shared words over words in their union. */
export function wordJaccard(a: WordRange, b: WordRange): number {
  const shared = Math.max(0, Math.min(a.to, b.to) - Math.max(a.from, b.from));
  const union = a.to - a.from + (b.to - b.from) - shared;
  return union === 0 ? 0 : shared / union;
}
