import type { ArticleFormat, ParsedArticle } from '../../../shared/domain/article';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction';
import { contentKey } from '../articles/article-store';
import { readSourceFile, readSources } from './formats';
import { DEFAULT_IMPORT_LIMITS, type ImportFailure, type ImportLimits, type ImportSource } from './formats/types';
import { fingerprint } from './near-duplicates';

/** One article with everything computed that does not need the archive. */
export interface PreparedArticle {
  article: ParsedArticle;
  index: number;
  key: string;
  extraction: ExtractionResult;
  fingerprint: Uint32Array;
}

export interface FailureInfo {
  code: string;
  message: string;
}

/**
 * Prepared articles of one file, or the reason it could not be read. A file holding many articles
 * (a bulk export) comes in several chunks; only the first carries the file's bytes, and the later
 * ones say `continued` so the bytes are not copied again.
 */
export type PreparedResult =
  | { path: string; source: ImportSource; format: ArticleFormat; articles: PreparedArticle[]; failures: FailureInfo[]; continued: boolean }
  | { path: string; error: FailureInfo };

/** Articles per chunk: large files commit and report progress as they go. */
export const CHUNK_ARTICLES = 200;

/** A unit of import work: a file on disk, or bytes that arrived (a drop). */
export type PrepareTask = { kind: 'file'; path: string } | { kind: 'source'; source: ImportSource };

const asInfo = (failure: ImportFailure): FailureInfo => ({ code: failure.code, message: failure.message });

/**
 * Parses one file and prepares its articles (statements, content key, fingerprint), chunk by chunk:
 * the CPU-heavy part of an import, which runs in worker threads while the archive is written on the
 * core's thread.
 */
export async function* prepareTask(task: PrepareTask, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): AsyncGenerator<PreparedResult> {
  const source = task.kind === 'source' ? task.source : await readSourceFile(task.path, limits);
  if ('error' in source) {
    yield { path: source.path, error: asInfo(source.error) };
    return;
  }
  for await (const result of readSources(source, limits)) {
    if ('error' in result) {
      yield { path: result.path, error: asInfo(result.error) };
      continue;
    }
    const chunks = Math.max(1, Math.ceil(result.articles.length / CHUNK_ARTICLES));
    for (let chunk = 0; chunk < chunks; chunk++) {
      const first = chunk === 0;
      yield {
        path: result.path,
        source: first ? result.source : { ...result.source, bytes: new Uint8Array() },
        format: result.format,
        failures: first ? result.failures.map(asInfo) : [],
        continued: !first,
        articles: result.articles.slice(chunk * CHUNK_ARTICLES, (chunk + 1) * CHUNK_ARTICLES).map((article, offset) => ({
          article,
          index: chunk * CHUNK_ARTICLES + offset,
          key: contentKey(article.text, article.title),
          extraction: extractStatements(article.text),
          fingerprint: fingerprint(article.text),
        })),
      };
    }
  }
}
