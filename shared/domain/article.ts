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
  /**
   * Lines of the text that are structure rather than story (capitalised or markdown subheadings),
   * as string offsets into `text`, end exclusive. Absent when the importer did not look.
   */
  subheadings?: { start: number; end: number }[];
}

/** Formats the importers recognise; stored with each article. */
export type ArticleFormat =
  | 'txt' | 'md' | 'html' | 'mhtml' | 'pdf' | 'docx' | 'odt' | 'rtf'
  | 'eml' | 'mbox' | 'json' | 'jsonl' | 'csv' | 'zip';
