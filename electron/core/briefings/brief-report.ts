import type { Database } from 'better-sqlite3';
import type { BriefingExport, BriefingTemplate, ExportFormat } from '../../../shared/domain/briefings';
import { briefingTitleOf } from '../../../shared/domain/briefings';
import { templateDoc } from './briefing-handlers';
import { createBriefingStore } from './briefing-store';
import { createCitationResolver } from './citation-resolver';
import { exportBriefing } from './export';
import { createStatementFinder } from './statement-finder';

export class UnknownTopicError extends Error {
  override readonly name = 'UnknownTopicError';
}

export interface BriefReportRequest {
  format: ExportFormat;
  /** A saved briefing to write out, or a template to fill from the archive. */
  briefingId?: number;
  template?: BriefingTemplate;
  /** A topic's name or id. */
  topic?: string;
  title?: string;
}

/** A briefing for scripts (`parley brief`): written out without being saved in the archive. */
export async function briefReport(db: Database, request: BriefReportRequest): Promise<BriefingExport> {
  const resolver = createCitationResolver(db);
  if (request.briefingId !== undefined) return exportBriefing(createBriefingStore(db).get(request.briefingId), request.format, resolver);

  const finder = createStatementFinder(db);
  let topicId: number | undefined;
  if (request.topic !== undefined) {
    const topic = finder.findTopic(request.topic);
    if (!topic) {
      const known = finder.topics().map((t) => t.name);
      throw new UnknownTopicError(
        `No topic "${request.topic}" in this archive. ${known.length ? `Topics: ${known.join(', ')}.` : 'No topics are tagged yet; leave --topic out to brief from every statement with a nation.'}`,
      );
    }
    topicId = topic.id;
  }
  const doc = templateDoc(finder, { template: request.template ?? 'positions-by-nation', topicId, title: request.title });
  return exportBriefing({ title: briefingTitleOf(doc), body: doc }, request.format, resolver);
}
