/**
 * Which nation a phrase speaks for: demonyms ("South Korean"), country names, capitals
 * used as metonyms ("Pyongyang"), institutions ("the Kremlin"), and international bodies
 * (the UN: a match whose code is null). Pure TypeScript, for Node and the browser.
 */
import { isLetterMarkOrDigitAt } from '../text/word-chars';
import { gazetteer, tokenKey, type CueEntry, type NationCueKind, type TrieNode } from './gazetteer';

export type { NationCueKind } from './gazetteer';

export interface NationMatch {
  /** ISO 3166-1 alpha-2, or null for international bodies. */
  code: string | null;
  /** The cue as it appears in the text. */
  cue: string;
  start: number;
  end: number;
  kind: NationCueKind;
}

// Capitalised words that may open a sentence or phrase before a place name without
// being part of a person's name ("In Jordan", "The Washington ...").
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'At', 'On', 'Of', 'From', 'To', 'For', 'With', 'And', 'But', 'Or', 'By', 'As',
  'Into', 'Over', 'Against', 'Between', 'After', 'Before', 'Since', 'Both', 'Visiting', 'While', 'When',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

const LOWERCASE_RE = /\p{Ll}/u;
const CAPITAL_WORD_RE = /^\p{Lu}\p{L}/u;
const UPPER_RE = /\p{Lu}/u;
const WORD_BEFORE_RE = /([\p{L}\p{M}\p{N}]+)[^\S\n]+$/u;
// A middle initial ("Michael B. Jordan") also means the cue is a surname.
const INITIAL_BEFORE_RE = /(?<![\p{L}\p{M}\p{N}.])\p{Lu}\.[^\S\n]+$/u;
const WORD_AFTER_RE = /[^\S\n]+([\p{L}\p{M}\p{N}]+)/uy;

function isAsciiWordChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

function isNameWord(word: string | undefined): boolean {
  return word !== undefined && CAPITAL_WORD_RE.test(word) && !NOT_NAMES.has(word);
}

/** The word right before `at` on the same line, with only spaces between. */
function wordBeforeAt(line: string, at: number): string | undefined {
  return WORD_BEFORE_RE.exec(line.slice(Math.max(0, at - 40), at))?.[1];
}

function wordAfter(line: string, at: number): string | undefined {
  WORD_AFTER_RE.lastIndex = at;
  return WORD_AFTER_RE.exec(line)?.[1];
}

function guardsHold(entry: CueEntry, line: string, start: number, end: number): boolean {
  for (const guard of entry.guards) {
    if (guard === 'not-after-name') {
      if (isNameWord(wordBeforeAt(line, start))) return false;
      if (INITIAL_BEFORE_RE.test(line.slice(Math.max(0, start - 8), start))) return false;
    } else if (isNameWord(wordAfter(line, end))) {
      return false;
    }
  }
  return true;
}

/** Headlines set all in capitals are matched against the capitalised gazetteer. */
function isAllCapitals(line: string): boolean {
  if (LOWERCASE_RE.test(line)) return false;
  let words = 0;
  for (const m of line.matchAll(/\p{Lu}{2,}/gu)) if (m[0] && ++words >= 2) return true;
  return false;
}

/** White space other than a line break, as the regular expression class [^\S\n] has it. */
function isInlineSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13 && c !== 10);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Code units of the code point at i (a surrogate pair counts as one point, as in a /u expression). */
function pointLength(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= line.length) return 1;
  const d = line.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function isWordPoint(line: string, i: number, length: number): boolean {
  const c = line.charCodeAt(i);
  return c < 128 ? isAsciiWordChar(c) : isLetterMarkOrDigitAt(line, i, length);
}

/** Where the token starting at i ends: a run of letters, marks and digits, or one other character. */
function tokenEnd(line: string, i: number): number {
  let length = pointLength(line, i);
  if (!isWordPoint(line, i, length)) return i + length;
  i += length;
  while (i < line.length && isWordPoint(line, i, (length = pointLength(line, i)))) i += length;
  return i;
}

/**
 * The longest cue starting at `start`: its entry and where it ends in the line. Tokens are
 * read with a scanner: this runs at every capitalised word of every sentence searched.
 */
