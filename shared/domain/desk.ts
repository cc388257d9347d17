import type { ArticleSummary, ReviewState, Stance, StoredStatement } from './archive';
import type { StatementKind } from './extraction';

/**
 * The analyst's desk: review, correction, actors, topics, tags, notes, statement search,
 * quote pairs and the edit history. Offsets are JavaScript string indices into the
 * article's stored text, end exclusive, like everywhere else in the archive.
 */

/**
 * Where a statement or note sits in its article, robust to a changed text: the position, the exact
 * words and a little context on each side (the W3C Web Annotation TextQuoteSelector idea).
 */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** `orphaned`: after the article's text changed, the exact words could not be found again. */
export type AnchorState = 'anchored' | 'orphaned';

export interface StatementTopic {
  topicId: number;
  name: string;
  /** Names from the root down to this topic, e.g. ["Security", "Arms transfers"]. */
  path: string[];
  colour: string | null;
  stance: Stance | null;
}

/** A statement as the desk shows it: the stored statement plus what the analyst added. */
export interface DeskStatement extends StoredStatement {
  /** The nation was set on this statement by hand: an actor's nation change does not override it. */
  nationSetByHand: boolean;
  topics: StatementTopic[];
  noteCount: number;
  anchorState: AnchorState;
  /** A re-extraction found this candidate next to a statement the analyst reviewed: offer it for review. */
  flaggedForReview: boolean;
}

/** Where a page of an article's statements ends, in reading order: the next page starts after it. */
export interface StatementCursor {
  start: number;
  id: number;
}

/** One page of an article's statements in reading order; `next` is null after the last page. */
export interface DeskStatementPage {
  statements: DeskStatement[];
  next: StatementCursor | null;
}

/** What the desk may change on one statement; absent fields stay as they are. */
export interface StatementChanges {
  start?: number;
  end?: number;
  kind?: StatementKind;
  speakerName?: string | null;
  speakerRole?: string | null;
  speakerOrganization?: string | null;
  /** ISO 3166-1 alpha-2 or null; marks the nation as set by hand. */
  nation?: string | null;
  /** Link to an actor (or null to unlink). */
  actorId?: number | null;
}

/** The speaker and cue nearest to a selected span, to prefill a statement made by hand. */
export type StatementSuggestion = Pick<
  StoredStatement,
  'kind' | 'content' | 'cue' | 'speakerMention' | 'speakerName' | 'speakerRole' | 'speakerOrganization' | 'nation' | 'actorId'
>;

export interface ArticleMetadataChanges {
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  /** YYYY, YYYY-MM, YYYY-MM-DD or a full ISO date-time; null means unknown. */
  publishedAt?: string | null;
  /** ISO 639-1 code or null. */
  language?: string | null;
}

/** A role an actor held, with dates where known (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface ActorRole {
  role: string | null;
  organization: string | null;
  from: string | null;
  to: string | null;
}

export interface Actor {
  id: number;
  name: string;
  aliases: string[];
  /** The current (or only known) role and organization. */
  role: string | null;
  organization: string | null;
  roles: ActorRole[];
  nation: string | null;
  statementCount: number;
}

/** One statement of an actor, placed in time by its article. */
export interface ActorStatement {
  statement: DeskStatement;
  article: Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'publishedAt'>;
}

export interface ActorDetail extends Actor {
  /** Oldest first by the article's date; undated articles last. */
  statements: ActorStatement[];
}

export interface ActorPage {
  total: number;
  rows: Actor[];
}

export interface ActorInput {
  name: string;
  aliases?: string[];
  role?: string | null;
  organization?: string | null;
  roles?: ActorRole[];
  nation?: string | null;
}

export type ActorChanges = Partial<Omit<ActorInput, 'nation'>>;

export interface ActorNationOutcome {
  actor: Actor;
  /** Statements whose nation followed the actor's. */
  statementsUpdated: number;
  /** Statements left alone because their nation was set by hand. */
  statementsKeptByHand: number;
}

export interface ActorSplitOutcome {
  original: Actor;
  created: Actor;
  statementsMoved: number;
}

export interface Topic {
  id: number;
  parentId: number | null;
  name: string;
  /** Names from the root down to this topic. */
  path: string[];
  /** CSS colour (#rrggbb) or null for the default. */
  colour: string | null;
  description: string | null;
  /** Statements tagged with this topic (not counting its children). */
  statementCount: number;
}

export interface TopicInput {
  name: string;
  parentId?: number | null;
  colour?: string | null;
  description?: string | null;
}

export interface TopicChanges {
  name?: string;
  colour?: string | null;
  description?: string | null;
}

