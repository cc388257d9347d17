import type { TextRange } from './types';

export interface Line extends TextRange {
  /** The line without its line break (a trailing "\r" removed too). */
  text: string;
}

/** The text's lines with their offsets, stopping after `maxChars` characters so long articles stay cheap. */
export function linesOf(text: string, maxChars = Number.POSITIVE_INFINITY): Line[] {
  const lines: Line[] = [];
  const stop = Math.min(text.length, maxChars);
  let start = 0;
  while (start < stop) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    start = end + 1;
  }
  return lines;
}

/** The range of a line's content without its surrounding spaces, or null for a blank line. */
export function trimmedRange(line: Line): TextRange | null {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  if (lead === line.text.length) return null;
  return { start: line.start + lead, end: line.end - trail };
}
