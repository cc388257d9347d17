import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/calls';
import { citationsIn, type Briefing, type BriefingDoc, type BriefingTemplate } from '../../../shared/domain/briefings';
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
}

export function templateDoc(finder: StatementFinder, request: TemplateRequest): BriefingDoc {
  const topicName = request.topicId === undefined ? null : finder.topicName(request.topicId);
  if (request.topicId !== undefined && topicName === null) throw new Error(`No topic with id ${request.topicId} in this archive.`);
  const perNation = QUOTES_PER_NATION[request.template];
  const nations = perNation === 0 ? [] : finder.byNation({ topicId: request.topicId, statementIds: request.statementIds, perNation });
  return buildTemplate({ template: request.template, title: request.title ?? defaultTitle(request.template, topicName), topicName, nations });
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
