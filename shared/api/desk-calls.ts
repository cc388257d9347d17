import * as z from 'zod';
import { STANCES, type ArticleDetail, type ArticleSummary } from '../domain/archive';
import type {
  Actor,
  ActorDetail,
  ActorNationOutcome,
  ActorPage,
  ActorSplitOutcome,
  DeskStatement,
  DeskStatementPage,
  HistoryPage,
  HistoryState,
  HistoryStep,
  Note,
  Orphan,
  QuotePair,
  StatementSearchPage,
  StatementSuggestion,
  Topic,
} from '../domain/desk';
import type { ArticleFindResult, ArticleTextRange, OpenedArticle } from '../domain/article-text';
import type { EncodedBlocks } from '../text/text-blocks';
import { call, lazySchema } from './calls';

/** The analyst's desk: review and correction, actors, topics and tags, notes, search, history. */

const id = lazySchema(() => z.number().int().positive());
const offset = lazySchema(() => z.number().int().min(0).max(100_000_000));
const shortText = lazySchema(() => z.string().trim().min(1).max(500));
const optionalText = lazySchema(() => z.string().trim().max(500).nullable());
/** ISO 3166-1 alpha-2, upper case. */
const nation = lazySchema(() => z.string().regex(/^[A-Z]{2}$/u, 'a nation is a two-letter ISO 3166-1 code such as "US"'));
const kind = lazySchema(() => z.enum(['direct', 'indirect', 'mixed']));
const stance = lazySchema(() => z.enum(STANCES));
const reviewState = lazySchema(() => z.enum(['unreviewed', 'confirmed', 'corrected', 'rejected']));
/** YYYY, YYYY-MM, YYYY-MM-DD, or a full ISO 8601 date-time. */
const partialDate = lazySchema(() =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/u, 'a date is YYYY, YYYY-MM or YYYY-MM-DD'),
);
const day = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date bound is YYYY-MM-DD'));
const colour = lazySchema(() => z.string().regex(/^#[0-9a-fA-F]{6}$/u, 'a colour is #rrggbb'));
const language = lazySchema(() => z.string().regex(/^[a-z]{2,3}$/u, 'a language is an ISO 639-1 code such as "en"'));
const span = lazySchema(() => z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict());

const actorRole = lazySchema(() =>
  z
    .object({ role: optionalText(), organization: optionalText(), from: partialDate().nullable(), to: partialDate().nullable() })
    .strict(),
);

const noteTarget = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('statement'), id: id() }).strict(),
    z.object({ kind: z.literal('article'), id: id(), span: span().optional() }).strict(),
    z.object({ kind: z.literal('topic'), id: id() }).strict(),
  ]),
);

const statementChanges = lazySchema(() =>
  z
    .object({
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      kind: kind(),
      speakerName: optionalText(),
      speakerRole: optionalText(),
      speakerOrganization: optionalText(),
      nation: nation().nullable(),
      actorId: id().nullable(),
    })
    .partial()
    .strict(),
);

