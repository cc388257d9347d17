import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { ImportFailure, type ImportLimits, type ImportSource, type ParseOutcome } from '../types';
import { articlesFromDocument } from './document-article';
import { openOfficePackage } from './office-package';
import { normalizeParagraph, usableTitle } from './paragraph-text';
import { findElement, parseXml } from './xml-text';

/** Word's own title style becomes a heading, so the article's title is told from its first paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * The body of a Word document read with mammoth (headers, footers and comments are not part of the body),
 * paragraph by paragraph, with title and author from the document properties.
 */
export async function readDocx(source: ImportSource, limits: ImportLimits): Promise<ParseOutcome> {
  const pkg = openOfficePackage(source, limits, 'Word');
  if (!pkg.has('word/document.xml')) {
    throw new ImportFailure('corrupt', `The Word file ${source.name} has no document body (word/document.xml); it is damaged or not a Word file.`);
  }
  // mammoth's zip reader trusts declared sizes: every part is checked against the limits here first.
  pkg.verifyParts();
  const properties = readCoreProperties(pkg.readText('docProps/core.xml'));
  const { value: html } = await mammoth.convertToHtml(
    { buffer: Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      includeDefaultStyleMap: true,
      ignoreEmptyParagraphs: true,
      // Pictures are not article text; leaving them unread saves inflating and encoding them.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  let heading: string | null = null;
  for (const element of document.body.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')) {
    // Footnotes and endnotes come last as list items; they are not the story's text.
    if (element.closest('li[id^="footnote-"], li[id^="endnote-"], li[id^="comment-"]')) continue;
    if (element.tagName === 'LI' && element.querySelector('p')) continue;
    if (element.tagName !== 'LI' && element.parentElement?.closest('p')) continue;
    const text = normalizeParagraph(element.textContent ?? '');
    if (!text) continue;
    if (paragraphs.length === 0 && heading === null && element.tagName === 'H1') {
      heading = text;
      continue;
    }
    paragraphs.push(text);
  }
  return {
    kind: 'articles',
    format: 'docx',
    articles: articlesFromDocument(paragraphs, source, {
      title: heading ?? properties.title,
      byline: properties.author,
    }),
  };
}

function readCoreProperties(xml: string | null): { title: string | null; author: string | null } {
  if (!xml) return { title: null, author: null };
  const root = parseXml(xml);
  const text = (name: string) => normalizeParagraph(findElement(root, name)?.textContent ?? '') || null;
  return { title: usableTitle(text('dc:title')), author: text('dc:creator') };
}
