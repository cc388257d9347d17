import type { TextRange } from './types';

const BYLINE = /^[ \t]*(?:By|BY|Byline:|Von|Par|Por)[ \t]+(.+?)[ \t]*$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|de|da|del|der|van|von|al|bin|la|le|du|and|&)$/u;
// What follows a name on a byline and is not part of it.
const AFTER_NAME = /\s*(?:[,|•·;]|\s[—–-]\s|\s(?:for|in|at|with)\s|\(|$).*/u;

export interface Byline {
  name: string;
  range: TextRange;
}

/** Reads "By Jane Doe", "BY JANE DOE, Reuters", "By Jane Doe and John Roe | Outlet". */
export function readByline(line: string, offset: number): Byline | null {
  const m = BYLINE.exec(line);
  if (!m?.[1]) return null;
  const raw = m[1].replace(AFTER_NAME, '').trim();
  const words = raw.split(/\s+/);
  if (words.length < 1 || words.length > 8 || !words.every((w) => NAME_WORD.test(w))) return null;
  if (!/\p{Lu}/u.test(raw)) return null;
  const shouting = words.filter((w) => /\p{Lu}/u.test(w)).every((w) => w === w.toUpperCase());
  const name = shouting ? toTitleCase(raw) : raw;
  const start = offset + line.indexOf(m[1]);
  return { name, range: { start, end: start + raw.length } };
}

function toTitleCase(allCaps: string): string {
  return allCaps
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/\bAnd\b/g, 'and');
}
