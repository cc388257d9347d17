import { ImportFailure, type FormatParser, type ImportSource, type ParseOutcome } from '../types';
import { decodeHtml } from './decode-html';
import { measureMarkup } from './dom';
import { articleFromHtml } from './html-article';
import { readMhtml } from './mhtml';

/** Real pages nest a few dozen levels; past this, parsing alone could take minutes. */
const MAX_NESTING = 3000;
/**
 * A news page holds a few thousand elements and the longest encyclopaedia pages about a hundred
 * thousand; a page of two million took 95 s and 2.7 GB to read before it was bounded.
 */
const MAX_ELEMENTS = 200_000;

function outcome(source: ImportSource, html: string, format: 'html' | 'mhtml', url: string | null): ParseOutcome {
  if (html.trim() === '') throw new ImportFailure('empty', `${source.name} holds no page`);
  const shape = measureMarkup(html);
  if (shape.depth > MAX_NESTING) {
    throw new ImportFailure('corrupt', `${source.name} is not a readable page: its elements nest more than ${MAX_NESTING} levels deep`);
  }
  if (shape.elements > MAX_ELEMENTS) {
    throw new ImportFailure(
      'too-large',
      `${source.name} holds about ${shape.elements.toLocaleString('en-US')} elements, over the limit of ${MAX_ELEMENTS.toLocaleString('en-US')} for one page; save the article alone (reader view or print to PDF) and import that`,
    );
  }
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