export const deskCalls = {
  /** Every statement of an article with its tags and review marks; rejected ones only when asked. */
  'statements.inArticle': call<DeskStatement[]>()(() =>
    z.object({ articleId: id(), includeRejected: z.boolean().optional() }).strict(),
  ),
  /**
   * The same statements a page at a time, in reading order (by start, then id), so a long article
   * shows its first statements at once and the rest as they come.
   */
  'statements.inArticlePage': call<DeskStatementPage>()(() =>
    z
      .object({
        articleId: id(),
        includeRejected: z.boolean().optional(),
        after: z.object({ start: z.number().int().min(0), id: id() }).strict().nullable().optional(),
        limit: z.number().int().min(1).max(20_000),
      })
      .strict(),
  ),
  'statements.get': call<DeskStatement>()(() => z.object({ id: id() }).strict()),
  'statements.confirm': call<DeskStatement>()(() => z.object({ id: id() }).strict()),
  /** Kept in the archive, hidden from analysis, restorable. */
  'statements.reject': call<DeskStatement>()(() => z.object({ id: id() }).strict()),
  /** Back from rejected to what it was before (unreviewed, confirmed or corrected). */
  'statements.restore': call<DeskStatement>()(() => z.object({ id: id() }).strict()),
  /** Span, kind, speaker, role, organization, nation, actor; marks the statement corrected. */
  'statements.update': call<DeskStatement>()(() => z.object({ id: id(), changes: statementChanges() }).strict()),
  /** Speaker and cue proposed from the mention nearest to a selected span. */
  'statements.suggest': call<StatementSuggestion>()(() => z.object({ articleId: id(), start: z.number().int().min(0), end: z.number().int().min(1) }).strict()),
  /** A statement the extractor missed, made from a selected span. */
  'statements.create': call<DeskStatement>()(() =>
    z
      .object({
        articleId: id(),
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        kind: kind(),
        cue: span().nullable().optional(),
        speakerMention: span().nullable().optional(),
        speakerName: optionalText().optional(),
        speakerRole: optionalText().optional(),
        speakerOrganization: optionalText().optional(),
        nation: nation().nullable().optional(),
        actorId: id().nullable().optional(),
      })
      .strict(),
  ),
  /** Adds a topic to a statement, or changes its stance there. */
  'statements.tag': call<DeskStatement>()(() =>
    z.object({ statementId: id(), topicId: id(), stance: stance().nullable() }).strict(),
  ),
  'statements.untag': call<DeskStatement>()(() => z.object({ statementId: id(), topicId: id() }).strict()),
  /** Filters combine (AND); values inside one filter are alternatives (OR). Bad query syntax is an error. */
  'statements.search': call<StatementSearchPage>()(() =>
    z
      .object({
        query: z.string().max(1000).optional(),
        nations: z.array(nation()).max(300).optional(),
        nationUnknown: z.boolean().optional(),
        actorIds: z.array(id()).max(1000).optional(),
        topicIds: z.array(id()).max(1000).optional(),
        stances: z.array(stance()).max(STANCES.length).optional(),
        kinds: z.array(kind()).max(3).optional(),
        outlets: z.array(shortText()).max(1000).optional(),
        dateFrom: day().optional(),
        dateTo: day().optional(),
        reviewStates: z.array(reviewState()).max(4).optional(),
        offeredForReview: z.boolean().optional(),
        articleIds: z.array(id()).max(1000).optional(),
        offset: offset().optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  ),

  /** Title, outlet, author, date (null: unknown), language. */
  'articles.update': call<ArticleDetail>()(() =>
    z
      .object({
        id: id(),
        changes: z
          .object({
            title: optionalText(),
            outlet: optionalText(),
            byline: optionalText(),
            publishedAt: partialDate().nullable(),
            language: language().nullable(),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  /** An article for the reader: whole when short, else its details and its first page of blocks (outline and text). */
  'articles.open': call<OpenedArticle>()(() => z.object({ id: id() }).strict()),
  /** The outline of a long article's whole text: where each of its blocks starts and how many lines it holds. */
  'articles.outline': call<EncodedBlocks>()(() => z.object({ id: id() }).strict()),
  /** A stretch of a long article's text, [start, end) in the text's own offsets (at most two million characters). */
  'articles.textRange': call<ArticleTextRange>()(() =>
    z
      .object({ id: id(), start: offset(), end: offset() })
      .strict()
      .refine((range) => range.end >= range.start && range.end - range.start <= 2_000_000, 'a text range ends after it starts and spans at most 2,000,000 characters'),
  ),
  /** Find-in-article over a long article's text, on the core: every case-insensitive occurrence, up to a limit. */
  'articles.find': call<ArticleFindResult>()(() => z.object({ id: id(), query: z.string().min(1).max(500) }).strict()),
  /** "Also reported by": the other articles of the same story. */
  'articles.siblings': call<ArticleSummary[]>()(() => z.object({ id: id() }).strict()),
  /** Distinct outlets, for the search filters. */
  'articles.outlets': call<{ outlet: string; articles: number }[]>()(() => z.object({}).strict()),

  'actors.list': call<ActorPage>()(() =>
    z
      .object({
        query: z.string().max(200).optional(),
        nation: nation().optional(),
        offset: offset().optional(),
        limit: z.number().int().min(1).max(1000).optional(),
      })
      .strict(),
  ),
  /** The actor with their statements over time. */
  'actors.get': call<ActorDetail>()(() => z.object({ id: id() }).strict()),
  'actors.create': call<Actor>()(() =>
    z
      .object({
        name: shortText(),
        aliases: z.array(shortText()).max(100).optional(),
        role: optionalText().optional(),
        organization: optionalText().optional(),
        roles: z.array(actorRole()).max(100).optional(),
        nation: nation().nullable().optional(),
      })
      .strict(),
  ),
  'actors.update': call<Actor>()(() =>
    z
      .object({
        id: id(),
        changes: z
          .object({
            name: shortText(),
            aliases: z.array(shortText()).max(100),
            role: optionalText(),
            organization: optionalText(),
            roles: z.array(actorRole()).max(100),
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  /** Every statement of the actor follows, except those whose nation was set by hand. */
  'actors.setNation': call<ActorNationOutcome>()(() => z.object({ id: id(), nation: nation().nullable() }).strict()),
  /** `sourceId` disappears into `targetId`: its statements, names and aliases follow. */
  'actors.merge': call<Actor>()(() => z.object({ sourceId: id(), targetId: id() }).strict()),
  /** Moves the given statements of an actor to a new actor (undoing a wrong merge by hand). */
  'actors.split': call<ActorSplitOutcome>()(() =>
    z
      .object({
        id: id(),
        statementIds: z.array(id()).min(1).max(100_000),
        name: shortText(),
        aliases: z.array(shortText()).max(100).optional(),
        nation: nation().nullable().optional(),
      })
      .strict(),
  ),

  /** The whole codebook, parents before children, siblings by name. */
  'topics.tree': call<Topic[]>()(() => z.object({}).strict()),
  'topics.create': call<Topic>()(() =>
    z
      .object({
        name: shortText(),
        parentId: id().nullable().optional(),
        colour: colour().nullable().optional(),
        description: z.string().max(20_000).nullable().optional(),
      })
      .strict(),
  ),
  /** Rename, recolour, describe. */
  'topics.update': call<Topic>()(() =>
    z
      .object({
        id: id(),
        changes: z
          .object({ name: shortText(), colour: colour().nullable(), description: z.string().max(20_000).nullable() })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  /** Moves a topic under another (or to the top); a move under its own descendant is refused. */
  'topics.move': call<Topic>()(() => z.object({ id: id(), parentId: id().nullable() }).strict()),
  /** `sourceId` disappears into `targetId`: its tags, notes and children follow. */
  'topics.merge': call<Topic>()(() => z.object({ sourceId: id(), targetId: id() }).strict()),
  /** Deletes a topic, its children and their tags (undoable). */
  'topics.delete': call<{ deleted: number }>()(() => z.object({ id: id() }).strict()),

  'notes.list': call<Note[]>()(() => z.object({ target: noteTarget() }).strict()),
  'notes.create': call<Note>()(() => z.object({ target: noteTarget(), body: z.string().trim().min(1).max(100_000) }).strict()),
  'notes.update': call<Note>()(() => z.object({ id: id(), body: z.string().trim().min(1).max(100_000) }).strict()),
  'notes.delete': call<{ deleted: boolean }>()(() => z.object({ id: id() }).strict()),

  /** Statements of this article reported by other articles too, found across the whole archive. */
  'quotes.pairs': call<QuotePair[]>()(() => z.object({ articleId: id(), otherArticleId: id().optional() }).strict()),

  'history.undo': call<HistoryStep>()(() => z.object({}).strict()),
  'history.redo': call<HistoryStep>()(() => z.object({}).strict()),
  'history.state': call<HistoryState>()(() => z.object({}).strict()),
  'history.list': call<HistoryPage>()(() => z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict()),

  /** Statements and notes whose words were not found again after their article's text changed. */
  'anchors.orphans': call<Orphan[]>()(() => z.object({ articleId: id().optional() }).strict()),
  /** Re-attaches an orphan to a new span of its article. */
  'anchors.reattach': call<{ reattached: boolean }>()(() =>
    z.object({ kind: z.enum(['statement', 'note']), id: id(), start: z.number().int().min(0), end: z.number().int().min(1) }).strict(),
  ),
  /** Deletes an orphan whose words are gone (a statement with its tags and notes); undoable. */
  'anchors.discard': call<{ discarded: boolean }>()(() => z.object({ kind: z.enum(['statement', 'note']), id: id() }).strict()),
} as const;
