import { randomUUID } from 'node:crypto';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { ImportCounts, ImportSummary } from '../../../shared/domain/import-job';
import type { ArticleStore } from '../articles/article-store';
import type { ArticleVersions } from '../desk/article-versions';
import type { EventHub } from '../events';
import type { StatementStore } from '../statements/statement-store';
import type { PreparedArticle, PreparedResult, PreparedSource } from './prepare';
import type { StoryLinker } from './story-linker';

/** One file's worth of prepared articles, or the reason it could not be read. */
export type ImportInput = PreparedResult;

export interface ImportJobDeps {
  db: Database;
  articles: ArticleStore;
  statements: StatementStore;
  stories: StoryLinker;
  events: EventHub;
  extractorVersion: string;
  countArticles: () => number;
  /** Recognises a changed file imported again as a new version of its article. */
  versions?: ArticleVersions;
}

export interface RunningImport {
  jobId: string;
  done: Promise<ImportSummary>;
}

const PROGRESS_INTERVAL_MS = 100;
/**
 * One write transaction holds at most this many articles and this much time. Readers on the core's
 * thread (browser mode, the app) wait for at most one slice; a crash loses at most the slice in flight.
 */
export const SLICE_ARTICLES = 200;
export const SLICE_MS = 50;
/**
 * Prepared articles wait at most this long for more to share their transaction: each commit flushes the
 * full-text indexes as new segments, so fewer, fuller slices cost less, while a list still grows steadily.
 */
const GATHER_MS = 100;
/** Lists refresh while a long import runs, not only at its end. */
const CHANGED_INTERVAL_MS = 1_000;

/** SQLite errors that concern the archive, not the article being stored. */
const ARCHIVE_FAILURE = /^SQLITE_(READONLY|CORRUPT|NOTADB|FULL|IOERR|CANTOPEN)/;

type ArticleInput = Extract<ImportInput, { articles: PreparedArticle[] }>;

/** Source files of one job: each looked up or stored once however many chunks it comes in. */
interface JobFiles {
  ids: Map<string, number>;
  /** Each file's bytes (from its first chunk) until its row is committed, for the chunks after its first. */
  bytes: Map<string, PreparedSource>;
}

/** An article waiting for its slice. */
interface Pending {
  input: ArticleInput;
  prepared: PreparedArticle;
}

type Outcome = { duplicateOf: number } | { articleId: number; title: string | null; storyOf: number | null } | { error: string };

const GATHER_TIMEOUT = Symbol('gather timeout');

/** Runs imports in short bounded transactions, progress as events, cancellable between slices. */
export class ImportJobs {
  readonly #deps: ImportJobDeps;
  readonly #cancelled = new Set<string>();
  readonly #running = new Map<string, Promise<ImportSummary>>();

  constructor(deps: ImportJobDeps) {
    this.#deps = deps;
  }

