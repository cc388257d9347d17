/** What importing a REFI-QDA project added to the archive. */
export interface QdpxImportOutcome {
  articles: number;
  /** Sources whose text the archive already held: left as they were, with their statements. */
  duplicates: number;
  statements: number;
  topics: number;
  tags: number;
}
