import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/calls';
import { citationsIn, type Briefing, type BriefingDoc, type BriefingTemplate } from '../../../shared/domain/briefings';
import { citationDate } from '../../../shared/briefings/citation-line';
import type { MatrixColumnKind, PositionFilters } from '../../../shared/domain/positions';
import { createBriefingStore } from './briefing-store';
import { createCitationResolver } from './citation-resolver';
import { exportBriefing } from './export';
import { createStatementFinder, type StatementFinder } from './statement-finder';
import { buildTemplate, defaultTitle } from './templates';

/** Quotes per nation a template starts with: enough to read a position, few enough to edit. */
const QUOTES_PER_NATION: Record<BriefingTemplate, number> = { blank: 0, 'bottom-line-up-front': 3, 'positions-by-nation': 8 };

export interface TemplateRequest {
  template: BriefingTemplate;
  title?: string;
  topicId?: number;
  statementIds?: readonly number[];
  matrix?: { filters: PositionFilters; columns: MatrixColumnKind | 'auto' };
}

function periodWords(filters: PositionFilters): string | null {
  if (filters.from && filters.to) return `${citationDate(filters.from)} to ${citationDate(filters.to)}`;
  if (filters.from) return `since ${citationDate(filters.from)}`;
  if (filters.to) return `until ${citationDate(filters.to)}`;
  return null;
}

export function templateDoc(finder: StatementFinder, request: TemplateRequest): BriefingDoc {
  const topicName = request.topicId === undefined ? null : finder.topicName(request.topicId);
  if (request.topicId !== undefined && topicName === null) throw new Error(`No topic with id ${request.topicId} in this archive.`);
  const perNation = QUOTES_PER_NATION[request.template];
  const matrix = request.matrix;
  // The matrix counts tagged statements when its columns are topics ("auto" means topics once any are tagged).
  const anyTopic = matrix ? matrix.columns === 'topics' || (matrix.columns === 'auto' && finder.anyTagged()) : false;
  const nations =
    perNation === 0 ? [] : finder.byNation({ topicId: request.topicId, anyTopic, filters: matrix?.filters, statementIds: request.statementIds, perNation });
  const period = matrix ? periodWords(matrix.filters) : null;
  const title = request.title ?? (period ? `${defaultTitle(request.template, topicName)}, ${period}` : defaultTitle(request.template, topicName));
  return buildTemplate({ template: request.template, title, topicName, nations });
}

type BriefingCallName = Extract<keyof ApiHandlers, `briefings.${string}`>;

/** The briefings' calls, spread into the core's handlers. */
export function createBriefingHandlers(db: Database): Pick<ApiHandlers, BriefingCallName> {
  const store = createBriefingStore(db);
  const resolver = createCitationResolver(db);
  const finder = createStatementFinder(db);
  const withCitations = (briefing: Briefing) => ({ briefing, citations: resolver.resolve(citationsIn(briefing.body)) });

  return {
    'briefings.list': async () => store.list(),
    'briefings.get': async ({ id }) => withCitations(store.get(id)),
    'briefings.create': async (request) => store.create(templateDoc(finder, request)),
    'briefings.save': async ({ id, body }) => store.save(id, body),
    'briefings.duplicate': async ({ id }) => store.duplicate(id),
    'briefings.delete': async ({ id }) => ({ deleted: store.delete(id) }),
    'briefings.versions': async ({ id }) => store.versions(id),
    'briefings.saveVersion': async ({ id, label }) => store.saveVersion(id, label),
    'briefings.restoreVersion': async ({ versionId }) => store.restoreVersion(versionId),
    'briefings.resolveCitations': async ({ refs }) => resolver.resolve(refs),
    'briefings.statements': async (options) => finder.list(options),
    'briefings.topics': async () => finder.topics(),
    'briefings.export': async ({ id, format }) => exportBriefing(store.get(id), format, resolver),
  };
}