  /** `queued` tells how many files have been found so far (it grows while folders are walked). */
  start(inputs: AsyncIterable<ImportInput>, queued: () => number = () => 0): RunningImport {
    const jobId = randomUUID();
    const done = this.#run(jobId, inputs, queued).finally(() => {
      this.#running.delete(jobId);
      this.#cancelled.delete(jobId);
    });
    this.#running.set(jobId, done);
    return { jobId, done };
  }

  /** An import that cannot run at all (the archive cannot be written): one failure, no file read. */
  refuse(reason: string): RunningImport {
    const jobId = randomUUID();
    const summary: ImportSummary = {
      jobId,
      cancelled: false,
      counts: { processed: 0, imported: 0, duplicates: 0, failed: 1 },
      imported: [],
      duplicates: [],
      failures: [{ path: '(archive)', code: 'unreadable', reason }],
    };
    // After the caller has its job id, like any other import's events.
    const done = new Promise<ImportSummary>((resolve) => setImmediate(() => {
      this.#deps.events.emit('import.finished', summary);
      resolve(summary);
    }));
    return { jobId, done };
  }

  cancel(jobId: string): boolean {
    if (!this.#running.has(jobId)) return false;
    this.#cancelled.add(jobId);
    return true;
  }

  /** Cancels every running import and waits for each to stop (at most one slice each). */
  async cancelAll(): Promise<void> {
    for (const jobId of this.#running.keys()) this.#cancelled.add(jobId);
    await Promise.allSettled([...this.#running.values()]);
  }

  get busy(): boolean {
    return this.#running.size > 0;
  }

  async #run(jobId: string, inputs: AsyncIterable<ImportInput>, queued: () => number): Promise<ImportSummary> {
    const { events, db } = this.#deps;
    const counts: ImportCounts = { processed: 0, imported: 0, duplicates: 0, failed: 0 };
    const summary: ImportSummary = { jobId, cancelled: false, counts, imported: [], duplicates: [], failures: [] };
    let lastProgress = 0;
    const progress = (current: string | null, force = false) => {
      const now = performance.now();
      if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      events.emit('import.progress', { jobId, counts: { ...counts }, queued: Math.max(queued(), counts.processed), current });
    };
    let lastChanged = performance.now();
    let importedAtLastChange = 0;
    const changed = () => {
      if (counts.imported > importedAtLastChange && performance.now() - lastChanged > CHANGED_INTERVAL_MS) {
        importedAtLastChange = counts.imported;
        lastChanged = performance.now();
        events.emit('archive.changed', { articleCount: this.#deps.countArticles() });
      }
    };
    const stopped = () => this.#cancelled.has(jobId) || !db.open;

    const files: JobFiles = { ids: new Map(), bytes: new Map() };
    const pending: Pending[] = [];
    let gatheringSince = 0;
    /** Writes what is pending in slices, each its own transaction, letting requests through between them. */
    const writePending = async () => {
      while (pending.length > 0 && !stopped()) {
        const outcomes = this.#writeSlice(pending, files);
        for (const [index, outcome] of outcomes.entries()) this.#report(pending[index]!.input, pending[index]!.prepared, outcome, summary);
        pending.splice(0, outcomes.length);
        progress(null);
        changed();
        // Let requests and events through between slices.
        await nextMacrotask();
      }
    };

    progress(null, true);
    const iterator = inputs[Symbol.asyncIterator]();
    try {
      let next = iterator.next();
      for (;;) {
        // Articles already prepared wait for more only briefly (see GATHER_MS), then are written.
        const waited = pending.length === 0 ? await next : await raceTimeout(next, gatheringSince + GATHER_MS - performance.now());
        if (waited === GATHER_TIMEOUT) {
          await writePending();
          if (stopped()) break;
          continue;
        }
        if (waited.done) break;
        const input = waited.value;
        if (stopped()) break;
        progress(input.path);
        if ('error' in input) {
          counts.processed++;
          counts.failed++;
          summary.failures.push({ path: input.path, code: input.error.code, reason: input.error.message });
        } else {
          if (input.source.stored !== null) files.bytes.set(input.source.sha256, input.source);
          for (const failure of input.failures) {
            counts.processed++;
            counts.failed++;
            summary.failures.push({ path: input.path, code: failure.code, reason: failure.message });
          }
          for (const prepared of input.articles) {
            // Known before extraction: nothing to write.
            if (prepared.duplicateOf !== null) this.#report(input, prepared, { duplicateOf: prepared.duplicateOf }, summary);
            else {
              if (pending.length === 0) gatheringSince = performance.now();
              pending.push({ input, prepared });
            }
          }
        }
        if (pending.length >= SLICE_ARTICLES) await writePending();
        if (stopped()) break;
        next = iterator.next();
      }
      if (!stopped()) await writePending();
    } catch (error) {
      counts.failed++;
      const message = error instanceof Error ? error.message : String(error);
      summary.failures.push({
        path: '(archive)',
        code: 'unreadable',
        reason: `the archive could not be written (${message}); the import stopped, keeping the ${counts.imported} articles already stored`,
      });
    } finally {
      // A cancelled or failed import ends its input, so the workers stop the tasks in flight.
      void iterator.return?.(undefined);
    }
    summary.cancelled = this.#cancelled.has(jobId) || !db.open;
    progress(null, true);
    events.emit('import.finished', summary);
    if (counts.imported > 0 && db.open) events.emit('archive.changed', { articleCount: this.#deps.countArticles() });
    return summary;
  }

  /**
   * Stores the first pending articles in one transaction, bounded by SLICE_ARTICLES and SLICE_MS, and
   * returns their outcomes in order. Articles are written without a savepoint each; when one fails, the
   * slice is rolled back and written again with a savepoint per article, so only that one is lost.
   */
  #writeSlice(pending: readonly Pending[], files: JobFiles): Outcome[] {
    const { db, statements } = this.#deps;
    const started = performance.now();
    const sliceFiles = new Map<string, number>();
    const write = (careful: boolean, upTo: number): Outcome[] => {
      const outcomes: Outcome[] = [];
      // Foreign keys hold by construction here (each row's parent is written first, in this slice or
      // before), and checking them costs a lookup per row; they are back on before anything else runs.
      const checkKeys = !db.inTransaction && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
      if (checkKeys) db.pragma('foreign_keys = OFF');
      try {
        db.exec('BEGIN IMMEDIATE');
        try {
          const since = statements.beginBulk();
          for (let i = 0; i < upTo; i++) {
            const { input, prepared } = pending[i]!;
            outcomes.push(careful ? this.#storeOnSavepoint(input, prepared, files, sliceFiles) : this.#storeArticle(input, prepared, files, sliceFiles));
            if (!careful && (i + 1 >= SLICE_ARTICLES || performance.now() - started > SLICE_MS)) break;
          }
          statements.endBulk(since);
          db.exec('COMMIT');
        } catch (error) {
          statements.abortBulk();
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      } finally {
        if (checkKeys) db.pragma('foreign_keys = ON');
      }
      // Remembered only once committed, so a rolled-back source row is never reused.
      for (const [sha, id] of sliceFiles) {
        files.ids.set(sha, id);
        files.bytes.delete(sha);
      }
      return outcomes;
    };
    try {
      return write(false, pending.length);
    } catch (error) {
      if (ARCHIVE_FAILURE.test((error as { code?: string }).code ?? '')) throw error;
      sliceFiles.clear();
      // As many as the fast attempt would have taken, each on its own savepoint.
      return write(true, Math.min(pending.length, SLICE_ARTICLES));
    }
  }

  /** The careful path: one article on its own savepoint, its failure reported and the slice kept. */
  #storeOnSavepoint(input: ArticleInput, prepared: PreparedArticle, files: JobFiles, sliceFiles: Map<string, number>): Outcome {
    const { db, statements } = this.#deps;
    const known = new Map(sliceFiles);
    try {
      return db.transaction(() => {
        const outcome = this.#storeArticle(input, prepared, files, sliceFiles);
        statements.flushBulk();
        return outcome;
      })();
    } catch (error) {
      statements.abortBulk();
      sliceFiles.clear();
      for (const [sha, id] of known) sliceFiles.set(sha, id);
      if (ARCHIVE_FAILURE.test((error as { code?: string }).code ?? '')) throw error;
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  #report(
    input: ArticleInput,
    prepared: PreparedArticle,
    outcome: { duplicateOf: number } | { articleId: number; title: string | null; storyOf: number | null } | { error: string },
    summary: ImportSummary,
  ): void {
    const { counts } = summary;
    counts.processed++;
    const path = input.continued || input.articles.length > 1 || prepared.index > 0 ? `${input.path} #${prepared.index + 1}` : input.path;
    if ('error' in outcome) {
      counts.failed++;
      summary.failures.push({ path, code: 'unreadable', reason: `could not be stored: ${outcome.error}` });
    } else if ('duplicateOf' in outcome) {
      counts.duplicates++;
      summary.duplicates.push({ path, existingArticleId: outcome.duplicateOf });
    } else {
      counts.imported++;
      summary.imported.push({ path, ...outcome });
    }
  }

  /** Writes one article inside the slice's transaction; a failure throws (see #writeSlice). */
  #storeArticle(
    input: ArticleInput,
    { article, index, key, extraction, fingerprint }: PreparedArticle,
    files: JobFiles,
    sliceFiles: Map<string, number>,
  ): Outcome {
    const { articles, statements, stories, extractorVersion } = this.#deps;
    const existing = articles.findByContent(key);
    if (existing !== null) return { duplicateOf: existing };
    const now = new Date().toISOString();
    const title = article.title ?? extraction?.title ?? null;
    const versions = this.#deps.versions;
    // A changed file imported again is a new version of its article, not a second article.
    const previous = versions && fingerprint ? versions.previousVersion(input.source.path, input.source.name, index, fingerprint) : null;
    const sourceFileId = this.#sourceFileId(input.source, input.format, files, sliceFiles, now);
    if (versions && previous !== null && extraction && fingerprint) {
      versions.replace(previous, { text: article.text, contentHash: key, extraction, fingerprint, sourceFileId });
      return { articleId: previous, title, storyOf: null };
    }
    // Everything the article's row holds is known before it is written, so it is written once.
    const story = fingerprint ? stories.find(fingerprint, now) : null;
    const found = extraction?.statements ?? [];
    const articleId = articles.insert(
      { ...article, title },
      {
        sourceFileId,
        sourceIndex: index,
        originalName: input.source.name,
        format: input.format,
        contentHash: key,
        extractorVersion,
        statementCount: found.length,
        fingerprint,
        storyId: story?.storyId ?? null,
      },
      now,
    );
    statements.insertBulk(articleId, found, now);
    if (fingerprint) stories.addToBuckets(articleId, fingerprint);
    return { articleId, title, storyOf: story?.linkedTo ?? null };
  }

  /** A later chunk of a file carries no bytes; they come from its first chunk, kept until its row is committed. */
  #sourceFileId(source: PreparedSource, format: ArticleInput['format'], files: JobFiles, sliceFiles: Map<string, number>, now: string): number {
    const cached = files.ids.get(source.sha256) ?? sliceFiles.get(source.sha256);
    if (cached !== undefined) return cached;
    const withBytes = source.stored === null ? (files.bytes.get(source.sha256) ?? source) : source;
    const id = this.#deps.articles.sourceFileId({ ...withBytes, format }, now);
    sliceFiles.set(source.sha256, id);
    return id;
  }
}

/** The promise's value, or GATHER_TIMEOUT when it takes longer than `ms`. */
async function raceTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof GATHER_TIMEOUT> {
  if (ms <= 0) return GATHER_TIMEOUT;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<typeof GATHER_TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(GATHER_TIMEOUT), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
