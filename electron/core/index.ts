import type { Database } from 'better-sqlite3';
import type { ApiHandlers, FileUpload } from '../../shared/api/calls';
import { extractStatements } from '../../shared/extraction';
import { createArticleQueries } from './articles/article-queries';
import { createArticleStore } from './articles/article-store';
import { createBriefingHandlers } from './briefings/briefing-handlers';
import { schemaVersion } from './db/migrate';
import { createDesk } from './desk';
import { createArticleVersions } from './desk/article-versions';
import { openArchive } from './db/open';
import { EventHub } from './events';
import type { ImportSource } from './import/formats/types';
import { ImportJobs, type RunningImport } from './import/import-jobs';
import type { PreparedResult, PrepareTask } from './import/prepare';
import { PreparePool } from './import/prepare-pool';
import { createStoryLinker } from './import/story-linker';
import { walkPaths } from './import/walk-paths';
import { createPositionsHandlers } from './positions';
import { createInterchangeHandlers } from './interchange';
import { createReextractor } from './statements/reextract';
import { createStatementStore } from './statements/statement-store';

export { SOURCE_WORKER_PATH } from './import/prepare-pool';

export interface CoreOptions {
  archivePath: string;
  /** better-sqlite3 binary for another ABI: the desktop app passes its Electron build. */
  nativeBinding?: string;
  /**
   * Worker script that prepares imports on other cores (the hosts pass SOURCE_WORKER_PATH or the
   * desktop build's bundled script); without one, imports are prepared on the core's own thread.
   */
  importWorkerPath?: string | null;
}

export interface Core {
  readonly archivePath: string;
  readonly handlers: ApiHandlers;
  readonly events: Pick<EventHub, 'on'>;
  /** For hosts that wait for an import to end (the CLI). */
  importPaths(paths: string[]): RunningImport;
  /** Loads the import workers ahead of the first drop (interactive hosts call it once idle). */
  warmUp(): void;
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
  const reextractor = createReextractor(db, statements, extractStatements, EXTRACTOR_VERSION);
  const desk = createDesk({ db, events, articleQueries, extract: extractStatements });
  const jobs = new ImportJobs({
    db,
    articles,
    statements,
    stories: createStoryLinker(db),
    events,
    extractorVersion: EXTRACTOR_VERSION,
    countArticles: () => articleQueries.count(),
    versions: createArticleVersions({ db, anchors: desk.anchors, reextract: (id, extraction) => reextractor.article(id, extraction) }),
  });
  const pool = new PreparePool({ workerPath: options.importWorkerPath ?? null });

  const importPaths = (paths: string[]) => {
    const found = { files: 0 };
    return jobs.start(pool.run(pathTasks(paths, found)), () => found.files);
  };

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
    'statements.reextract': async ({ articleIds }) => {
      const outcome = reextractor.run(articleIds);
      if (outcome.articles > 0) events.emit('archive.changed', { articleCount: articleQueries.count() });
      return outcome;
    },
    'import.files': async ({ files }) => ({ jobId: jobs.start(pool.run(uploadTasks(files)), () => files.length).jobId }),
    'import.paths': async ({ paths }) => ({ jobId: importPaths(paths).jobId }),
    'import.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    ...createBriefingHandlers(db),
    ...desk.handlers,
    ...createPositionsHandlers(db),
    ...createInterchangeHandlers(db, EXTRACTOR_VERSION, () => events.emit('archive.changed', { articleCount: articleQueries.count() })),
  } satisfies ApiHandlers;

  return {
    archivePath: options.archivePath,
    handlers,
    events,
    importPaths,
    warmUp: () => pool.warm(),
    close: () => {
      pool.close();
      db.close();
    },
  };
}

async function* uploadTasks(files: FileUpload[]): AsyncGenerator<PrepareTask> {
  for (const file of files) {
    const source: ImportSource = {
      path: file.path,
      name: file.name,
      bytes: file.bytes,
      modifiedAt: file.lastModified === null ? null : new Date(file.lastModified),
      depth: 0,
    };
    yield { kind: 'source', source };
  }
}

async function* pathTasks(paths: string[], found: { files: number }): AsyncGenerator<PrepareTask | PreparedResult> {
  for await (const walked of walkPaths(paths)) {
    found.files++;
    yield walked.kind === 'file' ? { kind: 'file', path: walked.path } : { path: walked.path, error: { code: walked.error.code, message: walked.error.message } };
  }
}
