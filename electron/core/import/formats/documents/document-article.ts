import type { ParsedArticle } from '../../../../../shared/domain/article';
import { readNewsMetadata } from '../../../../../shared/news-metadata';
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
  const fileDate = known.referenceDate ?? source.modifiedAt;
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
