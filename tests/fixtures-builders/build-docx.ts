import { Document, Header, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { SampleArticle } from './sample-article';

export interface DocxBuildOptions {
  /** A page header (Word keeps it out of the body; importers must not mix it into the text). */
  header?: string;
  /** Set the first word of each paragraph in bold, so the text spans several runs. */
  splitRuns?: boolean;
}

/** A Word document of the article, written with the docx library: title style, then one paragraph each. */
export async function buildDocx(article: SampleArticle, options: DocxBuildOptions = {}): Promise<Uint8Array> {
  const body = article.paragraphs.map((text) => {
    if (!options.splitRuns) return new Paragraph({ children: [new TextRun(text)] });
    const space = text.indexOf(' ');
    return new Paragraph({
      children: [new TextRun({ text: text.slice(0, space), bold: true }), new TextRun(text.slice(space))],
    });
  });
  const doc = new Document({
    creator: article.author,
    title: article.title,
    sections: [
      {
        headers: options.header ? { default: new Header({ children: [new Paragraph(options.header)] }) } : {},
        children: [new Paragraph({ text: article.title, heading: HeadingLevel.TITLE }), ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
