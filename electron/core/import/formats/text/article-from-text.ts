import type { ParsedArticle } from '../../../../../shared/domain/article';
import { readNewsMetadata } from '../../../../../shared/news-metadata';

/** What a file or record already says about an article; the text fills in only what is missing. */
export interface KnownMetadata {
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  publishedAt?: string | null;
  language?: string | null;
  url?: string | null;
  dateline?: string | null;
}

/** An article from its final text, with metadata read from the text wherever the source gave none. */
export function articleFromText(text: string, known: KnownMetadata = {}, fileDate: Date | null = null): ParsedArticle {
  const meta = readNewsMetadata(text, { fileDate });
  return {
    text,
    title: known.title || meta.title,
    outlet: known.outlet || meta.outlet,
    byline: known.byline || meta.byline,
    publishedAt: known.publishedAt || meta.publishedAt,
    language: known.language || meta.language,
    url: known.url || null,
    dateline: known.dateline || meta.dateline,
    subheadings: meta.subheadings,
  };
}

/** True when a decoded "text" is really binary data: many control characters that text never holds. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  return controls > 0 && controls / sample.length > 0.02;
}
