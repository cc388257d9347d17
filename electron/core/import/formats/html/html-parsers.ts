import { ImportFailure, type FormatParser, type ImportSource, type ParseOutcome } from '../types';
import { decodeHtml } from './decode-html';
import { estimateNestingDepth } from './dom';
import { articleFromHtml } from './html-article';
import { readMhtml } from './mhtml';

/** Real pages nest a few dozen levels; past this, parsing alone could take minutes. */
const MAX_NESTING = 3000;

function outcome(source: ImportSource, html: string, format: 'html' | 'mhtml', url: string | null): ParseOutcome {
  if (html.trim() === '') throw new ImportFailure('empty', `${source.name} holds no page`);
  if (estimateNestingDepth(html) > MAX_NESTING) {
    throw new ImportFailure('corrupt', `${source.name} is not a readable page: its elements nest more than ${MAX_NESTING} levels deep`);
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
