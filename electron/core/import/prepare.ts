import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleFormat, ParsedArticle } from '../../../shared/domain/article';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction';
import { contentKey } from '../articles/article-store';
import { readSources } from './formats';
import { DEFAULT_IMPORT_LIMITS, type ImportFailure, type ImportLimits, type ImportSource } from './formats/types';
import { fingerprint } from './near-duplicates';
import { fileError } from './walk-paths';

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

export type PreparedResult =
  | { path: string; source: ImportSource; format: ArticleFormat; articles: PreparedArticle[]; failures: FailureInfo[] }
  | { path: string; error: FailureInfo };

/** A unit of import work: a file on disk, or bytes that arrived (a drop). */
export type PrepareTask = { kind: 'file'; path: string } | { kind: 'source'; source: ImportSource };

const asInfo = (failure: ImportFailure): FailureInfo => ({ code: failure.code, message: failure.message });

/**
 * Parses one file and prepares its articles (statements, content key, fingerprint): the CPU-heavy part
 * of an import, which runs in worker threads while the archive is written on the core's thread.
 */
export async function prepareTask(task: PrepareTask, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<PreparedResult[]> {
  const source = task.kind === 'source' ? task.source : await readSourceFile(task.path, limits);
  if ('error' in source) return [source];
  const results: PreparedResult[] = [];
  for await (const result of readSources(source, limits)) {
    if ('error' in result) {
      results.push({ path: result.path, error: asInfo(result.error) });
      continue;
    }
    results.push({
      path: result.path,
      source: result.source,
      format: result.format,
      failures: result.failures.map(asInfo),
      articles: result.articles.map((article, index) => ({
        article,
        index,
        key: contentKey(article.text),
        extraction: extractStatements(article.text),
        fingerprint: fingerprint(article.text),
      })),
    });
  }
  return results;
}

async function readSourceFile(path: string, limits: ImportLimits): Promise<ImportSource | { path: string; error: FailureInfo }> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.size > limits.maxFileBytes) {
      return {
        path,
        error: { code: 'too-large', message: `${name} is ${Math.round(info.size / 1024 / 1024)} MB, over the ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB limit for one file` },
      };
    }
    const buffer = await readFile(path);
    return { path, name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), modifiedAt: info.mtime, depth: 0 };
  } catch (error) {
    return { path, error: asInfo(fileError(error, name)) };
  }
}
