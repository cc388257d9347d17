import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../shared/api/calls';
import type { FileUpload } from '../../shared/api/calls';
import { extractStatements } from '../../shared/extraction';
import { createArticleQueries } from './articles/article-queries';
import { createArticleStore } from './articles/article-store';
import { schemaVersion } from './db/migrate';
import { openArchive } from './db/open';
import { EventHub } from './events';
import { readPaths, readSources } from './import/formats';
import type { ImportSource } from './import/formats/types';
import { ImportJobs, type ImportInput, type RunningImport } from './import/import-jobs';
import { createStoryLinker } from './import/story-linker';
import { createStatementStore } from './statements/statement-store';

export interface CoreOptions {
  archivePath: string;
  /** better-sqlite3 binary for another ABI: the desktop app passes its Electron build. */
  nativeBinding?: string;
}

export interface Core {
  readonly archivePath: string;
  readonly handlers: ApiHandlers;
  readonly events: Pick<EventHub, 'on'>;
  /** For hosts that wait for an import to end (the CLI). */
  importPaths(paths: string[]): RunningImport;
  close(): void;
}

/** Bumped whenever the extractor's output changes, so re-extraction knows what is stale. */
const EXTRACTOR_VERSION = '1';

export function createCore(options: CoreOptions): Core {
  const db: Database = openArchive(options.archivePath, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const events = new EventHub();
  const articleQueries = createArticleQueries(db);
  const articles = createArticleStore(db);
  const statements = createStatementStore(db);
  const jobs = new ImportJobs({
    db,
    articles,
    statements,
    stories: createStoryLinker(db),
    events,
    extract: extractStatements,
    extractorVersion: EXTRACTOR_VERSION,
  });

  const importPaths = (paths: string[]) => jobs.start(readPaths(paths) as AsyncIterable<ImportInput>);

  const handlers = {
    'archive.info': async () => ({
      path: options.archivePath,
      schemaVersion: schemaVersion(db),
      articleCount: articleQueries.count(),
      statementCount: statements.count(),
    }),
    'articles.list': async ({ offset, limit, query }) => articleQueries.list(offset, limit, query),
    'articles.get': async ({ id }) => articleQueries.get(id),
    'statements.forArticle': async ({ articleId }) => statements.forArticle(articleId),
    'import.files': async ({ files }) => ({ jobId: jobs.start(readUploads(files)).jobId }),
    'import.paths': async ({ paths }) => ({ jobId: importPaths(paths).jobId }),
    'import.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  } satisfies ApiHandlers;

  return {
    archivePath: options.archivePath,
    handlers,
    events,
    importPaths,
    close: () => db.close(),
  };
}

async function* readUploads(files: FileUpload[]): AsyncGenerator<ImportInput> {
  for (const file of files) {
    const source: ImportSource = {
      path: file.path,
      name: file.name,
      bytes: file.bytes,
      modifiedAt: file.lastModified === null ? null : new Date(file.lastModified),
      depth: 0,
    };
    yield* readSources(source) as AsyncIterable<ImportInput>;
  }
}
