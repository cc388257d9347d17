/**
 * Turns what a user typed into an FTS5 query that cannot fail on punctuation:
 * every word is quoted (so "Jong-un" or "U.S." are literal), words are ANDed,
 * and the last word matches as a prefix so results follow the typing.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/u)
    .map((t) => t.replaceAll('"', '').trim())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}
