import type { StatementKind } from './extraction';
import type { ReviewState, Stance } from './archive';

/** A tag's stance as the positions views count it; `unset` is a tag whose stance nobody gave yet. */
export type StanceKey = Stance | 'unset';
export type StanceMix = Record<StanceKey, number>;

/** Review states that count in analysis: rejected statements are never shown. */
export const ANALYSED_REVIEW_STATES = ['unreviewed', 'confirmed', 'corrected'] as const satisfies readonly ReviewState[];
export type AnalysedReviewState = (typeof ANALYSED_REVIEW_STATES)[number];

/** What the matrix's columns are: topics once any are tagged, else what extraction alone gives. */
export type MatrixColumnKind = 'topics' | 'articles' | 'stories';

export interface PositionFilters {
  /** Inclusive days (YYYY-MM-DD). With a period set, statements whose date is unknown are left out. */
  from?: string | undefined;
  to?: string | undefined;
  /** Only these outlets ('' stands for an unknown outlet); all when absent. */
  outlets?: string[] | undefined;
  /** All analysed states when absent. */
  reviewStates?: AnalysedReviewState[] | undefined;
}

export interface MatrixColumn {
  kind: MatrixColumnKind;
  id: number;
  label: string;
  /** Topic path, or the article's outlet and date. */
  detail: string | null;
}

/** One quote with where it comes from. */
export interface PositionQuote {
  statementId: number;
  articleId: number;
  kind: StatementKind;
  text: string;
  contentStart: number;
  contentEnd: number;
  speakerName: string | null;
  speakerRole: string | null;
  speakerOrganization: string | null;
  actorId: number | null;
  /** ISO alpha-2, or '' when extraction found no nation. */
  nation: string;
  reviewState: ReviewState;
  articleTitle: string | null;
  articleName: string;
  outlet: string | null;
  publishedAt: string | null;
  /** The stance on the topic in view (null outside a topic, or untagged). */
  stance: StanceKey | null;
}

/** A matrix cell's newest statement, with what the cell shows of it and what the CSV export lists. */
export interface MatrixQuote {
  statementId: number;
  text: string;
  speakerName: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** The stance on the column's topic (a subtopic's when tagged with that alone); null outside topics. */
  stance: StanceKey | null;
}

/** One cell read out of the matrix (see matrixCell in shared/positions/matrix-grid). */
export interface MatrixCell {
  nation: string;
  columnId: number;
  count: number;
  stances: StanceMix;
  latest: MatrixQuote | null;
}

/**
 * Nations (rows) against columns. The cells travel as flat arrays, row after row, so the page reads
 * any cell straight from the decoded answer: cell (row r, column c) is at r × columns.length + c.
 */
export interface PositionsMatrix {
  columnKind: MatrixColumnKind;
  columns: MatrixColumn[];
  /** Nation codes, most statements first; '' (nation unknown) last. */
  nations: string[];
  /** Statements per cell; 0 is "no statement found". */
  counts: number[];
  /** Per cell, six counts: its statements per stance in STANCE_ORDER (shared/positions/stance-style), cell i's from i × 6. */
  stances: number[];
  /** Per cell, its newest statement (null when empty). */
  latest: (MatrixQuote | null)[];
  /** Columns beyond the ones shown (extraction-only matrices show the most recent articles). */
  hiddenColumns: number;
}

export interface CellQuotes {
  total: number;
  quotes: PositionQuote[];
}

export interface VersusColumn {
  nation: string;
  quotes: PositionQuote[];
}

export interface TimelineEntry extends PositionQuote {
  /** This statement's stance differs from the one before it (both stated). */
  stanceChanged: boolean;
}

export interface PositionsTimeline {
  dated: TimelineEntry[];
  /** Statements whose article date is unknown: listed apart, never placed on a date. */
  undated: PositionQuote[];
}

export type NetworkNodeKind = 'nations' | 'actors';

export interface NetworkNode {
  id: string;
  label: string;
  nation: string;
  statements: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Topics on which both take the same stance. */
  agree: number;
  /** Topics on which one supports and the other opposes or is concerned. */
  disagree: number;
  agreeTopics: string[];
  disagreeTopics: string[];
}

export interface PositionsNetwork {
  kind: NetworkNodeKind;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface PositionOptions {
  outlets: string[];
  topics: { id: number; path: string }[];
  nations: string[];
  actors: { id: number; name: string; nation: string }[];
  earliest: string | null;
  latest: string | null;
  /** Statement-topic tags that count (analysed states). */
  taggedCount: number;
}

export interface SavedView {
  id: number;
  name: string;
  /** The view's URL state (a query string), as the address bar shows it. */
  state: string;
  updatedAt: string;
}
