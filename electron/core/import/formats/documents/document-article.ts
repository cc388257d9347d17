import type { ParsedArticle } from '../../../../../shared/domain/article';
import { readNewsMetadata } from '../../../../../shared/news-metadata';
import { articleFromText } from '../text/article-from-text';
import { splitExport } from '../text/multi-article-export';
import { ImportFailure, type ImportSource } from '../types';
import { joinParagraphs, splitLeadingTitle } from './paragraph-text';

/** What the file itself says about the article (document properties, mail headers, heading styles). */
export interface KnownMetadata {
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  /** A date to resolve "yesterday" against when the file's own date is not the article's (a mail's Date). */
  referenceDate?: Date | null;
}

/**
 * The articles of a document: one, or, when the document is a news database export holding many
 * (Nexis "End of Document" lines, Factiva "Document <id>" footers; such exports come as PDF, Word and
 * RTF too), one per exported story with the metadata of its header block.
 */
export function articlesFromDocument(paragraphs: readonly string[], source: ImportSource, known: KnownMetadata = {}): ParsedArticle[] {
  // A cover title (the document's heading) is not part of the first exported story.
  const exported = splitExport(joinParagraphs(splitLeadingTitle(paragraphs, known.title ?? null).body));
  if (exported === null) return [articleFromParagraphs(paragraphs, source, known)];
  if (exported.length === 0) {
    throw new ImportFailure('no-article-text', `${source.name} is a news export with no article text between its document boundaries.`);
  }
  return exported.map(({ text, header }) => articleFromText(text, header));
}

/**
 * Makes the article of a document's paragraphs: what the file declares wins, and the article's own text
 * (headline, wire tag, dateline, byline, language) fills in the rest. The title is never repeated as the
 * first paragraph of the text.
 */
export function articleFromParagraphs(paragraphs: readonly string[], source: ImportSource, known: KnownMetadata = {}): ParsedArticle {
  const { title: declaredTitle, body } = splitLeadingTitle(paragraphs, known.title ?? null);
  let text = joinParagraphs(body);
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw new ImportFailure('no-article-text', `No article text was found in ${source.name}.`);
  }
  // Only a date the source states resolves "yesterday" or a yearless dateline; a file's modification
  // time says when it was copied, not when the story ran (it stays in source_files.modified_at).
  const fileDate = known.referenceDate ?? null;
  let meta = readNewsMetadata(text, { fileDate });
  let title = declaredTitle;
  if (title === null && meta.title !== null && meta.titleRange !== null) {
    const rest = text.slice(meta.titleRange.end).replace(/^\s+/, '');
    if (/[\p{L}\p{N}]/u.test(rest)) {
      title = meta.title;
      text = rest;
      meta = readNewsMetadata(text, { fileDate });
    }
  }
  return {
    text,
    title,
    outlet: known.outlet ?? meta.outlet,
    byline: known.byline ?? meta.byline,
    publishedAt: known.publishedAt ?? meta.publishedAt,
    language: meta.language,
    url: known.url ?? null,
    dateline: meta.dateline,
    subheadings: meta.subheadings,
  };
}
