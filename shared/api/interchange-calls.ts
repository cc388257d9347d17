import * as z from 'zod';
import type { QdpxImportOutcome } from '../domain/interchange';
import { call } from './calls';

export const interchangeCalls = {
  /** Every statement as CSV, one row each, rejected ones included with their review state. */
  'interchange.statementsCsv': call<string>()(() => z.object({}).strict()),
  /** The archive as a REFI-QDA project (.qdpx) for NVivo, MAXQDA, ATLAS.ti and QualCoder. */
  'interchange.exportQdpx': call<Uint8Array>()(() => z.object({}).strict()),
  'interchange.importQdpx': call<QdpxImportOutcome>()(() =>
    z.object({ name: z.string().min(1).max(1024), bytes: z.instanceof(Uint8Array) }).strict(),
  ),
} as const;
