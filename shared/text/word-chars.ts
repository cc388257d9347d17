/**
 * Whether a character is a letter, mark or digit (`[\p{L}\p{M}\p{N}]`), for the scanners that
 * run over every character of an article. News text is full of curly quotes, dashes and
 * accented letters: below TABLED_BELOW the answer is read from a table made once, where a
 * Unicode pattern test cost a regex run and a one-character string per character.
 */
const LETTER_MARK_OR_DIGIT_RE = /[\p{L}\p{M}\p{N}]/u;

/** Code units from here on (CJK, surrogates, ...) are left to the pattern. */
const TABLED_BELOW = 0x3000;

const TABLE = Uint8Array.from({ length: TABLED_BELOW }, (_, c) => (LETTER_MARK_OR_DIGIT_RE.test(String.fromCharCode(c)) ? 1 : 0));

/** Whether the character of `length` code units (2 for a surrogate pair) at `i` is a letter, mark or digit. */
export function isLetterMarkOrDigitAt(text: string, i: number, length: number): boolean {
  const c = text.charCodeAt(i);
  if (length === 1 && c < TABLED_BELOW) return TABLE[c] === 1;
  return LETTER_MARK_OR_DIGIT_RE.test(text.slice(i, i + length));
}

/**
 * Whether upper-casing leaves the word as it is (`word === word.toUpperCase()`), read in place
 * for an ASCII word: asked of every capitalised word, where the upper-case copy was a string
 * made and thrown away each time.
 */
export function isUpperCaseWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
