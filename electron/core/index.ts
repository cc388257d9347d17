import { resolve, sep } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { ApiHandlers, FileUpload } from '../../shared/api/calls';
import { createArticleQueries } from './articles/article-queries';
import { createArticleStore } from './articles/article-store';
import { createBriefingHandlers } from './briefings/briefing-handlers';
import { schemaVersion } from './db/migrate';
import { ArchiveReadOnlyError, checkWritable, openArchive } from './db/open';
import { backupCopier } from './backup/backup-copier';
import { backupIfDue, createBackup, listBackups } from './backup/backups';
import { createDesk } from './desk';
import { createArticleVersions } from './desk/article-versions';
import { EventHub } from './events';
import { archiveLookup } from './import/archive-lookup';
import type { ImportSource } from './import/formats/types';
import { ImportJobs, type ImportInput, type RunningImport } from './import/import-jobs';
import type { PreparedResult, PrepareTask } from './import/prepare';
import { PreparePool } from './import/prepare-pool';
import { createStoryLinker } from './import/story-linker';
import { walkPaths } from './import/walk-paths';
import { createPositionsHandlers } from './positions';
import { createInterchangeHandlers } from './interchange';
import { createReextractor } from './statements/reextract';
import { createStatementStore } from './statements/statement-store';

export { SOURCE_WORKER_PATH } from './import/prepare-pool';
export { SOURCE_BACKUP_WORKER_PATH } from './backup/backup-copier';

export interface CoreOptions {
  archivePath: string;
  /** better-sqlite3 binary for another ABI: the desktop app passes its Electron build. */
  nativeBinding?: string;
  /**
   * Worker script that prepares imports on other cores (the hosts pass SOURCE_WORKER_PATH or the
   * desktop build's bundled script); without one, imports are prepared on the core's own thread.
   */
  importWorkerPath?: string | null;
  /**
   * Worker script that makes and checks each backup copy (the hosts pass SOURCE_BACKUP_WORKER_PATH or
   * the desktop build's bundled script); without one, the copy's sync to disk and its check hold the
   * core's thread (well over a second for a 300 MB archive).
   */
  backupWorkerPath?: string | null;
  /** For commands that only read: the archive must exist and is opened read only. */
  readonly?: boolean;
  /** How long no call and no import must run before the automatic backup starts (default 5 s). */
  backupQuietMs?: number;
}

export interface Core {
  readonly archivePath: string;
  readonly handlers: ApiHandlers;
  readonly events: Pick<EventHub, 'on'>;
  /** Files and folders the user chose (the desktop app's dialog or drop, the command line); never from a page. */
  importPaths(paths: string[]): RunningImport;
  /**
   * Loads the import workers ahead of the first drop and keeps them while the host is open; they compile
   * the import code meanwhile, and the promise resolves once they have.
   */
  warmUp(): Promise<void>;
  /** An automatic backup when the newest is a day old, made once the archive has been quiet for a while. */
  backupIfDue(): Promise<void>;
  /** Cancels running imports, waits for each to commit its slice, then closes, once a backup in flight has removed its copy. */
  stop(): Promise<void>;
  close(): void;
}

/** Bumped whenever the extractor's output changes, so re-extraction knows what is stale. */
const EXTRACTOR_VERSION = '1';

/**
 * A backup copies the whole archive (hundreds of megabytes for a large one): it waits for a pause
 * in the analyst's work rather than competing with the first clicks after start-up.
 */
const BACKUP_QUIET_MS = 5_000;