function longestCue(line: string, start: number, root: TrieNode, capitals: boolean): { entry: CueEntry; end: number } | null {
  let node: TrieNode | undefined = root;
  let best: { entry: CueEntry; end: number } | null = null;
  let i = start;
  for (;;) {
    while (i < line.length && isInlineSpace(line.charCodeAt(i))) i++;
    // A cue never spans a line break.
    if (i >= line.length || line.charCodeAt(i) === 10) break;
    const end = tokenEnd(line, i);
    const key = tokenKey(line.slice(i, end));
    node = node.next.get(capitals ? key.toUpperCase() : key);
    if (!node) break;
    if (node.entry) best = { entry: node.entry, end };
    i = end;
  }
  return best;
}

function matchLine(line: string, offset: number, out: NationMatch[], firstOnly: boolean): void {
  const capitals = isAllCapitals(line);
  const root: TrieNode = capitals ? gazetteer().capitals : gazetteer().exact;
  let wordBefore = false;
  for (let start = 0; start < line.length; start++) {
    const ch = line.charCodeAt(start);
    const isWordChar = ch < 128 ? isAsciiWordChar(ch) : isLetterMarkOrDigitAt(line, start, 1);
    const atWordStart = isWordChar && !wordBefore;
    wordBefore = isWordChar;
    // Every cue starts with a capitalised word, so only those are worth a trie walk.
    if (!atWordStart || !(ch < 128 ? ch >= 65 && ch <= 90 : UPPER_RE.test(line[start]!))) continue;
    const found = longestCue(line, start, root, capitals);
    // In a line set all in capitals every word looks like a name: "PARIS PROMISES RESPONSE".
    if (!found || (!capitals && !guardsHold(found.entry, line, start, found.end))) continue;
    // "Edward Langley-Hart": a seat of government's name opening a hyphened surname is no metonym.
    if (found.entry.kind === 'institution' && line.charCodeAt(found.end) === 45 && UPPER_RE.test(line[found.end + 1] ?? '') && isNameWord(wordBeforeAt(line, start))) {
      start = found.end - 1;
      wordBefore = true;
      continue;
    }
    if (!found.entry.blocked) {
      const { entry, end } = found;
      out.push({ code: entry.code, cue: line.slice(start, end), start: offset + start, end: offset + end, kind: entry.kind });
      if (firstOnly) return;
    }
    // A cue, or a blocked phrase, is consumed whole: no cue inside it can fire.
    start = found.end - 1;
    wordBefore = true;
  }
}

function matchText(text: string, firstOnly: boolean, offset = 0): NationMatch[] {
  const out: NationMatch[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    matchLine(text.slice(lineStart, lineEnd), offset + lineStart, out, firstOnly);
    if (firstOnly && out.length > 0) break;
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}

/**
 * The first nation cue in a phrase (the longest cue where several start at the same word):
 * "Pentagon Deputy Spokesperson" → US, "The South Korean Ministry of Defense" → KR,
 * "UN Secretary-General" → null code. Null when the phrase has no cue.
 */
export function findNation(phrase: string): NationMatch | null {
  return matchText(phrase, true)[0] ?? null;
}

/**
 * Every nation cue in a text, in order, none overlapping; `offset` is added to every position,
 * for a text cut from a longer one (the matches are then made once, at their final offsets).
 */
export function findAllNations(text: string, offset = 0): NationMatch[] {
  return matchText(text, false, offset);
}

/** A display name for an ISO code ("KR" → "South Korea"); unknown codes come back as given. */
export function nationName(code: string): string {
  return gazetteer().names.get(code) ?? code;
}

/** A place written in capitals ("N'DJAMENA", "NEW DELHI") read as a capital or country; null if unknown. */
export function placeInCapitals(place: string): string | null {
  let node: TrieNode | undefined = gazetteer().capitals;
  for (const m of place.trim().matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    node = node.next.get(tokenKey(m[0]).toUpperCase());
    if (!node) return null;
  }
  const entry = node.entry;
  return entry && !entry.blocked && (entry.kind === 'capital' || entry.kind === 'country') ? entry.code : null;
}
