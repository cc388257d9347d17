import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ArticleFormat, ParsedArticle } from '../../../../shared/domain/article';
import { fileError, walkPaths } from '../walk-paths';
import { parserFor } from './registry';
import { detectFormat, extensionOf } from './sniff-format';
import { parseBoundMs } from './parse-bound';
import { withinTimeBound } from './time-bound';
import {
  byteLimitFor,
  DEFAULT_IMPORT_LIMITS,
  formatBytes,
  ImportFailure,
  type FormatParser,
  type ImportLimits,
  type ImportSource,
  type OpenedContainer,
} from './types';

export { supportedExtensions } from './registry';
export { detectFormat } from './sniff-format';

/**
 * What became of one file: its articles (with `failures` for parts of it that could not be read,
 * such as a bulk record without text, while the rest imports), or the reason it could not be read.
 */
export type SourceResult =
  | {
      path: string;
      source: ImportSource;
      format: ArticleFormat;
      articles: ParsedArticle[];
      failures: ImportFailure[];
      /** For a file read in batches (see ReadOptions.batchArticles): the index of the first article within the file. */
      firstIndex?: number;
    }
  | { path: string; error: ImportFailure };


/** Running totals for one top-level file, so an archive of archives is bounded as a whole. */
interface Budget {
  entries: number;
  expandedBytes: number;
}

export interface ReadOptions {
  /** Parsers to use before the built-in ones for their formats. */
  parsers?: readonly FormatParser[];
  /**
   * Read a large bulk file (whose parser can) in batches of about this many articles, each its own
   * result for the same source, so work on the first starts before the file is parsed whole.
   */
  batchArticles?: number;
}

/**
 * Reads one file into articles: picks its parser by extension and content, refuses it by size before
 * parsing, expands containers (zip, mailbox) within the depth, entry and expanded-size limits, and
 * bounds each parse in time. Never throws: every problem becomes a result with a specific failure.
 */
export async function* readSources(
  source: ImportSource,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  options: ReadOptions = {},
): AsyncGenerator<SourceResult> {
  yield* readOne(source, limits, { entries: 0, expandedBytes: 0 }, options);
}

async function* readOne(source: ImportSource, limits: ImportLimits, budget: Budget, options: ReadOptions): AsyncGenerator<SourceResult> {
  const path = source.path;
  try {
    const byteLimit = byteLimitFor(source.name, limits);
    if (source.bytes.byteLength > byteLimit) throw tooLarge(source.name, source.bytes.byteLength, byteLimit);
    if (source.bytes.byteLength === 0) throw new ImportFailure('empty', `${source.name} is empty (0 bytes)`);
    const format = detectFormat(source.name, source.bytes);
    if (!format) throw unsupported(source.name);
    const parser = parserFor(format, options.parsers);
    if (!parser) {
      throw new ImportFailure('unsupported-type', `${source.name} is a ${format.toUpperCase()} file, which this version of Parley cannot read yet`);
    }
    if (parser.parseInBatches && options.batchArticles) {
      let firstIndex = 0;
      // Parsers that read in batches do linear work per line; the pool's stall bound watches the progress.
      for (const batch of parser.parseInBatches(source, options.batchArticles)) {
        yield { path, source, format, articles: batch.articles, failures: batch.failures, firstIndex };
        firstIndex += batch.articles.length;
      }
      return;
    }
    if (parser.open) {
      yield* readOpened(parser.open(source, limits), source, limits, budget, options);
      return;
    }
    const outcome = await withinTimeBound(() => parser.parse(source, limits), parseBoundMs(source.bytes.byteLength, limits), source.name);

    if (outcome.kind === 'articles') {
      const failures = outcome.failures ?? [];
      if (outcome.articles.length === 0 && failures.length === 0) {
        throw new ImportFailure('no-article-text', `${source.name} has no article text`);
      }
      yield { path, source, format: outcome.format, articles: outcome.articles, failures };
      return;
    }

    const depth = chargeContainer(source, outcome.entries.length, outcome.entries.reduce((sum, entry) => sum + entry.bytes.byteLength, 0), limits, budget);
    const refused = outcome.refused ?? [];
    if (outcome.entries.length === 0 && refused.length === 0) throw new ImportFailure('empty', `${source.name} holds no files`);
    for (const entry of refused) yield { path: entry.path, error: entry.failure };
    for (const entry of outcome.entries) {
      yield* readOne({ ...entry, depth }, limits, budget, options);
    }
  } catch (error) {
    yield { path, error: asImportFailure(error, source.name) };
  }
}

/**
 * A container's files taken out one at a time, each read (and let go) before the next is inflated:
 * what it holds is charged to the budget up front, from what it declares.
 */
async function* readOpened(
  opened: OpenedContainer,
  source: ImportSource,
  limits: ImportLimits,
  budget: Budget,
  options: ReadOptions,
): AsyncGenerator<SourceResult> {
  const depth = chargeContainer(source, opened.count, opened.declaredBytes, limits, budget);
  let any = false;
  for (const item of opened.entries()) {
    any = true;
    if ('refused' in item) yield { path: item.refused.path, error: item.refused.failure };
    else yield* readOne({ ...item.source, depth }, limits, budget, options);
  }
  if (!any) throw new ImportFailure('empty', `${source.name} holds no files`);
}

