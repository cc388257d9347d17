/** What an importer makes of one article found in a file, before it reaches the archive. */
export interface ParsedArticle {
  /** The article's text, exactly as it will be stored and as statement offsets count it. */
  text: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or date-time, when known. */
  publishedAt: string | null;
  /** ISO 639-1 code, when known. */
  language: string | null;
  url: string | null;
  /** Dateline place, e.g. "VOSTOCHNY SPACEPORT /Amur Region/". */
  dateline: string | null;
}

/** Formats the importers recognise; stored with each article. */
export type ArticleFormat =
  | 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'odt' | 'rtf'
  | 'eml' | 'mbox' | 'json' | 'jsonl' | 'csv' | 'zip';
