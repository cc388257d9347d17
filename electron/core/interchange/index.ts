import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/calls';
import type { interchangeCalls } from '../../../shared/api/interchange-calls';
import { createArchiveReader } from './archive-content';
import { exportQdpx } from './qdpx-export';
import { statementsCsv } from './statements-csv';

type InterchangeHandlers = Pick<ApiHandlers, keyof typeof interchangeCalls>;

/** CSV and REFI-QDA exports, and REFI-QDA import; `onImported` lets the host announce the change. */
export function createInterchangeHandlers(db: Database, extractorVersion: string, onImported: () => void): InterchangeHandlers {
  const reader = createArchiveReader(db);
  return {
    'interchange.statementsCsv': async () => statementsCsv(reader),
    'interchange.exportQdpx': async () => exportQdpx(reader),
    'interchange.importQdpx': async ({ name, bytes }) => {
      // The XML reader (linkedom) loads only for an import, not at every start of the server or a command.
      const { importQdpx } = await import('./qdpx-import');
      const outcome = importQdpx(db, name, bytes, extractorVersion);
      if (outcome.articles > 0) onImported();
      return outcome;
    },
  };
}