export function createCore(options: CoreOptions): Core {
  const db: Database = openArchive(options.archivePath, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    readonly: options.readonly ?? false,
  });
  const events = new EventHub();
  const articleQueries = createArticleQueries(db);
  const articles = createArticleStore(db);
  const statements = createStatementStore(db);
  // The extractor loads on first use: hosts that only read never pay for it.
  const loadExtractor = () => import('../../shared/extraction').then((m) => m.extractStatements);
  const desk = createDesk({ db, events, articleQueries, extract: async (text) => (await loadExtractor())(text) });
  const jobs = new ImportJobs({
    db,
    articles,
    statements,
    stories: createStoryLinker(db),
    events,
    extractorVersion: EXTRACTOR_VERSION,
    countArticles: () => articleQueries.count(),
    versions: createArticleVersions({ db, anchors: desk.anchors, reextract: (id, extraction) =>
        // The import workers extracted the new text already.
        createReextractor(db, statements, () => extraction, EXTRACTOR_VERSION).article(id),
    }),
  });
  const pool = new PreparePool({
    workerPath: options.importWorkerPath ?? null,
    archivePath: options.archivePath,
    nativeBinding: options.nativeBinding ?? null,
    lookup: archiveLookup(db),
  });
  const copier = backupCopier({ db, archivePath: options.archivePath, workerPath: options.backupWorkerPath ?? null, nativeBinding: options.nativeBinding ?? null });
  /** Backups being made: closing stops them, and stop waits until each has removed its unfinished copy. */
  const backupsInFlight = new Set<Promise<unknown>>();
  const tracked = <T>(backup: Promise<T>): Promise<T> => {
    const settled = backup.then(
      () => undefined,
      () => undefined,
    );
    backupsInFlight.add(settled);
    void settled.then(() => backupsInFlight.delete(settled));
    return backup;
  };

  /** A read-only or full archive is told once, before any file is read. */
  const startImport = (inputs: () => AsyncIterable<ImportInput>, queued: () => number): RunningImport => {
    try {
      checkWritable(db, options.archivePath);
    } catch (error) {
      return jobs.refuse(error instanceof Error ? error.message : String(error));
    }
    return jobs.start(inputs(), queued);
  };

  const importPaths = (paths: string[]) => {
    const found = { files: 0 };
    return startImport(() => pool.run(pathTasks(paths, found, options.archivePath)), () => found.files);
  };

  const handlers = {
    'archive.info': async () => ({
      path: options.archivePath,
      schemaVersion: schemaVersion(db),
      articleCount: articleQueries.count(),
      statementCount: statements.count(),
    }),
    'articles.list': async (args) => articleQueries.list(args),
    'articles.get': async ({ id }) => articleQueries.get(id),
    'statements.forArticle': async ({ articleId }) => statements.forArticle(articleId),
    'statements.reextract': async ({ articleIds }) => {
      const outcome = createReextractor(db, statements, await loadExtractor(), EXTRACTOR_VERSION).run(articleIds);
      if (outcome.articles > 0) events.emit('archive.changed', { articleCount: articleQueries.count() });
      return outcome;
    },
    'import.files': async ({ files }) => ({ jobId: startImport(() => pool.run(uploadTasks(files)), () => files.length).jobId }),
    'import.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    ...createBriefingHandlers(db),
    ...desk.handlers,
    ...createPositionsHandlers(db),
    ...createInterchangeHandlers(db, EXTRACTOR_VERSION, () => events.emit('archive.changed', { articleCount: articleQueries.count() })),
    'backups.list': async () => listBackups(options.archivePath),
    'backups.create': async () => tracked(createBackup(db, options.archivePath, new Date(), copier)),
  } satisfies ApiHandlers;

  let lastCallAt = performance.now();
  const trackedHandlers = Object.fromEntries(
    Object.entries(handlers).map(([name, handle]) => [
      name,
      async (args: never) => {
        lastCallAt = performance.now();
        try {
          return await (handle as (args: never) => unknown)(args);
        } catch (error) {
          throw readOnlyAsSuch(error, options.archivePath);
        }
      },
    ]),
  ) as unknown as typeof handlers;
  const quietMs = options.backupQuietMs ?? BACKUP_QUIET_MS;
  /** Resolves once no call has come for quietMs and no import runs (or the archive closed). */
  const quiet = async () => {
    for (;;) {
      const wait = lastCallAt + quietMs - performance.now();
      if (closed || (wait <= 0 && !jobs.busy)) return;
      await delay(Math.max(wait, 100), undefined, { ref: false });
    }
  };

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    pool.close();
    copier.close();
    // The import workers' read connections may outlive this one by a moment, and then SQLite's own
    // checkpoint on close does not run: the work would stay in the -wal file, and a copy of the
    // archive file alone (the one file an analyst would copy) would lack it. Passive: it never waits
    // for another process's readers, and whatever it cannot copy stays in the WAL for the next open.
    if (!db.readonly) {
      try {
        db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // Nothing is lost: the WAL is kept as it is.
      }
    }
    db.close();
  };

  return {
    archivePath: options.archivePath,
    handlers: trackedHandlers,
    events,
    importPaths,
    warmUp: () => pool.warm(),
    backupIfDue: async () => {
      if (options.readonly) return;
      await quiet();
      if (closed) return;
      try {
        await tracked(backupIfDue(db, options.archivePath, new Date(), copier));
      } catch (error) {
        // Nobody asked for this backup, so nobody waits for its answer: the UI is told instead.
        if (!closed) events.emit('backup.failed', { message: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
    stop: async () => {
      // Before anything is awaited: a backup's worker that finishes its check while the jobs are cancelled
      // would otherwise have its copy kept after stopping began.
      copier.close();
      await jobs.cancelAll();
      close();
      // The host may exit right after (the desktop app's archive process does): a copy being made or
      // checked is removed first, not left beside the backups.
      await Promise.all(backupsInFlight);
    },
    close,
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

/** An edit refused by a read-only file or folder (browser mode on such an archive) says so, not SQLite's words. */
function readOnlyAsSuch(error: unknown, archivePath: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY') ? new ArchiveReadOnlyError(archivePath, 'the file or its folder is read-only') : error;
}

/**
 * The archive's own files (the file, its WAL and shared memory, its backups, files a restore set
 * aside): an archive kept in the folder of its articles would otherwise report each as a failure.
 */
function isArchiveFile(path: string, archivePath: string): boolean {
  const archive = resolve(archivePath);
  const file = resolve(path);
  return file === archive || (file.startsWith(archive) && /^(-wal|-shm|-journal|\.backups\/.*|\.replaced-.*)$/s.test(file.slice(archive.length).replaceAll(sep, '/')));
}

async function* pathTasks(paths: string[], found: { files: number }, archivePath: string): AsyncGenerator<PrepareTask | PreparedResult> {
  for await (const walked of walkPaths(paths)) {
    if (isArchiveFile(walked.path, archivePath)) continue;
    found.files++;
    yield walked.kind === 'file' ? { kind: 'file', path: walked.path, size: walked.size, ...(walked.fsPath ? { fsPath: walked.fsPath } : {}) } : { path: walked.path, error: { code: walked.error.code, message: walked.error.message } };
  }
}
