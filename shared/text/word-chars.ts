/**
 * Whether a character is a letter, mark or digit (`[\p{L}\p{M}\p{N}]`), for the scanners that
 * run over every character of an article. News text is full of curly quotes, dashes and
 * accented letters: below WORD_CHARS_TABLED_BELOW the answer is read from a table made once,
 * where a Unicode pattern test cost a regex run and a one-character string per character.
 */
export const LETTER_MARK_OR_DIGIT_RE = /[\p{L}\p{M}\p{N}]/u;

/** Code units from here on (CJK, surrogates, ...) are left to LETTER_MARK_OR_DIGIT_RE. */
export const WORD_CHARS_TABLED_BELOW = 0x3000;

const TABLE = Uint8Array.from({ length: WORD_CHARS_TABLED_BELOW }, (_, c) => (LETTER_MARK_OR_DIGIT_RE.test(String.fromCharCode(c)) ? 1 : 0));

/** For a code unit below WORD_CHARS_TABLED_BELOW: whether it is a letter, mark or digit. */
export function isTabledWordChar(c: number): boolean {
  return TABLE[c] === 1;
}
