import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/calls';
import type { positionsCalls } from '../../../shared/api/positions-calls';
import type { PositionOptions } from '../../../shared/domain/positions';
import { createMatrixQuery } from './matrix-query';
import { createNetworkQuery } from './network-query';
import { ensurePositionIndex } from './position-index';
import { createMatrixQuoteLoader, createQuoteLoader } from './position-quotes';
import { createSavedViews } from './saved-views';
import { createStatementLists } from './statement-lists';
import { topicPaths } from './topic-paths';

type PositionsHandlers = Pick<ApiHandlers, keyof typeof positionsCalls>;

/** The positions views: matrix, a cell's quotes, nation against nation, timeline, network, saved views. */
export function createPositionsHandlers(db: Database): PositionsHandlers {
  ensurePositionIndex(db);
  const loadQuotes = createQuoteLoader(db);
  const matrix = createMatrixQuery(db, createMatrixQuoteLoader(db));
  const lists = createStatementLists(db, loadQuotes);
  const network = createNetworkQuery(db);
  const views = createSavedViews(db);

  const options = (): PositionOptions => {
    const range = db
      .prepare<[], { earliest: string | null; latest: string | null }>(
        `SELECT min(substr(published_at, 1, 10)) AS earliest, max(substr(published_at, 1, 10)) AS latest FROM articles
         WHERE published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`,
      )
      .get();
    return {
      outlets: db
        .prepare<[], { outlet: string }>(`SELECT DISTINCT coalesce(outlet, '') AS outlet FROM articles ORDER BY outlet COLLATE NOCASE`)
        .all()
        .map((r) => r.outlet),
      topics: topicPaths(db).map(({ id, path }) => ({ id, path })),
      nations: db
        .prepare<[], { nation: string }>(`SELECT DISTINCT nation FROM statements WHERE nation IS NOT NULL ORDER BY nation`)
        .all()
        .map((r) => r.nation),
      actors: db
        .prepare<[], { id: number; name: string; nation: string }>(
          `SELECT id, name, coalesce(nation, '') AS nation FROM actors ORDER BY name COLLATE NOCASE LIMIT 5000`,
        )
        .all(),
      earliest: range?.earliest ?? null,
      latest: range?.latest ?? null,
      taggedCount:
        db.prepare<[], { n: number | null }>(`SELECT sum(n) AS n FROM position_cells WHERE review_state <> 'rejected'`).get()?.n ?? 0,
    };
  };

  return {
    'positions.matrix': async ({ filters, columns, topicIds }) => matrix(filters, columns, topicIds),
    'positions.cell': async ({ filters, nation, column, limit }) => lists.cell(filters, nation, column, limit),
    'positions.versus': async ({ filters, topicId, nations }) => lists.versus(filters, topicId, nations),
    'positions.timeline': async ({ filters, topicId, nation, actorId }) => lists.timeline(filters, topicId, nation, actorId),
    'positions.network': async ({ filters, nodes }) => network(filters, nodes),
    'positions.options': async () => options(),
    'positions.views.list': async () => views.list(),
    'positions.views.save': async ({ name, state }) => views.save(name, state),
    'positions.views.delete': async ({ id }) => ({ deleted: views.delete(id) }),
  };
}
