import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { BriefingNode } from '../../../../shared/domain/briefings';
import { SOURCES_HEADING, sourceText, type ExportModel } from './export-model';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Word's own style names, so the document's outline, navigation pane and restyling all work. */
const QUOTE_STYLE = 'Quote';
const ATTRIBUTION_STYLE = 'QuoteAttribution';
const FLAG_STYLE = 'CitationFlag';
const SOURCE_STYLE = 'SourceEntry';

const ORDERED = 'parley-ordered';
const BULLETS = 'parley-bullets';

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
}

function runs(nodes: readonly BriefingNode[] | undefined, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    if (node.type !== 'text' || !node.text) {
      out.push(...runs(node.content, base));
      continue;
    }
    const style: RunStyle = { ...base };
    let href: string | null = null;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') style.bold = true;
      else if (mark.type === 'italic') style.italics = true;
      else if (mark.type === 'strike') style.strike = true;
      else if (mark.type === 'underline') style.underline = true;
      else if (mark.type === 'code') style.code = true;
      else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && /^(https?:|mailto:)/i.test(mark.attrs.href)) href = mark.attrs.href;
    }
    const run = new TextRun({
      text: node.text,
      bold: style.bold,
      italics: style.italics,
      strike: style.strike,
      underline: style.underline ? {} : undefined,
      font: style.code ? 'Consolas' : undefined,
      style: href ? 'Hyperlink' : undefined,
    });
    out.push(href ? new ExternalHyperlink({ link: href, children: [run] }) : run);
  }
  return out;
}

class DocxWriter {
  private listInstance = 0;
  readonly paragraphs: Paragraph[] = [];

  constructor(private readonly model: ExportModel) {}

  block(node: BriefingNode, depth: number, quoted: boolean): void {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level) || 1));
        this.paragraphs.push(new Paragraph({ heading: HEADINGS[level - 1], children: runs(node.content) }));
        return;
      }
      case 'paragraph':
        this.paragraphs.push(new Paragraph({ style: quoted ? QUOTE_STYLE : undefined, children: runs(node.content) }));
        return;
      case 'bulletList':
      case 'orderedList':
        this.list(node, depth, quoted);
        return;
      case 'blockquote':
        for (const child of node.content ?? []) this.block(child, depth, true);
        return;
      case 'horizontalRule':
        this.paragraphs.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } }, children: [] }));
        return;
      case 'codeBlock':
        this.paragraphs.push(new Paragraph({ children: [new TextRun({ text: (node.content ?? []).map((n) => n.text ?? '').join(''), font: 'Consolas' })] }));
        return;
      default: {
        const citation = this.model.citationOf(node);
        if (!citation) {
          for (const child of node.content ?? []) this.block(child, depth, quoted);
          return;
        }
        this.paragraphs.push(new Paragraph({ style: QUOTE_STYLE, children: [new TextRun(citation.resolved.text)] }));
        this.paragraphs.push(new Paragraph({ style: ATTRIBUTION_STYLE, children: [new TextRun(`— ${citation.line} [${citation.source.number}]`)] }));
        if (citation.warning) this.paragraphs.push(new Paragraph({ style: FLAG_STYLE, children: [new TextRun(`Flagged: ${citation.warning}`)] }));
      }
    }
  }

  private list(node: BriefingNode, depth: number, quoted: boolean): void {
    const instance = ++this.listInstance;
    const reference = node.type === 'orderedList' ? ORDERED : BULLETS;
    for (const item of node.content ?? []) {
      let first = true;
      for (const child of item.content ?? []) {
        if (child.type === 'paragraph' && first) {
          this.paragraphs.push(new Paragraph({ numbering: { reference, level: Math.min(depth, 8), instance }, style: quoted ? QUOTE_STYLE : undefined, children: runs(child.content) }));
          first = false;
        } else {
          this.block(child, depth + 1, quoted);
        }
      }
    }
  }
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

export async function renderDocx(model: ExportModel): Promise<Uint8Array> {
  const writer = new DocxWriter(model);
  for (const node of model.doc.content) writer.block(node, 0, false);
  writer.paragraphs.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(SOURCES_HEADING)] }));
  if (model.sources.length === 0) writer.paragraphs.push(new Paragraph('No article is cited.'));
  for (const source of model.sources) {
    // The number is text, not list numbering, so it survives copying and plain-text readers.
    writer.paragraphs.push(new Paragraph({ style: SOURCE_STYLE, children: [new TextRun(`[${source.number}] ${sourceText(source)}`)] }));
  }

  const document = new Document({
    title: model.title,
    creator: 'Parley',
    description: 'A briefing drafted in Parley, with its sources.',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        heading1: { run: { size: 36, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { size: 28, bold: true, color: '1F3A5F' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 24, bold: true, color: '2E4A6B' }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
      paragraphStyles: [
        {
          id: QUOTE_STYLE,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '333333' },
          paragraph: {
            indent: { left: 720, right: 360 },
            spacing: { before: 120, after: 40 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '8AA0B8', space: 8 } },
          },
        },
        {
          id: ATTRIBUTION_STYLE,
          name: 'Quote Attribution',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 19, color: '4A5566' },
          paragraph: { indent: { left: 720 }, spacing: { after: 160 } },
        },
        {
          id: FLAG_STYLE,
          name: 'Citation Flag',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 19, bold: true, color: 'A12B1F' },
          paragraph: { indent: { left: 720 }, spacing: { after: 160 } },
        },
        {
          id: SOURCE_STYLE,
          name: 'Source Entry',
          basedOn: 'Normal',
          next: SOURCE_STYLE,
          run: { size: 20 },
          paragraph: { indent: { left: 480, hanging: 480 }, spacing: { after: 80 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: levels(LevelFormat.BULLET, (l) => ['•', '◦', '▪'][l % 3] ?? '•') },
        { reference: ORDERED, levels: levels(LevelFormat.DECIMAL, (l) => `%${l + 1}.`) },
      ],
    },
    sections: [{ children: writer.paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
