import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/calls';
import type { deskCalls } from '../../../shared/api/desk-calls';
import type { EventHub } from '../events';

type DeskHandlers = Pick<ApiHandlers, keyof typeof deskCalls>;

function notBuiltYet(name: string): () => Promise<never> {
  return () => Promise.reject(new Error(`${name} is not built yet (desk-core, issue 7).`));
}

/** The desk's calls: review, correction, actors, topics, tags, notes, search, quote pairs, history. */
export function createDeskHandlers(_db: Database, _events: EventHub): DeskHandlers {
  const names = [
    'statements.inArticle', 'statements.get', 'statements.confirm', 'statements.reject', 'statements.restore',
    'statements.update', 'statements.suggest', 'statements.create', 'statements.tag', 'statements.untag',
    'statements.search', 'articles.update', 'articles.siblings', 'articles.outlets', 'actors.list', 'actors.get',
    'actors.create', 'actors.update', 'actors.setNation', 'actors.merge', 'actors.split', 'topics.tree',
    'topics.create', 'topics.update', 'topics.move', 'topics.merge', 'topics.delete', 'notes.list', 'notes.create',
    'notes.update', 'notes.delete', 'quotes.pairs', 'history.undo', 'history.redo', 'history.state', 'history.list',
    'anchors.orphans', 'anchors.reattach',
  ] as const satisfies readonly (keyof DeskHandlers)[];
  return Object.fromEntries(names.map((name) => [name, notBuiltYet(name)])) as unknown as DeskHandlers;
}