/** Counts a container's files and bytes against the limits for its whole tree; the depth of its files. */
function chargeContainer(source: ImportSource, entries: number, expandedBytes: number, limits: ImportLimits, budget: Budget): number {
  const depth = source.depth + 1;
  if (depth > limits.maxDepth) {
    throw new ImportFailure('too-deep', `${source.name} is nested ${depth} containers deep; at most ${limits.maxDepth} levels are opened`);
  }
  budget.entries += entries;
  if (budget.entries > limits.maxEntries) {
    throw new ImportFailure('too-many-entries', `${source.name} holds more than ${limits.maxEntries} files; it was not opened`);
  }
  budget.expandedBytes += expandedBytes;
  if (budget.expandedBytes > limits.maxExpandedBytes) {
    throw new ImportFailure('too-large', `${source.name} expands to more than ${formatBytes(limits.maxExpandedBytes)}; it was not opened`);
  }
  return depth;
}

/** Any error as an ImportFailure the user can read; unexpected errors name the file and what went wrong. */
export function asImportFailure(error: unknown, name: string): ImportFailure {
  if (error instanceof ImportFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/call stack/i.test(message)) return new ImportFailure('corrupt', `${name} is nested too deeply to read`);
  if (error instanceof RangeError || /out of memory|allocation failed/i.test(message)) {
    return new ImportFailure('too-large', `${name} is too large to read: ${message}`);
  }
  return new ImportFailure('corrupt', `${name} could not be read, it may be damaged: ${message}`);
}

function tooLarge(name: string, size: number, limit: number): ImportFailure {
  return new ImportFailure('too-large', `${name} is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one file`);
}

// Formats people often have that Parley does not read, with what to do instead.
const UNSUPPORTED_HINTS: Record<string, string> = {
  '.doc': 'Word 97–2003 documents are not read; save it as .docx',
  '.pages': 'Pages documents are not read; export it as .docx or PDF',
  '.xls': 'spreadsheets are not read; save the articles as .csv',
  '.xlsx': 'spreadsheets are not read; save the articles as .csv',
  '.msg': 'Outlook .msg files are not read; save the message as .eml',
  '.webarchive': 'Safari web archives are not read; save the page as HTML',
};

function unsupported(name: string): ImportFailure {
  const ext = extensionOf(name);
  const hint = UNSUPPORTED_HINTS[ext];
  if (hint) return new ImportFailure('unsupported-type', `${name}: ${hint}`);
  return new ImportFailure('unsupported-type', ext ? `${name}: ${ext} files are not a format Parley imports` : `${name} is not a format Parley imports`);
}


/** One file on disk as an ImportSource: its size is checked before a byte is read. */
export async function readSourceFile(
  path: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  /** The path's exact bytes, for a name that is not valid UTF-8 (see walkPaths). */
  fsPath?: Uint8Array,
): Promise<ImportSource | { path: string; error: ImportFailure }> {
  const name = basename(path);
  const open = fsPath ? Buffer.from(fsPath) : path;
  try {
    const info = await stat(open);
    const byteLimit = byteLimitFor(name, limits);
    if (info.size > byteLimit) return { path, error: tooLarge(name, info.size, byteLimit) };
    const buffer = await readFile(open);
    return { path, name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), modifiedAt: info.mtime, depth: 0 };
  } catch (error) {
    return { path, error: fileError(error, name) };
  }
}

/**
 * readSourceFile for a worker thread, which has nothing else to do meanwhile: one open, fstat and read
 * on the thread itself. The promise version's four round trips through the thread pool cost more CPU
 * than reading an article-sized file.
 */
export function readSourceFileSync(
  path: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  fsPath?: Uint8Array,
): ImportSource | { path: string; error: ImportFailure } {
  const name = basename(path);
  let fd: number | null = null;
  try {
    fd = openSync(fsPath ? Buffer.from(fsPath) : path, 'r');
    const info = fstatSync(fd);
    const byteLimit = byteLimitFor(name, limits);
    if (info.size > byteLimit) return { path, error: tooLarge(name, info.size, byteLimit) };
    const buffer = readFileSync(fd);
    return { path, name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), modifiedAt: info.mtime, depth: 0 };
  } catch (error) {
    return { path, error: fileError(error, name) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Reads files and folders as given by the user (folders recursively, see walkPaths) into articles. */
export async function* readPaths(
  paths: string[],
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  options: ReadOptions = {},
): AsyncGenerator<SourceResult> {
  for await (const walked of walkPaths(paths)) {
    if (walked.kind === 'error') {
      yield { path: walked.path, error: walked.error };
      continue;
    }
    const source = await readSourceFile(walked.path, limits, walked.fsPath);
    if ('error' in source) yield source;
    else yield* readSources(source, limits, options);
  }
}
