import type { ArticleFormat, ParsedArticle } from '../../../../../shared/domain/article';
import { articleCharLimit, DEFAULT_IMPORT_LIMITS, ImportFailure, tooMuchText, type FormatParser, type ImportLimits, type ImportSource, type ParseOutcome } from '../types';
import { articleFromText, looksBinary } from './article-from-text';
import { decodeText } from './decode-text';
import { splitExport } from './multi-article-export';

/**
 * Plain text and markdown. The stored text is the file exactly as decoded (only a BOM removed),
 * since statement offsets count into it; markdown is kept as written too, its first heading
 * becoming the title and its other headings subheadings. A news database export holding many
 * articles is split into one article per document.
 */
export function parsePlainText(source: ImportSource, format: ArticleFormat, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): ParseOutcome {
  const { text } = decodeText(source.bytes);
  if (text.trim() === '') throw new ImportFailure('empty', `${source.name} holds no text`);
  if (looksBinary(text)) throw new ImportFailure('unreadable', `${source.name} does not look like text: it holds binary data`);

  const exported = splitExport(text);
  if (exported) {
    if (exported.length === 0) throw new ImportFailure('no-article-text', `${source.name} is a news export with no article text between its document boundaries`);
    return {
      kind: 'articles',
      format,
      articles: exported.map(({ text: body, header }) => articleFromText(body, header)),
    };
  }
  // One article over the limit is refused before its metadata is read, a scan that costs several
  // times the text; the importer would refuse it after, with the same words.
  const maxChars = articleCharLimit(limits);
  if (text.length > maxChars) throw tooMuchText(source.name, text.length, maxChars);
  const title = format === 'md' ? markdownTitle(text) : null;
  const article: ParsedArticle = articleFromText(text, { title });
  return { kind: 'articles', format, articles: [article] };
}

/** The first ATX ("# Title") or setext ("Title\n=====") heading near the top of a markdown file. */
export function markdownTitle(text: string): string | null {
  const lines = text.slice(0, 4000).split(/\r?\n/);
  for (let i = 0; i < lines.length && i < 40; i++) {
    const line = (lines[i] ?? '').trim();
    const atx = /^#{1,6}\s+(.+?)\s*#*$/.exec(line);
    if (atx?.[1]) return atx[1];
    const next = (lines[i + 1] ?? '').trim();
    if (line && /^(=+|-+)$/.test(next) && next.length >= 3) return line;
  }
  return null;
}

export const textParser: FormatParser = {
  format: 'txt',
  extensions: ['.txt', '.text'],
  parse: async (source, limits) => parsePlainText(source, 'txt', limits),
};

export const markdownParser: FormatParser = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  parse: async (source, limits) => parsePlainText(source, 'md', limits),
};
