import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { SampleArticle } from './sample-article';

export interface PdfBuildOptions {
  /** Page size in points; small pages force the article over several pages. */
  pageSize?: [number, number];
  /** A line repeated at the top of every page, as newspapers print their name and section. */
  runningHeader?: string;
  /** How pages are numbered at the bottom, if at all. */
  pageNumbers?: 'bare' | 'page-n-of-m' | 'none';
  /** Break one long lower-case word across a line end with a hyphen, as typesetters do. */
  hyphenate?: boolean;
  /** Draw the title in a larger font above the first paragraph. */
  includeTitle?: boolean;
  /** Set the body in two columns, as newspapers do; a paragraph may run from one column into the next. */
  columns?: 1 | 2;
  /** Lay out these lines exactly (one array per paragraph) instead of wrapping the paragraphs. */
  explicitLines?: string[][];
}

const BODY_SIZE = 11;
const LINE_HEIGHT = 14;
const PARAGRAPH_GAP = 10;
const MARGIN = 40;

/** A text PDF of the article, written with pdf-lib the way a newspaper's print export looks. */
export async function buildPdf(article: SampleArticle, options: PdfBuildOptions = {}): Promise<Uint8Array> {
  const [width, height] = options.pageSize ?? [420, 380];
  const doc = await PDFDocument.create();
  doc.setTitle(article.title);
  doc.setAuthor(article.author);
  doc.setCreationDate(new Date(`${article.publishedAt}T09:00:00Z`));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const columns = options.columns ?? 1;
  const gutter = 18;
  const lineWidth = (width - 2 * MARGIN - (columns - 1) * gutter) / columns;

  const paragraphs =
    options.explicitLines ?? wrapParagraphs(article.paragraphs, font, lineWidth, options.hyphenate ?? false);

  const pages: PDFPage[] = [];
  let page = doc.addPage([width, height]);
  pages.push(page);
  const top = height - MARGIN - (options.runningHeader ? 12 : 0);
  const bottom = MARGIN + 10;
  let y = top;
  let column = 0;
  let columnTop = top;

  if (options.includeTitle ?? true) {
    for (const line of wrapWords(article.title.split(' '), bold, 16, width - 2 * MARGIN)) {
      page.drawText(line, { x: MARGIN, y, size: 16, font: bold });
      y -= 20;
    }
    y -= PARAGRAPH_GAP;
    columnTop = y;
  }
  for (const lines of paragraphs) {
    for (const line of lines) {
      if (y < bottom) {
        if (column + 1 < columns) {
          column++;
        } else {
          page = doc.addPage([width, height]);
          pages.push(page);
          column = 0;
          columnTop = top;
        }
        y = columnTop;
      }
      page.drawText(line, { x: MARGIN + column * (lineWidth + gutter), y, size: BODY_SIZE, font });
      y -= LINE_HEIGHT;
    }
    y -= PARAGRAPH_GAP;
  }

  pages.forEach((p, index) => {
    if (options.runningHeader) {
      p.drawText(options.runningHeader, { x: MARGIN, y: height - 24, size: 8, font, color: rgb(0.3, 0.3, 0.3) });
    }
    const numbering = options.pageNumbers ?? 'none';
    if (numbering !== 'none') {
      const label = numbering === 'bare' ? String(index + 1) : `Page ${index + 1} of ${pages.length}`;
      p.drawText(label, { x: width / 2 - 15, y: 20, size: 8, font });
    }
  });
  return doc.save();
}

/** A PDF whose pages hold only drawn shapes, like a scan without OCR. */
export async function buildImageOnlyPdf(pageCount = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) {
    const page = doc.addPage([300, 300]);
    for (let row = 0; row < 10; row++) {
      page.drawRectangle({ x: 30, y: 260 - row * 22, width: 200 - row * 7, height: 9, color: rgb(0.1, 0.1, 0.1) });
    }
  }
  return doc.save();
}

function wrapParagraphs(paragraphs: string[], font: PDFFont, width: number, hyphenate: boolean): string[][] {
  let hyphenationLeft = hyphenate;
  return paragraphs.map((paragraph) => {
    const lines = wrapWords(paragraph.split(' '), font, BODY_SIZE, width);
    if (hyphenationLeft) {
      for (let i = 0; i + 1 < lines.length; i++) {
        const split = hyphenateAcross(lines[i]!, lines[i + 1]!, font, width);
        if (split) {
          lines[i] = split[0];
          lines[i + 1] = split[1];
          hyphenationLeft = false;
          break;
        }
      }
    }
    return lines;
  });
}

function wrapWords(words: string[], font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Moves the head of the next line's first word, plus a hyphen, onto this line when it fits. */
function hyphenateAcross(line: string, next: string, font: PDFFont, width: number): [string, string] | null {
  const [firstWord = '', ...rest] = next.split(' ');
  if (!/^[a-z]{8,}$/.test(firstWord)) return null;
  for (let cut = firstWord.length - 3; cut >= 3; cut--) {
    const head = `${line} ${firstWord.slice(0, cut)}-`;
    if (font.widthOfTextAtSize(head, BODY_SIZE) <= width) {
      return [head, [firstWord.slice(cut), ...rest].join(' ')];
    }
  }
  return null;
}