export type NoteTarget =
  | { kind: 'statement'; id: number }
  | { kind: 'article'; id: number; span?: { start: number; end: number } }
  | { kind: 'topic'; id: number };

export interface Note {
  id: number;
  target: NoteTarget;
  body: string;
  /** For a note on a span of an article. */
  anchor: TextAnchor | null;
  anchorState: AnchorState;
  createdAt: string;
  updatedAt: string;
}

/** Filters combine with AND; values inside one filter combine with OR. */
export interface StatementSearchFilters {
  /** Query syntax of shared/search/query-syntax: words, "phrases", OR, -word, prefix*. */
  query?: string;
  nations?: string[];
  /** Include statements with no nation. */
  nationUnknown?: boolean;
  actorIds?: number[];
  topicIds?: number[];
  stances?: Stance[];
  kinds?: StatementKind[];
  outlets?: string[];
  /** Inclusive bounds on the article's date (YYYY-MM-DD); undated articles never match a date range. */
  dateFrom?: string;
  dateTo?: string;
  /** Default: everything but rejected. */
  reviewStates?: ReviewState[];
  /** Only candidates a re-extraction found next to a reviewed statement and offered for review. */
  offeredForReview?: boolean;
  articleIds?: number[];
}

/** A piece of a snippet: `hit` pieces are the query's matches. Rendered as text, never HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface StatementHit {
  statement: DeskStatement;
  article: Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'publishedAt'>;
  snippet: SnippetPart[];
  /** The query's matches as offsets into the article's text, to highlight when it opens. */
  highlights: { start: number; end: number }[];
}

export interface StatementSearchPage {
  /** Exact up to `totalCap`, then `totalCapped` is true. */
  total: number;
  totalCapped: boolean;
  offset: number;
  rows: StatementHit[];
}

/** One piece of a word-level diff between two wordings of the same statement. */
export interface DiffPart {
  text: string;
  /** `removed`: only in the left wording; `added`: only in the right one. */
  change: 'same' | 'added' | 'removed';
}

/** The same statement reported by two articles. */
export interface QuotePair {
  left: { statement: DeskStatement; article: Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'publishedAt'> };
  right: { statement: DeskStatement; article: Pick<ArticleSummary, 'id' | 'title' | 'outlet' | 'publishedAt'> };
  /** 0..1, word overlap of the two contents. */
  similarity: number;
  /** Word-level diff of the contents, left to right. */
  contentDiff: DiffPart[];
  /** Word-level diff of the cue and speaker ("he commented" vs "she said"), when either has one. */
  attributionDiff: DiffPart[];
}

export type HistoryKind =
  | 'statement.review'
  | 'statement.edit'
  | 'statement.create'
  | 'statement.discard'
  | 'article.edit'
  | 'actor.create'
  | 'actor.edit'
  | 'actor.merge'
  | 'actor.split'
  | 'actor.nation'
  | 'topic.create'
  | 'topic.edit'
  | 'topic.move'
  | 'topic.merge'
  | 'topic.delete'
  | 'tag.set'
  | 'tag.remove'
  | 'note.create'
  | 'note.edit'
  | 'note.delete';

export interface HistoryEntry {
  id: number;
  kind: HistoryKind;
  /** What the analyst did, in words ("Merge “Singh” into “Sabrina Singh”"). */
  label: string;
  createdAt: string;
  undone: boolean;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** The edit Ctrl+Z would undo / Ctrl+Shift+Z would redo. */
  nextUndo: HistoryEntry | null;
  nextRedo: HistoryEntry | null;
}

export interface HistoryStep extends HistoryState {
  /** The entry just undone or redone, or null when there was nothing to do. */
  entry: HistoryEntry | null;
}

export interface HistoryPage {
  entries: HistoryEntry[];
  state: HistoryState;
}

/** A statement or note whose words were not found again after its article's text changed. */
export interface Orphan {
  kind: 'statement' | 'note';
  id: number;
  articleId: number;
  articleTitle: string | null;
  /** Where and what it was anchored to before. */
  anchor: TextAnchor;
}

/** What changed, so open panes refresh: pushed as the `desk.changed` event. */
export interface DeskChange {
  domains: ('statements' | 'articles' | 'actors' | 'topics' | 'notes' | 'history')[];
  /** Articles whose statements, tags, notes or metadata changed (empty: none in particular). */
  articleIds: number[];
  /**
   * Set when the change only tagged or untagged these statements: a pane refreshes just them,
   * and the quotes it shares with other articles (which tags do not touch) stay as they are.
   */
  tagsOf?: number[];
}
