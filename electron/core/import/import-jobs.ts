import { randomUUID } from 'node:crypto';
import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import type { ImportCounts, ImportSummary } from '../../../shared/domain/import-job';
import type { ArticleStore } from '../articles/article-store';
import type { ArticleVersions } from '../desk/article-versions';
import type { EventHub } from '../events';
import type { StatementStore } from '../statements/statement-store';
import type { ImportSource } from './formats/types';
import type { PreparedArticle, PreparedResult } from './prepare';
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
/** How long one batch may gather before it is stored and the event loop let through. */
const SLICE_MS = 40;
const BATCH_INPUTS = 200;
/** Lists refresh while a long import runs, not only at its end. */
const CHANGED_INTERVAL_MS = 1_000;

type ArticleInput = Extract<ImportInput, { articles: PreparedArticle[] }>;

/** Runs imports: each article in its own transaction, progress as events, cancellable between files. */
export class ImportJobs {
  readonly #deps: ImportJobDeps;
  readonly #cancelled = new Set<string>();
  readonly #running = new Set<string>();

  constructor(deps: ImportJobDeps) {
    this.#deps = deps;
  }

  /** `queued` tells how many files have been found so far (it grows while folders are walked). */
  start(inputs: AsyncIterable<ImportInput>, queued: () => number = () => 0): RunningImport {
    const jobId = randomUUID();
    this.#running.add(jobId);
    const done = this.#run(jobId, inputs, queued).finally(() => {
      this.#running.delete(jobId);
      this.#cancelled.delete(jobId);
    });
    return { jobId, done };
  }

  cancel(jobId: string): boolean {
    if (!this.#running.has(jobId)) return false;
    this.#cancelled.add(jobId);
    return true;
  }

  async #run(jobId: string, inputs: AsyncIterable<ImportInput>, queued: () => number): Promise<ImportSummary> {
    const { events } = this.#deps;
    const counts: ImportCounts = { processed: 0, imported: 0, duplicates: 0, failed: 0 };
    const summary: ImportSummary = { jobId, cancelled: false, counts, imported: [], duplicates: [], failures: [] };
    let lastProgress = 0;
    const progress = (current: string | null, force = false) => {
      const now = performance.now();
      if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      events.emit('import.progress', { jobId, counts: { ...counts }, queued: Math.max(queued(), counts.processed), current });
    };

    let batch: ArticleInput[] = [];
    let batchStart = performance.now();
    let lastChanged = performance.now();
    let importedAtLastChange = 0;
    // A bulk file arrives in chunks and only the first carries its bytes: later chunks use those.
    let sourceOfChunks: ImportSource | null = null;
    const flush = async () => {
      if (batch.length > 0) this.#storeBatch(batch, summary);
      batch = [];
      progress(null);
      if (counts.imported > importedAtLastChange && performance.now() - lastChanged > CHANGED_INTERVAL_MS) {
        importedAtLastChange = counts.imported;
        lastChanged = performance.now();
        events.emit('archive.changed', { articleCount: this.#deps.countArticles() });
      }
      // Let requests and events through between batches.
      await nextMacrotask();
      batchStart = performance.now();
    };

    progress(null, true);
    try {
      for await (const input of inputs) {
        if (this.#cancelled.has(jobId)) {
          summary.cancelled = true;
          break;
        }
        if ('error' in input) {
          counts.processed++;
          counts.failed++;
          summary.failures.push({ path: input.path, code: input.error.code, reason: input.error.message });
        } else if (input.continued && sourceOfChunks?.path === input.source.path) {
          batch.push({ ...input, source: sourceOfChunks });
        } else {
          sourceOfChunks = input.source;
          batch.push(input);
        }
        progress(input.path);
        if (batch.length >= BATCH_INPUTS || performance.now() - batchStart > SLICE_MS) await flush();
      }
      await flush();
    } catch (error) {
      counts.failed++;
      summary.failures.push({
        path: '(import)',
        code: 'unreadable',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    progress(null, true);
    events.emit('import.finished', summary);
    if (counts.imported > 0) events.emit('archive.changed', { articleCount: this.#deps.countArticles() });
    return summary;
  }

  /**
   * Stores a batch in one transaction, each article in a savepoint of its own: an article that
   * fails is rolled back whole and the others commit; a crash loses only the uncommitted batch.
   */
  #storeBatch(batch: ArticleInput[], summary: ImportSummary): void {
    this.#deps.db.transaction(() => {
      for (const input of batch) this.#importFile(input, summary);
    }).immediate();
  }

  #importFile(input: ArticleInput, summary: ImportSummary): void {
    const { counts } = summary;
    for (const failure of input.failures) {
      counts.processed++;
      counts.failed++;
      summary.failures.push({ path: input.path, code: failure.code, reason: failure.message });
    }
    for (const prepared of input.articles) {
      counts.processed++;
      const path = input.articles.length > 1 ? `${input.path} #${prepared.index + 1}` : input.path;
      try {
        const outcome = this.#importArticle(input, prepared);
        if (outcome.duplicateOf !== null) {
          counts.duplicates++;
          summary.duplicates.push({ path, existingArticleId: outcome.duplicateOf });
        } else {
          counts.imported++;
          summary.imported.push({ path, articleId: outcome.articleId, title: outcome.title, storyOf: outcome.storyOf });
        }
      } catch (error) {
        counts.failed++;
        summary.failures.push({
          path,
          code: 'unreadable',
          reason: `could not be stored: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
  }

  /** Runs inside the batch's transaction, as a savepoint of its own. */
  #importArticle(
    input: ArticleInput,
    { article, index, key, extraction, fingerprint }: PreparedArticle,
  ): { articleId: number; title: string | null; duplicateOf: number | null; storyOf: number | null } {
    const { db, articles, statements, stories, extractorVersion } = this.#deps;
    const existing = articles.findByContent(key);
    if (existing !== null) return { articleId: existing, title: article.title, duplicateOf: existing, storyOf: null };
    const now = new Date().toISOString();
    const title = article.title ?? extraction.title;
    const versions = this.#deps.versions;
    const previous = versions?.previousVersion(input.source.path, input.source.name, index, fingerprint) ?? null;
    return db.transaction(() => {
      const sourceFileId = articles.sourceFileId(
        {
          name: input.source.name,
          path: input.source.path,
          format: input.format,
          bytes: input.source.bytes,
          modifiedAt: input.source.modifiedAt,
        },
        now,
      );
      if (versions && previous !== null) {
        versions.replace(previous, { text: article.text, contentHash: key, extraction, fingerprint, sourceFileId });
        return { articleId: previous, title, duplicateOf: null, storyOf: null };
      }
      const articleId = articles.insert(
        { ...article, title },
        { sourceFileId, sourceIndex: index, originalName: input.source.name, format: input.format, contentHash: key, extractorVersion },
        now,
      );
      statements.insertExtracted(articleId, extraction.statements, now);
      const storyOf = stories.link(articleId, fingerprint, now);
      return { articleId, title, duplicateOf: null, storyOf };
    })();
  }
}
