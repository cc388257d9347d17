import { isLetterMarkOrDigitAt } from '../text/word-chars';
import { NOT_LOOKED_UP } from './feature-values';

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
  /** The learned models' id of `lower` (see feature-values.ts), looked up on first use. */
  valueId: number;
}

/**
 * Tokens are built through a constructor, not an object literal, on purpose: V8 watches an
 * object literal's allocation site, and because an article's tokens outlive many young-
 * generation collections it starts allocating them straight in the old generation
 * ("pretenuring"), where every token costs write barriers and later a full collection.
 * That made tokenizing several times slower inside the extractor than alone.
 */
class ScannedToken implements Token {
  valueId = NOT_LOOKED_UP;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    readonly cap: boolean,
    readonly word: boolean,
  ) {}
}

const UPPER_RE = /^\p{Lu}/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetterMarkOrDigitAt(text, i, c >= 0xd800 && c <= 0xdfff ? 2 : 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 12 || c === 11;
}

// Joiners kept inside a word when letters follow: "don't", "Jong-un", "U.S", "AT&T".
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
}

function isUpperOrNonAscii(c: number): boolean {
  return (c >= 65 && c <= 90) || c > 127;
}

// "Trump said.Trump claimed ...": a sentence run into the next without a space (common in
// scraped news). A period between a lower-case word of two letters or more and a capitalised
// word ends the sentence; "U.S.Army" (capital before) and "breitbart.com" (lower after) stay whole.
function isGluedSentenceEnd(text: string, start: number, i: number): boolean {
  if (text.charCodeAt(i) !== 46 || i - start < 2) return false;
  const isLower = (c: number) => c >= 97 && c <= 122;
  const isUpper = (c: number) => c >= 65 && c <= 90;
  return isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i - 2)) && isUpper(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2));
}

/**
 * Splits text into words (keeping inner apostrophes, hyphens, periods and ampersands)
 * and single punctuation marks. A scanner rather than a Unicode regular expression,
 * because this runs over every character of every article.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text, i)) {
      // Whether the word needs lower-casing is noted while scanning it, not by a second pass:
      // most words are plain lower-case ASCII, and for them the lower-case form is the word itself.
      let needsLower = isUpperOrNonAscii(c);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      for (;;) {
        if (i < n && isWordChar(text, i)) {
          const d = text.charCodeAt(i);
          if (isUpperOrNonAscii(d)) needsLower = true;
          i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text, i + 1) && !isGluedSentenceEnd(text, start, i)) {
          if (isUpperOrNonAscii(text.charCodeAt(i))) needsLower = true;
          i += 1;
        } else break;
      }
      const t = text.slice(start, i);
      const cap = c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t);
      tokens.push(new ScannedToken(start, i, t, needsLower ? t.toLowerCase() : t, cap, true));
    } else {
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const t = text.slice(start, i);
      tokens.push(new ScannedToken(start, i, t, t, false, false));
    }
  }
  return tokens;
}

/** Index of the token starting at or covering a character offset (the first token for an offset before it). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
