/**
 * Turns the positioned text runs of a PDF's pages into paragraphs: lines rebuilt from runs, running
 * headers, footers and page numbers dropped, lines grouped into paragraphs by vertical gaps, and words
 * broken across line ends put back together.
 */

/** A run of text as the PDF places it (baseline y grows upwards, as in PDF user space). */
export interface PositionedRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  endsLine: boolean;
}

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

export interface PdfLayout {
  /** Lines set markedly larger than the body at the top of the first page. */
  heading: string | null;
  paragraphs: string[];
}

/** Rebuilds lines from runs in content order: a run starts a new line when the baseline moves. */
export function runsToLines(runs: readonly PositionedRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let lineEnded = false;
  for (const run of runs) {
    if (run.text === '') {
      if (run.endsLine) lineEnded = true;
      continue;
    }
    const size = run.size > 0 ? run.size : 10;
    const sameLine: boolean = current !== null && !lineEnded && Math.abs(current.y - run.y) <= size * 0.4;
    if (current && sameLine) {
      const gap = run.x - current.right;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.text);
      current.text += (needsSpace ? ' ' : '') + run.text;
      current.right = Math.max(current.right, run.x + run.width);
    } else {
      if (current) lines.push(current);
      current = { text: run.text, x: run.x, y: run.y, right: run.x + run.width, size };
    }
    lineEnded = run.endsLine;
  }
  if (current) lines.push(current);
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0);
}

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|pagina|стр\.?)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/|von|de|из)\s*\d{1,4})?$/i;
/** How many lines at the top and bottom of each page may be running heads or feet. */
const MARGIN_LINES = 2;

/**
 * Drops running headers and footers (lines at the top or bottom of a page that recur, digits aside, at
 * the same height on at least half the pages) and page numbers (a bare number or "Page N of M" at the
 * top or bottom of a page).
 */
export function dropRunningLines(pages: readonly PdfLine[][]): PdfLine[][] {
  const marginKey = (line: PdfLine) => `${Math.round(line.y / 3)}|${line.text.replace(/\d+/g, '#').toLowerCase()}`;
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return new Set([...byHeight.slice(0, MARGIN_LINES), ...byHeight.slice(-MARGIN_LINES)]);
  });
  const pagesWithKey = new Map<string, number>();
  edges.forEach((edge) => {
    for (const key of new Set([...edge].map(marginKey))) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  });
  const recurring = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, index) => {
    const edge = edges[index]!;
    return lines.filter((line) => {
      if (!edge.has(line)) return true;
      if (PAGE_NUMBER.test(line.text)) return false;
      return (pagesWithKey.get(marginKey(line)) ?? 0) < recurring;
    });
  });
}

/**
 * Groups lines into paragraphs. A new paragraph starts where the gap to the previous line is clearly
 * wider than the usual line spacing, or where the font size changes. Where the text jumps back up
 * (the next column) or on to the next page, the paragraph carries over when it visibly runs on.
 */
export function linesToLayout(pages: readonly PdfLine[][]): PdfLayout {
  const all = pages.flat();
  if (all.length === 0) return { heading: null, paragraphs: [] };
  const bodySize = weightedMedian(all.map((l) => [l.size, l.text.length]));
  const spacing = typicalSpacing(pages, bodySize);
  const columnRight = columnRightEdges(all.filter((l) => Math.abs(l.size - bodySize) <= bodySize * 0.15));
  const evidence = documentWords(all);

  let heading: string | null = null;
  const firstPage = pages.findIndex((p) => p.length > 0);
  const groups: PdfLine[][] = [];
  pages.forEach((lines, pageIndex) => {
    let start = 0;
    if (pageIndex === firstPage) {
      const headingLines: PdfLine[] = [];
      while (start < lines.length && lines[start]!.size >= bodySize * 1.25) headingLines.push(lines[start++]!);
      if (headingLines.length > 0 && start < lines.length) heading = joinLines(headingLines.map((l) => l.text));
      else start = 0;
    }
    let previous: PdfLine | null = null;
    for (let i = start; i < lines.length; i++) {
      const line = lines[i]!;
      const group = groups[groups.length - 1];
      const last = group?.[group.length - 1];
      const sameSize = last !== undefined && Math.abs(line.size - last.size) <= bodySize * 0.15;
      let joins: boolean;
      if (previous === null || previous.y - line.y <= 0) {
        // A new page or a new column.
        joins = last !== undefined && sameSize && carriesOver(last, line, columnRight(last));
      } else {
        joins = last !== undefined && sameSize && previous.y - line.y <= spacing * 1.35;
      }
      if (joins) group!.push(line);
      else groups.push([line]);
      previous = line;
    }
  });
  return { heading, paragraphs: groups.map((g) => joinLines(g.map((l) => l.text), evidence)) };
}

/**
 * Whether a paragraph runs on past a column or page break: the next line goes on mid-sentence (lower
 * case), or the last line filled its column, which a paragraph's closing line rarely does.
 */
