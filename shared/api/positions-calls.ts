import * as z from 'zod';
import type {
  CellQuotes,
  PositionOptions,
  PositionsMatrix,
  PositionsNetwork,
  PositionsTimeline,
  SavedView,
  VersusColumn,
} from '../domain/positions';
import { ANALYSED_REVIEW_STATES } from '../domain/positions';
import { call, lazySchema } from './calls';

const id = lazySchema(() => z.number().int().positive());
const day = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day as YYYY-MM-DD'));
/** ISO alpha-2, or '' for statements whose nation is unknown. */
const nation = lazySchema(() => z.string().regex(/^([A-Z]{2})?$/, 'an ISO 3166-1 alpha-2 code, or empty for unknown'));

export const positionFiltersSchema = lazySchema(() =>
  z
    .object({
      from: day().optional(),
      to: day().optional(),
      outlets: z.array(z.string().max(500)).max(1000).optional(),
      reviewStates: z.array(z.enum(ANALYSED_REVIEW_STATES)).min(1).max(3).optional(),
    })
    .strict()
    .refine((f) => !f.from || !f.to || f.from <= f.to, 'the period ends before it starts'),
);

const columnRef = lazySchema(() => z.object({ kind: z.enum(['topics', 'articles', 'stories']), id: id() }).strict());

export const positionsCalls = {
  /** Nations × topics (or × articles / stories before anything is tagged) with stance mix, count and latest quote. */
  'positions.matrix': call<PositionsMatrix>()(() =>
    z
      .object({
        filters: positionFiltersSchema(),
        columns: z.enum(['auto', 'topics', 'articles', 'stories']),
        topicIds: z.array(id()).max(500).optional(),
      })
      .strict(),
  ),
  /** One cell's quotes with their sources, newest first. */
  'positions.cell': call<CellQuotes>()(() =>
    z
      .object({ filters: positionFiltersSchema(), nation: nation(), column: columnRef(), limit: z.number().int().min(1).max(1000) })
      .strict(),
  ),
  /** Two or more nations' statements on one topic (or on everything when no topic is given), each in time order. */
  'positions.versus': call<VersusColumn[]>()(() =>
    z
      .object({ filters: positionFiltersSchema(), topicId: id().nullable(), nations: z.array(nation()).min(1).max(12) })
      .strict(),
  ),
  'positions.timeline': call<PositionsTimeline>()(() =>
    z
      .object({
        filters: positionFiltersSchema(),
        topicId: id().nullable(),
        nation: nation().nullable(),
        actorId: id().nullable(),
      })
      .strict()
      .refine((a) => a.nation !== null || a.actorId !== null, 'choose a nation or an actor'),
  ),
  'positions.network': call<PositionsNetwork>()(() =>
    z.object({ filters: positionFiltersSchema(), nodes: z.enum(['nations', 'actors']) }).strict(),
  ),
  /** What the filters can choose from. */
  'positions.options': call<PositionOptions>()(() => z.object({}).strict()),
  'positions.views.list': call<SavedView[]>()(() => z.object({}).strict()),
  /** Saves a named view; a name already used is overwritten. */
  'positions.views.save': call<SavedView>()(() =>
    z.object({ name: z.string().trim().min(1).max(200), state: z.string().max(20_000) }).strict(),
  ),
  'positions.views.delete': call<{ deleted: boolean }>()(() => z.object({ id: id() }).strict()),
} as const;
