import { ImportFailure, type FormatParser, type ImportSource, type ParseOutcome } from '../types';
import { decodeHtml } from './decode-html';
import { assertParsableMarkup } from './markup-bounds';
import { readMhtml } from './mhtml';

/** The page reader (and its DOM) loads with the first page: imports of text and exports never need it. */
async function outcome(source: ImportSource, html: string, format: 'html' | 'mhtml', url: string | null): Promise<ParseOutcome> {
  if (html.trim() === '') throw new ImportFailure('empty', `${source.name} holds no page`);
  assertParsableMarkup(html, source.name, 'save the article alone (reader view or print to PDF) and import that');
  const { articleFromHtml } = await import('./html-article');
  const article = articleFromHtml(html, null, url);
  if (!article) throw new ImportFailure('no-article-text', `${source.name} has no article text: the page holds no readable paragraphs`);
  return { kind: 'articles', format, articles: [article] };
}

export const htmlParser: FormatParser = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  parse: async (source) => outcome(source, decodeHtml(source.bytes).text, 'html', null),
};

export const mhtmlParser: FormatParser = {
  format: 'mhtml',
  extensions: ['.mhtml', '.mht'],
  parse: async (source) => {
    const page = await readMhtml(source.bytes, source.name);
    return outcome(source, page.html, 'mhtml', page.location);
  },
};
