/** A stretch of an article's text: JavaScript string indices, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** What the text of a news article says about itself, read without any file metadata. */
export interface NewsMetadata {
  /** The headline, when the first line reads like one. */
  title: string | null;
  titleRange: TextRange | null;
  /** The outlet or wire agency named by a wire tag such as "(AA)" or "/TASS/". */
  outlet: string | null;
  /** The wire tag itself, so later stages can leave it out of sentences. */
  outletRange: TextRange | null;
  /** Dateline place, e.g. "VOSTOCHNY SPACEPORT /Amur Region/". */
  dateline: string | null;
  /** The dateline's own date as written, e.g. "September 13". */
  datelineDate: string | null;
  datelineRange: TextRange | null;
  /** The author's name from a "By ..." line. */
  byline: string | null;
  bylineRange: TextRange | null;
  /** ISO 8601 date (YYYY-MM-DD), when the text or the file's date gives one. */
  publishedAt: string | null;
  /**
   * The day the lead's relative words ("yesterday", "on Wednesday") point to, resolved
   * against the file's date; often the day the statements were made.
   */
  eventDate: string | null;
  /** ISO 639-1 code, or null when the text is too short to tell. */
  language: string | null;
  /** Capitalised lines inside the body that are structure, not sentences of the story. */
  subheadings: TextRange[];
}
