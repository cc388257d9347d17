import { setImmediate as nextMacrotask } from 'node:timers/promises';
import { deflateRawSync } from 'node:zlib';
import type { ArticleFormat, ParsedArticle } from '../../../shared/domain/article';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction';
import { NO_ARCHIVE } from './archive-lookup';
import { contentKey, sha256 } from './content-key';
import { readSourceFile, readSourceFileSync, readSources } from './formats';
import { articleCharLimit, DEFAULT_IMPORT_LIMITS, tooMuchText, type ImportFailure, type ImportLimits, type ImportSource } from './formats/types';
import { fingerprint } from './near-duplicates';

/** One article with everything computed that does not need to write the archive. */
export interface PreparedArticle {
  article: ParsedArticle;
  index: number;
  key: string;
  /** The archive already holds this text (seen before extraction, so nothing more was computed). */
  duplicateOf: number | null;
  extraction: ExtractionResult | null;
  fingerprint: Uint32Array | null;
}

export interface FailureInfo {
  code: string;
  message: string;
}

/** A file's original bytes, hashed once where it was read, compressed for the archive. */
export interface PreparedSource {
  path: string;
  name: string;
  sha256: string;
  size: number;
  /** null when the archive already holds these bytes, or on a later chunk of the same file. */
  stored: Uint8Array | null;
  compression: 'deflate' | null;
  modifiedAt: Date | null;
}

/**
 * Prepared articles of one file, or the reason it could not be read. A file holding many articles
 * (a bulk export) comes in several chunks; only the first carries the file's bytes.
 */
export type PreparedResult =
  | { path: string; source: PreparedSource; format: ArticleFormat; articles: PreparedArticle[]; failures: FailureInfo[]; continued: boolean }
  | { path: string; error: FailureInfo };

/** Articles per chunk: large files commit and report progress as they go, and cancel between chunks. */
export const CHUNK_ARTICLES = 100;

/** Longer text than this is not one article (a book, a log, a dump): refused with the reason (ImportLimits.maxArticleChars). */
export const MAX_ARTICLE_CHARS = articleCharLimit(DEFAULT_IMPORT_LIMITS);

/** An article as parsed, with its place in its file, before anything is computed for it. */
export interface ParsedEntry {
  article: ParsedArticle;
  index: number;
}

/** A chunk of a bulk file parsed but not yet prepared: handed to another worker so both cores extract. */
export type ParsedChunk = Omit<Extract<PreparedResult, { articles: PreparedArticle[] }>, 'articles'> & { parsed: ParsedEntry[] };

/**
 * A unit of import work: a file on disk, bytes that arrived (a drop), or a parsed chunk of a bulk
 * file whose articles are to be prepared.
 */
export type PrepareTask =
  | { kind: 'file'; path: string; fsPath?: Uint8Array; /** As listed, so the worker need not ask again. */ size?: number }
  | { kind: 'source'; source: ImportSource }
  | { kind: 'articles'; path: string; entries: ParsedEntry[] };

/** What preparation may ask of the archive (read only): lets a known text skip extraction entirely. */
export interface ArchiveLookup {
  articleWithContent(key: string): number | null;
  hasSourceFile(sha256: string): boolean;
}


const asInfo = (failure: ImportFailure): FailureInfo => ({ code: failure.code, message: failure.message });

/** Bytes kept as they are when compressing would gain little. */
const MIN_COMPRESS_BYTES = 512;

function prepareSource(source: ImportSource, lookup: ArchiveLookup): PreparedSource {
  const hash = sha256(source.bytes);
  const base = { path: source.path, name: source.name, sha256: hash, size: source.bytes.byteLength, modifiedAt: source.modifiedAt };
  if (lookup.hasSourceFile(hash)) return { ...base, stored: null, compression: null };
  if (source.bytes.byteLength < MIN_COMPRESS_BYTES) return { ...base, stored: source.bytes, compression: null };
  // Node's own zlib (raw DEFLATE, as stored): about twice as fast as a JavaScript deflate on an article,
  // and level 1 for big files, most of the gain at a fraction of the time.
  const deflated = deflateRawSync(source.bytes, { level: source.bytes.byteLength > 4 * 1024 * 1024 ? 1 : 6 });
  // A plain Uint8Array, as it arrives from a worker thread, not a Buffer.
  const packed = new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength);
  return packed.byteLength < source.bytes.byteLength ? { ...base, stored: packed, compression: 'deflate' } : { ...base, stored: source.bytes, compression: null };
}

/** Prepared articles of a chunk, and those that could not be prepared, each with its reason. */
export interface PreparedArticles {
  articles: PreparedArticle[];
  failures: FailureInfo[];
}

