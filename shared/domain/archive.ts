import type { ArticleFormat } from './article';
import type { NationEvidence, StatementKind } from './extraction';

export interface ArchiveInfo {
  path: string;
  schemaVersion: number;
  articleCount: number;
  statementCount: number;
}

/** One row of the library. */
export interface ArticleSummary {
  id: number;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  originalName: string;
  statementCount: number;
  importedAt: string;
}

export interface ArticleDetail extends ArticleSummary {
  byline: string | null;
  language: string | null;
  url: string | null;
  dateline: string | null;
  format: ArticleFormat;
  storyId: number | null;
  text: string;
}

export type StatementOrigin = 'automatic' | 'manual';
export type ReviewState = 'unreviewed' | 'confirmed' | 'corrected' | 'rejected';

export interface StoredSpan {
  start: number;
  end: number;
  text: string;
}

export interface StoredStatement {
  id: number;
  articleId: number;
  kind: StatementKind;
  content: StoredSpan;
  cue: StoredSpan | null;
  speakerMention: StoredSpan | null;
  speakerName: string | null;
  speakerRole: string | null;
  speakerOrganization: string | null;
  actorId: number | null;
  nation: string | null;
  /** Why the extractor chose the nation; null when not recorded (manual or older statements). */
  nationEvidence: NationEvidence | null;
  confidence: number;
  origin: StatementOrigin;
  reviewState: ReviewState;
}

export interface ArticlePage {
  total: number;
  offset: number;
  rows: ArticleSummary[];
}

/** What a re-run of the extractor did; statements the user touched are always kept. */
export interface ReextractOutcome {
  articles: number;
  replaced: number;
  kept: number;
  added: number;
}

/** A speaker's position on a topic, as the analyst tags it. */
export const STANCES = ['supports', 'opposes', 'concerned', 'neutral', 'ambiguous'] as const;
export type Stance = (typeof STANCES)[number];
