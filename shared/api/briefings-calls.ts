import * as z from 'zod';
import {
  BRIEFING_TEMPLATES,
  EXPORT_FORMATS,
  type Briefing,
  type BriefingExport,
  type BriefingNode,
  type BriefingSummary,
  type BriefingVersion,
  type CitableStatement,
  type ResolvedCitation,
} from '../domain/briefings';
// Only calls.ts imports this file (it spreads the calls into apiCalls), so the cycle is safe:
// `call` and `lazySchema` are hoisted function declarations.
import { call, lazySchema } from './calls';
import { positionFiltersSchema } from './positions-calls';

const id = lazySchema(() => z.number().int().positive());
const offset = lazySchema(() => z.number().int().min(0));

/** The largest briefing body accepted (as JSON text): far beyond a 50-page briefing. */
export const MAX_BRIEFING_JSON = 20_000_000;
const MAX_DEPTH = 40;

const markSchema = lazySchema(() => z.object({ type: z.string().min(1).max(64), attrs: z.record(z.string(), z.unknown()).optional() }));

const nodeSchema: () => z.ZodType<BriefingNode> = lazySchema(() =>
  z.lazy(() =>
    z.object({
      type: z.string().min(1).max(64),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(nodeSchema()).max(100_000).optional(),
      text: z.string().optional(),
      marks: z.array(markSchema()).max(32).optional(),
    }),
  ),
);

function depth(node: BriefingNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depth));
}

export const briefingDocSchema = lazySchema(() =>
  z
    .object({ type: z.literal('doc'), content: z.array(nodeSchema()).max(100_000) })
    .refine((doc) => depth(doc) <= MAX_DEPTH, `A briefing may nest at most ${MAX_DEPTH} levels deep.`)
    .refine((doc) => JSON.stringify(doc).length <= MAX_BRIEFING_JSON, 'This briefing is too large to save (over 20 MB of text).'),
);

const title = lazySchema(() => z.string().trim().min(1).max(500));

const citationRef = lazySchema(() => z.object({ statementId: id(), articleId: id(), start: offset(), end: offset(), quotedText: z.string().max(100_000) }).strict());

export const briefingCalls = {
  'briefings.list': call<BriefingSummary[]>()(() => z.object({}).strict()),
  'briefings.get': call<{ briefing: Briefing; citations: ResolvedCitation[] }>()(() => z.object({ id: id() }).strict()),
  /** A new briefing from a template; "positions by nation" is filled from a topic, the current matrix, given statements, or every statement with a nation. */
  'briefings.create': call<Briefing>()(() =>
    z
      .object({
        template: z.enum(BRIEFING_TEMPLATES),
        title: title().optional(),
        topicId: id().optional(),
        statementIds: z.array(id()).max(10_000).optional(),
        /** The positions matrix as the analyst has it: its filters and what its columns are. */
        matrix: z.object({ filters: positionFiltersSchema(), columns: z.enum(['auto', 'topics', 'articles', 'stories']) }).strict().optional(),
      })
      .strict(),
  ),
  /** Autosave: the whole document (its title is its first line); a version is kept every few minutes. */
  'briefings.save': call<BriefingSummary>()(() => z.object({ id: id(), body: briefingDocSchema() }).strict()),
  'briefings.duplicate': call<Briefing>()(() => z.object({ id: id() }).strict()),
  'briefings.delete': call<{ deleted: boolean }>()(() => z.object({ id: id() }).strict()),
  'briefings.versions': call<BriefingVersion[]>()(() => z.object({ id: id() }).strict()),
  /** Keeps the briefing as it is now as a named version. */
  'briefings.saveVersion': call<BriefingVersion>()(() => z.object({ id: id(), label: z.string().trim().min(1).max(200) }).strict()),
  /** Brings back a version; the text it replaces is kept as a version first. */
  'briefings.restoreVersion': call<Briefing>()(() => z.object({ versionId: id() }).strict()),
  /** Looks citations up as they read now (speaker, role, nation, outlet, date, article, flags). */
  'briefings.resolveCitations': call<ResolvedCitation[]>()(() => z.object({ refs: z.array(citationRef()).max(20_000) }).strict()),
  /** Statements to cite, newest articles first; rejected ones are never offered. */
  'briefings.statements': call<CitableStatement[]>()(() =>
    z
      .object({
        query: z.string().max(1000).optional(),
        topicId: id().optional(),
        limit: z.number().int().min(1).max(1000),
      })
      .strict(),
  ),
  /** Topics with how many statements are tagged on each (for the template picker). */
  'briefings.topics': call<{ id: number; name: string; statementCount: number }[]>()(() => z.object({}).strict()),
  'briefings.export': call<BriefingExport>()(() => z.object({ id: id(), format: z.enum(EXPORT_FORMATS) }).strict()),
};
