/** Word and punctuation tokens with their offsets in the article text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Letters or digits (not punctuation). */
  word: boolean;
}

// Words keep inner apostrophes, hyphens, periods and ampersands ("don't", "Jong-un", "U.S.", "AT&T");
// a trailing period stays on known abbreviations only (decided by the sentence splitter).
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|\S/gu;
const UPPER_RE = /^\p{Lu}/u;
const WORD_RE = /^[\p{L}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    tokens.push({
      start: m.index,
      end: m.index + t.length,
      text: t,
      lower: t.toLowerCase(),
      cap: UPPER_RE.test(t),
      word: WORD_RE.test(t),
    });
  }
  return tokens;
}
