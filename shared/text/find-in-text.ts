/** Find-in-article: the reader runs it over a short article's text, the core over a long one's. */

export interface TextRange {
  start: number;
  end: number;
}

/** More hits than anyone steps through; the count stops here. */
export const MAX_HITS = 5000;

/**
 * Every case-insensitive occurrence of `needle` in `text`, left to right, not overlapping.
 * `lowered` is the text already lower-cased, for a caller that searches one long text often.
 */
export function findAll(text: string, needle: string, lowered?: string): TextRange[] {
  const query = needle.trim().toLocaleLowerCase();
  if (!query) return [];
  const haystack = lowered ?? text.toLocaleLowerCase();
  // Lower-casing can change lengths for a few scripts; offsets must stay the text's own.
  if (haystack.length !== text.length) return findAllExact(text, needle.trim());
  return scan(haystack, query);
}

function findAllExact(text: string, needle: string): TextRange[] {
  return scan(text, needle);
}

function scan(haystack: string, query: string): TextRange[] {
  const ranges: TextRange[] = [];
  let from = 0;
  while (ranges.length < MAX_HITS) {
    const at = haystack.indexOf(query, from);
    if (at < 0) break;
    ranges.push({ start: at, end: at + query.length });
    from = at + query.length;
  }
  return ranges;
}

