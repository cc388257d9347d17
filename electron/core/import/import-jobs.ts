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
export const SLICE_MS = 25;
/** Lists refresh while a long import runs, not only at its end. */
const CHANGED_INTERVAL_MS = 1_000;

/** SQLite errors that concern the archive, not the article being stored. */
const ARCHIVE_FAILURE = /^SQLITE_(READONLY|CORRUPT|NOTADB|FULL|IOERR|CANTOPEN)/;

type ArticleInput = Extract<ImportInput, { articles: PreparedArticle[] }>;

/** Source files of one job: each looked up or stored once however many chunks it comes in. */
interface JobFiles {
  ids: Map<string, number>;
  /** The file being stored, with its bytes, for the chunks after its first. */
  firstChunk: PreparedSource | null;
}

interface Slice {
  started: number;
  articles: number;
  /** Statements with a larger id were stored in this slice and are indexed at its end. */
  statementsAfter: number;
}

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

    const files: JobFiles = { ids: new Map(), firstChunk: null };
    let slice: Slice | null = null;
    const commit = async () => {
      if (slice) {
        this.#deps.statements.endBulk(slice.statementsAfter);
        db.exec('COMMIT');
      }
      slice = null;
      progress(null);
      changed();
      // Let requests and events through between slices.
      await nextMacrotask();
    };

    progress(null, true);
    try {
      for await (const input of inputs) {
        if (stopped()) break;
        progress(input.path);
        if ('error' in input) {
          counts.processed++;
          counts.failed++;
          summary.failures.push({ path: input.path, code: input.error.code, reason: input.error.message });
          continue;
        }
        if (!input.continued) files.firstChunk = input.source.stored === null ? null : input.source;
        for (const failure of input.failures) {
          counts.processed++;
          counts.failed++;
          summary.failures.push({ path: input.path, code: failure.code, reason: failure.message });
        }
        for (const prepared of input.articles) {
          if (stopped()) break;
          if (prepared.duplicateOf !== null) {
            // Known before extraction: nothing to write.
            this.#report(input, prepared, { duplicateOf: prepared.duplicateOf }, summary);
            continue;
          }
          if (!slice) {
            db.exec('BEGIN IMMEDIATE');
            slice = { started: performance.now(), articles: 0, statementsAfter: this.#deps.statements.beginBulk() };
          }
          this.#report(input, prepared, this.#storeArticle(input, prepared, files), summary);
          slice.articles++;
          if (slice.articles >= SLICE_ARTICLES || performance.now() - slice.started > SLICE_MS) await commit();
        }
        if (!slice) await nextMacrotask();
      }
      if (db.open) await commit();
    } catch (error) {
      if (slice && db.open && db.inTransaction) db.exec('ROLLBACK');
      counts.failed++;
      const message = error instanceof Error ? error.message : String(error);
      summary.failures.push({
        path: '(archive)',
        code: 'unreadable',
        reason: `the archive could not be written (${message}); the import stopped, keeping the ${counts.imported} articles already stored`,
      });
    }
    summary.cancelled = this.#cancelled.has(jobId) || !db.open;
    progress(null, true);
    events.emit('import.finished', summary);
    if (counts.imported > 0 && db.open) events.emit('archive.changed', { articleCount: this.#deps.countArticles() });
    return summary;
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

  /** Runs inside the slice's transaction, as a savepoint of its own: a failing article is rolled back alone. */
  #storeArticle(
    input: ArticleInput,
    { article, index, key, extraction, fingerprint }: PreparedArticle,
    files: JobFiles,
  ): { duplicateOf: number } | { articleId: number; title: string | null; storyOf: number | null } | { error: string } {
    const { db, articles, statements, stories, extractorVersion } = this.#deps;
    const existing = articles.findByContent(key);
    if (existing !== null) return { duplicateOf: existing };
    const now = new Date().toISOString();
    const title = article.title ?? extraction?.title ?? null;
    const versions = this.#deps.versions;
    // A changed file imported again is a new version of its article, not a second article.
    const previous = versions && fingerprint ? versions.previousVersion(input.source.path, input.source.name, index, fingerprint) : null;
    try {
      const stored = db.transaction(() => {
        const sourceFileId = this.#sourceFileId(input.source, input.format, files, now);
        if (versions && previous !== null && extraction && fingerprint) {
          versions.replace(previous, { text: article.text, contentHash: key, extraction, fingerprint, sourceFileId });
          return { articleId: previous, title, storyOf: null, sourceFileId };
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
        return { articleId, title, storyOf: story?.linkedTo ?? null, sourceFileId };
      })();
      // Remembered only once its savepoint held, so a rolled-back source row is never reused.
      files.ids.set(input.source.sha256, stored.sourceFileId);
      return { articleId: stored.articleId, title: stored.title, storyOf: stored.storyOf };
    } catch (error) {
      // The archive itself failing (read only, full, damaged) stops the import with one message.
      if (ARCHIVE_FAILURE.test((error as { code?: string }).code ?? '')) throw error;
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** A later chunk of a file carries no bytes; they come from its first chunk, kept until the file is done. */
  #sourceFileId(source: PreparedSource, format: ArticleInput['format'], files: JobFiles, now: string): number {
    const cached = files.ids.get(source.sha256);
    if (cached !== undefined) return cached;
    const withBytes = source.stored === null && files.firstChunk?.sha256 === source.sha256 ? files.firstChunk : source;
    return this.#deps.articles.sourceFileId({ ...withBytes, format }, now);
  }
}