function carriesOver(last: PdfLine, next: PdfLine, rightEdge: number): boolean {
  if (/^[\p{Ll}]/u.test(next.text)) return true;
  return last.right >= rightEdge - Math.max(20, last.size * 3);
}

/** The right edge of each line's column: the furthest any body line starting at about the same x reaches. */
function columnRightEdges(lines: readonly PdfLine[]): (line: PdfLine) => number {
  const byStart = new Map<number, number>();
  const key = (x: number) => Math.round(x / 12);
  for (const line of lines) byStart.set(key(line.x), Math.max(byStart.get(key(line.x)) ?? 0, line.right));
  return (line) => Math.max(byStart.get(key(line.x)) ?? 0, byStart.get(key(line.x) - 1) ?? 0, byStart.get(key(line.x) + 1) ?? 0, line.right);
}

/**
 * The usual distance between lines of body text: the commonest gap no wider than twice the font size
 * (paragraph gaps are the wider ones), or 1.2 times the size when every gap is wide.
 */
function typicalSpacing(pages: readonly PdfLine[][], bodySize: number): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      if (gap > 0 && gap <= bodySize * 2 && Math.abs(lines[i]!.size - bodySize) <= bodySize * 0.15) {
        const rounded = Math.round(gap * 2) / 2;
        counts.set(rounded, (counts.get(rounded) ?? 0) + 1);
      }
    }
  }
  let best = bodySize * 1.2;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

function weightedMedian(pairs: [number, number][]): number {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, w]) => sum + w, 0);
  let seen = 0;
  for (const [value, weight] of sorted) {
    seen += weight;
    if (seen >= total / 2) return value;
  }
  return sorted[sorted.length - 1]?.[0] ?? 10;
}

interface WordEvidence {
  hyphenated: Set<string>;
  whole: Set<string>;
}

function documentWords(lines: readonly PdfLine[]): WordEvidence {
  const hyphenated = new Set<string>();
  const whole = new Set<string>();
  for (const line of lines) {
    for (const match of line.text.matchAll(/[\p{L}]+(?:-[\p{L}]+)*/gu)) {
      const word = match[0].toLowerCase();
      // A hyphen at the very end of the line is the one in question, not evidence.
      if (match.index + match[0].length === line.text.length && line.text.endsWith('-')) continue;
      if (word.includes('-')) hyphenated.add(word);
      else whole.add(word);
    }
  }
  return { hyphenated, whole };
}

/** Prefixes and suffixes that keep their hyphen in English compounds ("self-", "-based"). */
const HYPHEN_PREFIXES = new Set([
  'self', 'anti', 'vice', 'cross', 'well', 'long', 'short', 'high', 'low', 'half', 'quasi', 'co', 'non', 'semi',
]);
const HYPHEN_SUFFIXES = new Set([
  'based', 'led', 'backed', 'owned', 'term', 'year', 'old', 'level', 'style', 'related', 'born', 'scale', 'elect',
]);

/**
 * Joins a paragraph's lines. A hyphen at a line end is taken out when it only broke a word
 * ("inter-" + "national") and kept when it belongs to the word ("Kim Jong-" + "un", "anti-" + "American"),
 * judged in this order: a soft hyphen always goes; the document's own spelling of the word elsewhere
 * decides; a capital or digit after the break keeps it; fewer than three letters after the break keep it
 * (typesetting never leaves so few); two short syllables after a capital keep it (romanised names such
 * as "Seo-yeon"); common compound prefixes and suffixes keep it; otherwise it goes.
 */
export function joinLines(lines: readonly string[], evidence: WordEvidence = { hyphenated: new Set(), whole: new Set() }): string {
  let text = '';
  for (const line of lines) {
    if (text === '') {
      text = line;
      continue;
    }
    const broken = /([\p{L}]+(?:-[\p{L}]+)*)([-\u2010\u00ad])$/u.exec(text);
    const nextWord = /^[\p{L}\p{N}]+/u.exec(line)?.[0];
    if (broken && nextWord && /\p{L}/u.test(text.charAt(text.length - 2))) {
      const left = broken[1]!;
      const keep = broken[2] !== '\u00ad' && keepsHyphen(left, nextWord, evidence);
      text = keep ? `${text.slice(0, -1)}-${line}` : `${text.slice(0, -1)}${line}`;
    } else {
      text = `${text} ${line}`;
    }
  }
  return text;
}

function keepsHyphen(left: string, right: string, evidence: WordEvidence): boolean {
  const lastPart = left.split('-').pop()!;
  const hyphenated = `${left}-${right}`.toLowerCase();
  const whole = `${left}${right}`.toLowerCase();
  if (evidence.hyphenated.has(hyphenated)) return true;
  if (evidence.whole.has(whole)) return false;
  if (/^[\p{Lu}\p{N}]/u.test(right)) return true;
  if (right.length < 3) return true;
  if (/^\p{Lu}/u.test(lastPart) && lastPart.length <= 4 && right.length <= 4) return true;
  if (HYPHEN_PREFIXES.has(lastPart.toLowerCase()) || HYPHEN_SUFFIXES.has(right.toLowerCase())) return true;
  return left.includes('-');
}
