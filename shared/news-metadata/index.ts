import { readByline } from './byline';
import { findExplicitDate, isoDay, resolveDayMonth, resolveRelativeDay } from './dates';
import { readDateline, type Dateline } from './dateline';
import { isHeadlineLike, stripMarkdownHeading, subheadingRange } from './headings';
import { detectLanguage } from './language';
import { linesOf, trimmedRange, type Line } from './lines';
import type { NewsMetadata, TextRange } from './types';
import { findWireTag, outletForTag } from './wire-outlets';

export type { NewsMetadata, TextRange } from './types';
export { compileDateReader, normaliseDate, isoDay } from './dates';
export { detectLanguage } from './language';
export { outletForTag } from './wire-outlets';

export interface NewsMetadataOptions {
  /**
   * A date the source itself states (an e-mail's Date header): resolves "yesterday", "Wednesday" and
   * datelines without a year. Never a file's modification time: that says when the file was copied, not
   * when the story ran, and would date an undated article (or give a yearless dateline this year).
   */
  fileDate?: Date | null;
}

/** How many non-blank lines after the title may still hold a byline or the dateline. */
const HEADER_LINES = 5;
/** Explicit dates are looked for in this much of the header only: chrono is the slowest step. */
const DATE_SEARCH_CHARS = 400;
/** Relative days ("yesterday") are looked for this far into the story from the lead. */
const RELATIVE_SEARCH_CHARS = 3000;

/**
 * Reads what a news article's own text says about it: headline, wire outlet, dateline, byline, dates,
 * language and capitalised subheadings. Cheap enough to run on every imported article.
 */
export function readNewsMetadata(text: string, options: NewsMetadataOptions = {}): NewsMetadata {
  const fileDate = options.fileDate && !Number.isNaN(options.fileDate.getTime()) ? options.fileDate : null;
  const lines = linesOf(text);
  const filled = lines.map((line, index) => ({ line, index })).filter(({ line }) => line.text.trim() !== '');
  const first = filled[0];

  let title: string | null = null;
  let titleRange: TextRange | null = null;
  let bodyFrom = 0;
  if (first && !readDateline(first.line.text, first.line.start) && !readByline(first.line.text, first.line.start)) {
    if (isHeadlineLike(first.line, lines[first.index + 1])) {
      title = stripMarkdownHeading(first.line.text.trim()).replace(/\s*;$/, '');
      titleRange = trimmedRange(first.line);
      bodyFrom = 1;
    }
  }

  let byline: { name: string; range: TextRange } | null = null;
  let dateline: Dateline | null = null;
  let lead: Line | null = null;
  for (const { line } of filled.slice(bodyFrom, bodyFrom + HEADER_LINES)) {
    if (!byline) {
      const found = readByline(line.text, line.start);
      if (found) {
        byline = found;
        continue;
      }
    }
    if (!dateline) dateline = readDateline(line.text.trimStart(), line.start + (line.text.length - line.text.trimStart().length));
    if (dateline || line.text.trim().length > 80) {
      lead ??= line;
      if (dateline) break;
    }
  }
  lead ??= filled[bodyFrom]?.line ?? null;

  let outlet: string | null = null;
  let outletRange: TextRange | null = null;
  if (dateline?.tag) {
    outlet = outletForTag(dateline.tag) ?? dateline.tag;
    const at = text.indexOf(dateline.tag, dateline.range.start);
    outletRange = at >= 0 ? { start: at, end: at + dateline.tag.length } : null;
  } else {
    const wire = findWireTag(text);
    if (wire) {
      outlet = wire.outlet;
      outletRange = wire.range;
    }
  }

  const headerEnd = Math.min(text.length, (lead?.start ?? 0) + DATE_SEARCH_CHARS);
  let publishedAt = findExplicitDate(text.slice(0, headerEnd), fileDate);
  if (!publishedAt && dateline?.date) publishedAt = resolveDayMonth(dateline.date, fileDate);
  const eventDate = fileDate && lead ? resolveRelativeDay(text.slice(lead.start, lead.start + RELATIVE_SEARCH_CHARS), fileDate) : null;
  if (!publishedAt && eventDate && fileDate) publishedAt = isoDay(fileDate);

  const skip = new Set<number>();
  if (first) skip.add(first.index);
  const subheadings: TextRange[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || skip.has(i)) continue;
    const range = subheadingRange(line);
    if (range && !(dateline && range.start === dateline.range.start)) subheadings.push(range);
  }

  const bodyStart = titleRange ? titleRange.end : 0;
  return {
    title,
    titleRange,
    outlet,
    outletRange,
    dateline: dateline?.place ?? null,
    datelineDate: dateline?.date ?? null,
    datelineRange: dateline?.range ?? null,
    byline: byline?.name ?? null,
    bylineRange: byline?.range ?? null,
    publishedAt,
    eventDate,
    language: detectLanguage(text.slice(bodyStart, bodyStart + 1500)),
    subheadings,
  };
}
