import { isUpperCaseWord } from '../text/word-chars';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

const MAX_TITLE_LENGTH = 200;
const LOWER_FUNCTION_WORDS = new Set('a an and as at but by for from in into of on or the to with vs via over after before about'.split(' '));

/** The first line when it reads as a headline: short, alone on its line, and not a running sentence. */
export function detectTitle(text: string): string | null {
  const firstLine = (/^\s*([^\n]*)/.exec(text)?.[1] ?? '').trim();
  if (firstLine.length === 0 || firstLine.length > MAX_TITLE_LENGTH) return null;
  const rest = text.slice(text.indexOf(firstLine) + firstLine.length);
  if (rest.trim().length === 0) return null;
  const words = firstLine.split(/\s+/);
  if (words.length > 30) return null;
  const sentenceEnds = firstLine.match(/[.!?]["”’]?(\s|$)/g)?.length ?? 0;
  if (sentenceEnds > 1) return null;
  const capitalised = words.filter((w) => /^[\p{Lu}\d“"‘'(#$]/u.test(w) || LOWER_FUNCTION_WORDS.has(w)).length;
  const titleCase = capitalised / words.length >= 0.8;
  const noFinalStop = !/[.]["”’]?$/.test(firstLine);
  return titleCase || noFinalStop ? firstLine : null;
}

/**
 * Lines that cannot carry a statement: all-capital headings and source tags such as
 * "(AA)". (A headline in title case may well report a statement: "Clinton Says ...".)
 */
export function isHeadlineOrTag(text: string, tokens: Token[], s: Sentence): boolean {
  const first = tokens[s.first];
  const last = tokens[s.last - 1];
  if (!first || !last) return true;
  let words = 0;
  let shouted = 0;
  let letters = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (!t.word || t.text === t.lower) {
      if (t.word) words++;
      continue;
    }
    words++;
    letters += t.text.length;
    if (isUpperCaseWord(t.text)) shouted++;
  }
  if (letters >= 8 && words >= 2 && shouted / words > 0.85) return true;
  return /^\(\s*\p{Lu}{1,6}\s*\)$/u.test(text.slice(first.start, last.end));
}
