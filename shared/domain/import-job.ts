/** Progress and outcome of one import the user started (a drop, a File → Import, a CLI run). */
export interface ImportCounts {
  /** Files and records looked at so far. */
  processed: number;
  imported: number;
  duplicates: number;
  failed: number;
}

export interface ImportFailureReport {
  path: string;
  code: string;
  reason: string;
}

export interface ImportedArticleReport {
  path: string;
  articleId: number;
  title: string | null;
  /** Set when the article is the same story as an earlier one from another outlet. */
  storyOf: number | null;
}

export interface ImportDuplicateReport {
  path: string;
  existingArticleId: number;
}

export interface ImportSummary {
  jobId: string;
  cancelled: boolean;
  counts: ImportCounts;
  imported: ImportedArticleReport[];
  duplicates: ImportDuplicateReport[];
  failures: ImportFailureReport[];
}

export interface ImportProgress {
  jobId: string;
  counts: ImportCounts;
  /** Files queued so far; grows while folders and archives are expanded. */
  queued: number;
  current: string | null;
}
