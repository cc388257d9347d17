/**
 * An article's text cut into blocks for a virtualized reader: runs of whole lines, each block
 * ending after its line breaks, so only the blocks on screen need to be in the page and a long
 * article costs what one screen costs. Offsets stay the text's own.
 */

/** A block holds whole lines until it reaches about this many characters or lines. */
const BLOCK_CHARS = 1200;
const BLOCK_LINES = 8;
/** A single line longer than this is cut at a space (a block boundary shows as a line break). */
const LONGEST_PIECE = 8000;

export interface TextBlocks {
  /** Where each block starts; a block ends where the next starts, the last at the text's end. */
  starts: Int32Array;
  /** How many lines each block holds (a line with the blank lines after it counts once). */
  lines: Uint16Array;
  length: number;
}

export function cutIntoBlocks(text: string): TextBlocks {
  const starts: number[] = [];
  const lineCounts: number[] = [];
  let at = 0;
  while (at < text.length) {
    starts.push(at);
    let lines = 0;
    let end = at;
    while (end < text.length && end - at < BLOCK_CHARS && lines < BLOCK_LINES) {
      let lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0) lineEnd = text.length;
      if (lineEnd - end > LONGEST_PIECE) {
        // A very long line gets blocks of its own, cut at a space (or, without one, between characters).
        if (end > at) break;
        const space = text.lastIndexOf(' ', end + LONGEST_PIECE);
        let cut = space > end ? space + 1 : end + LONGEST_PIECE;
        if (cut < text.length && isLowSurrogate(text.charCodeAt(cut))) cut++;
        end = cut;
        lines = 1;
        break;
      }
      // The line's own breaks (a blank line between paragraphs included) stay with it.
      while (lineEnd < text.length && text.charCodeAt(lineEnd) === 10) lineEnd++;
      end = lineEnd;
      lines++;
    }
    lineCounts.push(lines);
    at = end;
  }
  return { starts: Int32Array.from(starts), lines: Uint16Array.from(lineCounts), length: text.length };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The blocks of a text known from its first characters alone: the prefix's blocks but the last,
 * which the rest of the text may lengthen (every earlier one ends where the whole text's does,
 * as each block is cut from what lies before its end). All of them when `prefix` is the whole text.
 */
export function settledBlocks(prefix: string, isWholeText: boolean): TextBlocks {
  const blocks = cutIntoBlocks(prefix);
  if (isWholeText || blocks.starts.length === 0) return blocks;
  return firstBlocks(blocks, blocks.starts.length - 1);
}

/** The first `count` blocks (all when there are fewer), ending where the next one starts. */
export function firstBlocks(blocks: TextBlocks, count: number): TextBlocks {
  if (count >= blocks.starts.length) return blocks;
  return { starts: blocks.starts.slice(0, count), lines: blocks.lines.slice(0, count), length: blocks.starts[count]! };
}

export function blockCount(blocks: TextBlocks): number {
  return blocks.starts.length;
}

export function blockRange(blocks: TextBlocks, index: number): { start: number; end: number } {
  const start = blocks.starts[index]!;
  const end = index + 1 < blocks.starts.length ? blocks.starts[index + 1]! : blocks.length;
  return { start, end };
}

/** The block holding `offset` (the last block for the text's end). */
export function blockAt(blocks: TextBlocks, offset: number): number {
  let lo = 0;
  let hi = blocks.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The first of sorted, non-overlapping items (by start) that ends after `offset`. */
export function firstEndingAfter<T extends { end: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A long article's text is fetched this many blocks at a time (about a screenful and a half of lines). */
export const TEXT_PAGE_BLOCKS = 64;

/** Where page `page` of a long text starts (the text's length past its last page). */
export function pageStart(blocks: TextBlocks, page: number): number {
  return blocks.starts[page * TEXT_PAGE_BLOCKS] ?? blocks.length;
}

/**
 * Blocks as the core sends them: each start as the step from the one before, and the line
 * counts, as comma-separated numbers in two strings (a hundred thousand blocks stay one short
 * string each on the wire rather than arrays of numbers walked one by one).
 */
export interface EncodedBlocks {
  steps: string;
  lines: string;
  length: number;
}

export function encodeBlocks(blocks: TextBlocks): EncodedBlocks {
  const steps = new Array<number>(blocks.starts.length);
  for (let i = 0; i < blocks.starts.length; i++) steps[i] = blocks.starts[i]! - (i > 0 ? blocks.starts[i - 1]! : 0);
  return { steps: steps.join(','), lines: blocks.lines.join(','), length: blocks.length };
}

export function decodeBlocks(encoded: EncodedBlocks): TextBlocks {
  // Read digit by digit: splitting a hundred thousand numbers into strings first costs far more than the numbers.
  const steps = readNumbers(encoded.steps);
  const lines = readNumbers(encoded.lines);
  if (steps.length !== lines.length) throw new Error('The article outline is damaged: block starts and line counts differ in number.');
  const starts = new Int32Array(steps.length);
  let at = 0;
  for (let i = 0; i < steps.length; i++) {
    at += steps[i]!;
    starts[i] = at;
  }
  return { starts, lines: Uint16Array.from(lines), length: encoded.length };
}

const COMMA = 44;
const ZERO = 48;
const NINE = 57;

/** Comma-separated whole numbers ('' holds none). */
function readNumbers(text: string): Float64Array {
  if (text === '') return new Float64Array(0);
  let count = 1;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) count++;
  const out = new Float64Array(count);
  let index = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : COMMA;
    if (code === COMMA) {
      if (digits === 0) throw new Error('The article outline is damaged: an empty number.');
      out[index++] = value;
      value = 0;
      digits = 0;
    } else if (code >= ZERO && code <= NINE) {
      value = value * 10 + (code - ZERO);
      digits++;
    } else {
      throw new Error('The article outline is damaged: not a number.');
    }
  }
  return out;
}