/**
 * Content keys, then statements and fingerprints for the texts the archive does not hold yet. An article the
 * extractor fails on is left out with the reason, and costs no other article its place.
 */
export function prepareArticles(entries: readonly ParsedEntry[], lookup: ArchiveLookup, extract: (text: string) => ExtractionResult = extractStatements): PreparedArticles {
  const prepared: PreparedArticles = { articles: [], failures: [] };
  for (const { article, index } of entries) {
    const key = contentKey(article.text, article.title);
    const duplicateOf = lookup.articleWithContent(key);
    if (duplicateOf !== null) {
      prepared.articles.push({ article, index, key, duplicateOf, extraction: null, fingerprint: null });
      continue;
    }
    // Only the extractor's failure is the article's own; one reading the archive still fails the whole chunk, as it is.
    let extraction: ExtractionResult;
    try {
      extraction = extract(article.text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      prepared.failures.push({ code: 'extraction-failed', message: `article ${index + 1}: its statements could not be found (${reason}); it was not imported, the others were` });
      continue;
    }
    prepared.articles.push({ article, index, key, duplicateOf: null, extraction, fingerprint: fingerprint(article.text) });
  }
  return prepared;
}

/**
 * Parses one file and prepares its articles (content key, then statements and fingerprint for texts
 * the archive does not hold yet), chunk by chunk: the CPU-heavy part of an import, which runs in worker
 * threads while the archive is written on the core's thread. `stopped` is asked between chunks. With
 * `handOff`, the chunks of a bulk file are yielded parsed only (ParsedChunk), for other workers to prepare.
 */
export async function* prepareTask(
  task: PrepareTask,
  options: {
    limits?: ImportLimits;
    lookup?: ArchiveLookup;
    stopped?: () => boolean;
    handOff?: boolean;
    /** Read the file synchronously: cheaper, for a worker thread, which keeps no one waiting meanwhile. */
    syncReads?: boolean;
  } = {},
): AsyncGenerator<PreparedResult | ParsedChunk> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const lookup = options.lookup ?? NO_ARCHIVE;
  if (task.kind === 'articles') throw new Error('parsed articles are prepared with prepareArticles');
  const source =
    task.kind === 'source' ? task.source : options.syncReads ? readSourceFileSync(task.path, limits, task.fsPath) : await readSourceFile(task.path, limits, task.fsPath);
  if ('error' in source) {
    yield { path: source.path, error: asInfo(source.error) };
    return;
  }
  // One file read in batches gives several results for the same source: its bytes are prepared once.
  let current: { source: ImportSource; prepared: PreparedSource } | null = null;
  const maxChars = articleCharLimit(limits);
  for await (const result of readSources(source, limits, { batchArticles: CHUNK_ARTICLES })) {
    if (options.stopped?.()) return;
    if ('error' in result) {
      yield { path: result.path, error: asInfo(result.error) };
      continue;
    }
    const continuing = current?.source === result.source;
    if (!current || !continuing) current = { source: result.source, prepared: prepareSource(result.source, lookup) };
    const prepared = current.prepared;
    const failures = result.failures.map(asInfo);
    const firstIndex = result.firstIndex ?? 0;
    const entries: ParsedEntry[] = [];
    result.articles.forEach((article, offset) => {
      const index = firstIndex + offset;
      if (article.text.length > maxChars) {
        const where = result.articles.length > 1 || firstIndex > 0 ? `${result.source.name}, article ${index + 1}` : result.source.name;
        failures.push(asInfo(tooMuchText(where, article.text.length, maxChars)));
      } else {
        entries.push({ article, index });
      }
    });
    const bulk = continuing || entries.length > CHUNK_ARTICLES || result.firstIndex !== undefined;
    const chunks = Math.max(1, Math.ceil(entries.length / CHUNK_ARTICLES));
    for (let chunk = 0; chunk < chunks; chunk++) {
      if (chunk > 0 || continuing) {
        // Between chunks the thread takes its messages (a cancel) before more work.
        await nextMacrotask();
        if (options.stopped?.()) return;
      }
      const first = chunk === 0 && !continuing;
      const head = {
        path: result.path,
        source: first ? prepared : { ...prepared, stored: null },
        format: result.format,
        failures: chunk === 0 ? failures : [],
        continued: !first,
      };
      const slice = entries.slice(chunk * CHUNK_ARTICLES, (chunk + 1) * CHUNK_ARTICLES);
      if (options.handOff && bulk) yield { ...head, parsed: slice };
      else {
        const prepared = prepareArticles(slice, lookup);
        yield { ...head, articles: prepared.articles, failures: [...head.failures, ...prepared.failures] };
      }
    }
  }
}
