import PDFDocument from 'pdfkit';
import type { BriefingNode } from '../../../../shared/domain/briefings';
import { SOURCES_HEADING, sourceText, type ExportModel } from './export-model';
import { forBuiltInFont, pdfFonts } from './pdf-fonts';

const MARGIN = 64;
const BODY_SIZE = 10.5;
const HEADING_SIZES = [20, 15, 12.5, 11.5, 11, 11];
const INK = '#1d2430';
const MUTED = '#4a5566';
const FLAG = '#a12b1f';
const QUOTE_BAR = '#8aa0b8';
const LINK = '#1f5fa8';

type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

interface Run {
  text: string;
  face: Face;
  link: string | null;
  strike: boolean;
  underline: boolean;
}

function face(bold: boolean, italic: boolean): Face {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

function runsOf(nodes: readonly BriefingNode[] | undefined, italicBase = false): Run[] {
  const out: Run[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') out.push({ text: '\n', face: 'regular', link: null, strike: false, underline: false });
    else if (node.type === 'text' && node.text) {
      const marks = node.marks ?? [];
      const href = marks.find((m) => m.type === 'link')?.attrs?.href;
      out.push({
        text: node.text,
        face: face(marks.some((m) => m.type === 'bold'), italicBase || marks.some((m) => m.type === 'italic')),
        link: typeof href === 'string' && /^(https?:|mailto:)/i.test(href) ? href : null,
        strike: marks.some((m) => m.type === 'strike'),
        underline: marks.some((m) => m.type === 'underline'),
      });
    } else out.push(...runsOf(node.content, italicBase));
  }
  return out;
}

class PdfWriter {
  private readonly fonts = pdfFonts();
  private readonly width: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly model: ExportModel,
  ) {
    this.width = doc.page.width - MARGIN * 2;
    doc.registerFont('regular', this.fonts.regular);
    doc.registerFont('bold', this.fonts.bold);
    doc.registerFont('italic', this.fonts.italic);
    doc.registerFont('boldItalic', this.fonts.boldItalic);
  }

  private clean(text: string): string {
    return this.fonts.builtIn ? forBuiltInFont(text) : text;
  }

  /** One paragraph of styled runs at an indent. */
  private paragraph(runs: readonly Run[], options: { indent?: number; size?: number; color?: string; after?: number; prefix?: string } = {}): void {
    const { doc } = this;
    const indent = options.indent ?? 0;
    const all = options.prefix ? [{ text: options.prefix, face: 'regular' as Face, link: null, strike: false, underline: false }, ...runs] : runs;
    const visible = all.filter((r) => r.text.length > 0);
    if (visible.length === 0) {
      doc.moveDown(0.5);
      return;
    }
    doc.fontSize(options.size ?? BODY_SIZE);
    visible.forEach((run, i) => {
      doc.font(run.face).fillColor(run.link ? LINK : (options.color ?? INK));
      const textOptions: PDFKit.Mixins.TextOptions = {
        continued: i < visible.length - 1,
        width: this.width - indent,
        lineGap: 2,
        link: run.link ?? undefined,
        underline: run.underline || Boolean(run.link),
        strike: run.strike,
      };
      if (i === 0) doc.text(this.clean(run.text), MARGIN + indent, doc.y, textOptions);
      else doc.text(this.clean(run.text), textOptions);
    });
    doc.moveDown(options.after ?? 0.5);
  }

  block(node: BriefingNode, indent: number, quoted: boolean): void {
    const { doc } = this;
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
        doc.moveDown(level === 1 ? 0 : 0.4);
        this.paragraph(runsOf(node.content).map((r) => ({ ...r, face: face(true, r.face === 'italic' || r.face === 'boldItalic') })), {
          indent,
          size: HEADING_SIZES[level - 1],
          color: '#1f3a5f',
          after: 0.3,
        });
        return;
      }
      case 'paragraph':
        this.paragraph(runsOf(node.content, quoted), { indent, color: quoted ? MUTED : INK });
        return;
      case 'bulletList':
      case 'orderedList': {
        const start = Number(node.attrs?.start) || 1;
        (node.content ?? []).forEach((item, i) => {
          const marker = node.type === 'bulletList' ? '•  ' : `${start + i}.  `;
          (item.content ?? []).forEach((child, j) => {
            if (child.type === 'paragraph') {
              this.paragraph(runsOf(child.content, quoted), { indent: indent + 14, prefix: j === 0 ? marker : undefined, after: 0.2 });
            } else this.block(child, indent + 18, quoted);
          });
        });
        doc.moveDown(0.3);
        return;
      }
      case 'blockquote':
        this.barred(indent, () => (node.content ?? []).forEach((child) => this.block(child, indent + 16, true)));
        return;
      case 'horizontalRule':
        doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + this.width, doc.y).strokeColor('#ccd3dc').stroke();
        doc.moveDown(0.6);
        return;
      case 'codeBlock':
        this.paragraph([{ text: (node.content ?? []).map((n) => n.text ?? '').join(''), face: 'regular', link: null, strike: false, underline: false }], { indent });
        return;
      default: {
        const citation = this.model.citationOf(node);
        if (!citation) {
          (node.content ?? []).forEach((child) => this.block(child, indent, quoted));
          return;
        }
        this.barred(indent, () => {
          this.paragraph([{ text: citation.resolved.text, face: 'italic', link: null, strike: false, underline: false }], { indent: indent + 16, after: 0.15 });
          this.paragraph([{ text: `— ${citation.line} [${citation.source.number}]`, face: 'regular', link: null, strike: false, underline: false }], {
            indent: indent + 16,
            size: BODY_SIZE - 1,
            color: MUTED,
            after: citation.warning ? 0.15 : 0.6,
          });
          if (citation.warning) {
            this.paragraph([{ text: `Flagged: ${citation.warning}`, face: 'bold', link: null, strike: false, underline: false }], {
              indent: indent + 16,
              size: BODY_SIZE - 1,
              color: FLAG,
              after: 0.6,
            });
          }
        }, citation.warning ? FLAG : QUOTE_BAR);
      }
    }
  }

  /** Content with a bar down its left edge, as a quote block; the bar is drawn on each page it spans. */
  private barred(indent: number, draw: () => void, colour = QUOTE_BAR): void {
    const { doc } = this;
    const x = MARGIN + indent + 4;
    let top = doc.y;
    const onPage = () => {
      // A page break mid-quote: the new page's part starts at the top margin.
      top = doc.page.margins.top;
    };
    doc.on('pageAdded', onPage);
    draw();
    doc.off('pageAdded', onPage);
    const bottom = doc.y - doc.currentLineHeight() * 0.6;
    if (bottom > top) doc.save().moveTo(x, top).lineTo(x, bottom).lineWidth(2.5).strokeColor(colour).stroke().restore();
  }

  sources(): void {
    const { doc } = this;
    doc.moveDown(0.8);
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + this.width, doc.y).strokeColor('#ccd3dc').stroke();
    doc.moveDown(0.6);
    this.block({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: SOURCES_HEADING }] }, 0, false);
    if (this.model.sources.length === 0) this.paragraph([{ text: 'No article is cited.', face: 'regular', link: null, strike: false, underline: false }]);
    for (const source of this.model.sources) {
      this.paragraph([{ text: `[${source.number}] ${sourceText(source)}`, face: 'regular', link: null, strike: false, underline: false }], { size: BODY_SIZE - 0.5, after: 0.3 });
    }
  }
}

export function renderPdf(model: ExportModel): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: model.title, Creator: 'Parley', Producer: 'Parley' },
      lang: 'en',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    try {
      const writer = new PdfWriter(doc, model);
      for (const node of model.doc.content) writer.block(node, 0, false);
      writer.sources();
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        // The page number sits in the bottom margin, which must not start a new page.
        doc.page.margins.bottom = 0;
        doc.font('regular').fontSize(8).fillColor(MUTED);
        doc.text(`${i + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, { width: doc.page.width - MARGIN * 2, align: 'right', lineBreak: false });
      }
      doc.end();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
