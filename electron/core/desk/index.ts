import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/calls';
import type { deskCalls } from '../../../shared/api/desk-calls';
import type { DeskChange } from '../../../shared/domain/desk';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import type { ArticleQueries } from '../articles/article-queries';
import { createArticleText } from '../articles/article-text';
import type { EventHub } from '../events';
import { createActorRegistry } from './actor-registry';
import { createActorDesk } from './actors';
import { createAnchorDesk } from './anchors';
import { createArticleDesk } from './articles';
import { createEditHistory, type RowChange } from './edit-history';
import { createNoteDesk } from './notes';
import { createQuotePairsCache } from './quote-pairs-cache';
import { createStatementEdits } from './statement-edits';
import { createStatementReader } from './statement-reader';
import { createStatementSearch } from './statement-search';
import { createTopicDesk } from './topics';

type DeskHandlers = Pick<ApiHandlers, keyof typeof deskCalls>;

export interface DeskDeps {
  db: Database;
  events: EventHub;
  articleQueries: ArticleQueries;
  extract: (text: string) => Promise<ExtractionResult>;
}

/** The desk's calls: review, correction, actors, topics, tags, notes, search, quote pairs, history. */
export function createDesk({ db, events, articleQueries, extract }: DeskDeps) {
  const history = createEditHistory(db);
  const registry = createActorRegistry(db);
  const reader = createStatementReader(db);
  const statements = createStatementEdits({ db, history, reader, actors: registry, extract });
  const actors = createActorDesk({ db, history, registry, reader });
  const topics = createTopicDesk({ db, history });
  const notes = createNoteDesk({ db, history });
  const articles = createArticleDesk({ db, history });
  const articleText = createArticleText(db);
  const search = createStatementSearch(db, reader);
  const anchors = createAnchorDesk({ db, history });
  const pairsCache = createQuotePairsCache(db, events);
  const articleOfStatement = db.prepare<[number], { article_id: number }>('SELECT article_id FROM statements WHERE id = ?');

  function changed(domains: DeskChange['domains'], articleIds: readonly (number | null | undefined)[] = [], tagsOf?: readonly number[]): void {
    const ids = [...new Set(articleIds.filter((id): id is number => typeof id === 'number'))];
    events.emit('desk.changed', {
      domains: [...new Set<DeskChange['domains'][number]>([...domains, 'history'])],
      articleIds: ids,
      ...(tagsOf ? { tagsOf: [...new Set(tagsOf)] } : {}),
    });
  }

  /** Which panes an undone or redone edit concerns. */
  function fromChanges(changes: readonly RowChange[]): void {
    const domains = new Set<DeskChange['domains'][number]>();
    const ids: number[] = [];
    for (const c of changes) {
      const row = c.after ?? c.before ?? {};
      if (c.table === 'statements' || c.table === 'statement_topics') domains.add('statements');
      if (c.table === 'articles') domains.add('articles');
      if (c.table === 'actors' || c.table === 'actor_names') domains.add('actors');
      if (c.table === 'topics' || c.table === 'statement_topics') domains.add('topics');
      if (c.table === 'notes') domains.add('notes');
      if (c.table === 'articles') ids.push(row.id as number);
      if (c.table === 'statements' || c.table === 'notes') ids.push(row.article_id as number);
      if (c.table === 'statement_topics') ids.push(articleOfStatement.get(row.statement_id as number)?.article_id as number);
    }
    // An undone or redone tag alone touches only its statements' tags.
    const onlyTags = changes.length > 0 && changes.every((c) => c.table === 'statement_topics');
    const tagged = onlyTags ? changes.map((c) => (c.after ?? c.before ?? {}).statement_id as number) : undefined;
    changed([...domains], ids, tagged);
  }

  const handlers: DeskHandlers = {
    'statements.inArticle': async ({ articleId, includeRejected }) => reader.inArticle(articleId, includeRejected ?? false),
    'statements.inArticlePage': async ({ articleId, includeRejected, after, limit }) =>
      reader.inArticlePage(articleId, includeRejected ?? false, after ?? null, limit),
    'statements.get': async ({ id }) => reader.get(id),
    'statements.confirm': async ({ id }) => {
      const s = statements.confirm(id);
      changed(['statements'], [s.articleId]);
      return s;
    },
    'statements.reject': async ({ id }) => {
      const s = statements.reject(id);
      changed(['statements'], [s.articleId]);
      return s;
    },
    'statements.restore': async ({ id }) => {
      const s = statements.restore(id);
      changed(['statements'], [s.articleId]);
      return s;
    },
    'statements.update': async ({ id, changes }) => {
      const s = statements.update(id, changes);
      changed(['statements', 'actors'], [s.articleId]);
      return s;
    },
    'statements.suggest': async ({ articleId, start, end }) => statements.suggest(articleId, start, end),
    'statements.create': async (input) => {
      const s = statements.create(input);
      changed(['statements', 'actors'], [s.articleId]);
      return s;
    },
    'statements.tag': async ({ statementId, topicId, stance }) => {
      const s = statements.tag(statementId, topicId, stance);
      changed(['statements', 'topics'], [s.articleId], [s.id]);
      return s;
    },
    'statements.untag': async ({ statementId, topicId }) => {
      const s = statements.untag(statementId, topicId);
      changed(['statements', 'topics'], [s.articleId], [s.id]);
      return s;
    },
    'statements.search': async (args) => search.search(args),

    'articles.update': async ({ id, changes }) => {
      articles.update(id, changes);
      changed(['articles'], [id]);
      return articleQueries.get(id);
    },
    'articles.open': async ({ id }) => articleText.open(id),
    'articles.outline': async ({ id }) => articleText.outline(id),
    'articles.textRange': async ({ id, start, end }) => articleText.range(id, start, end),
    'articles.find': async ({ id, query }) => articleText.find(id, query),
    'articles.siblings': async ({ id }) => articles.siblings(id),
    'articles.outlets': async () => articles.outlets(),

    'actors.list': async (args) => actors.list(args),
    'actors.get': async ({ id }) => actors.get(id),
    'actors.create': async (input) => {
      const actor = actors.create(input);
      changed(['actors']);
      return actor;
    },
    'actors.update': async ({ id, changes }) => {
      const actor = actors.update(id, changes);
      changed(['actors']);
      return actor;
    },
    'actors.setNation': async ({ id, nation }) => {
      const outcome = actors.setNation(id, nation);
      changed(['actors', 'statements']);
      return outcome;
    },
    'actors.merge': async ({ sourceId, targetId }) => {
      const actor = actors.merge(sourceId, targetId);
      changed(['actors', 'statements']);
      return actor;
    },
    'actors.split': async ({ id, statementIds, name, aliases, nation }) => {
      const outcome = actors.split(id, statementIds, name, aliases, nation);
      changed(['actors', 'statements']);
      return outcome;
    },

    'topics.tree': async () => topics.tree(),
    'topics.create': async (input) => {
      const topic = topics.create(input);
      changed(['topics']);
      return topic;
    },
    'topics.update': async ({ id, changes }) => {
      const topic = topics.update(id, changes);
      changed(['topics', 'statements']);
      return topic;
    },
    'topics.move': async ({ id, parentId }) => {
      const topic = topics.move(id, parentId);
      changed(['topics', 'statements']);
      return topic;
    },
    'topics.merge': async ({ sourceId, targetId }) => {
      const topic = topics.merge(sourceId, targetId);
      changed(['topics', 'statements', 'notes']);
      return topic;
    },
    'topics.delete': async ({ id }) => {
      const outcome = topics.delete(id);
      changed(['topics', 'statements', 'notes']);
      return outcome;
    },

    'notes.list': async ({ target }) => notes.list(target),
    'notes.create': async ({ target, body }) => {
      const note = notes.create(target, body);
      changed(['notes', 'statements'], [target.kind === 'article' ? target.id : target.kind === 'statement' ? articleOfStatement.get(target.id)?.article_id : null]);
      return note;
    },
    'notes.update': async ({ id, body }) => {
      const note = notes.update(id, body);
      changed(['notes'], [note.target.kind === 'article' ? note.target.id : null]);
      return note;
    },
    'notes.delete': async ({ id }) => {
      const outcome = notes.delete(id);
      if (outcome.deleted) changed(['notes', 'statements'], [outcome.articleId]);
      return { deleted: outcome.deleted };
    },

    'quotes.pairs': async ({ articleId, otherArticleId }) =>
      pairsCache.pairs(articleId, otherArticleId, () => search.pairs(articleId, otherArticleId)),

    'history.undo': async () => {
      const { step, changes } = history.undo();
      if (step.entry) fromChanges(changes);
      return step;
    },
    'history.redo': async () => {
      const { step, changes } = history.redo();
      if (step.entry) fromChanges(changes);
      return step;
    },
    'history.state': async () => history.state(),
    'history.list': async ({ limit }) => history.list(limit ?? 100),

    'anchors.orphans': async ({ articleId }) => anchors.orphans(articleId),
    'anchors.reattach': async ({ kind, id, start, end }) => {
      const articleId = anchors.reattach(kind, id, start, end);
      changed(['statements', 'notes'], [articleId]);
      return { reattached: true };
    },
    'anchors.discard': async ({ kind, id }) => {
      const articleId = anchors.discard(kind, id);
      changed(['statements', 'notes'], [articleId]);
      return { discarded: true };
    },
  };

  return { handlers, anchors };
}
