import type { ArticleFormat, ParsedArticle } from '../../../../shared/domain/article';

/** One file handed to the importers: dropped, named on the command line, or found in a folder, zip or mailbox. */
export interface ImportSource {
  /** Where the user can find it: a path as given, or "outer.zip/inner/name.html". */
  path: string;
  /** The file name alone, used to pick a format by extension. */
  name: string;
  bytes: Uint8Array;
  /** The file's own date, used to resolve "yesterday" in the text. */
  modifiedAt: Date | null;
  /** How many containers (zip, mailbox) this source sits inside. */
  depth: number;
}

/** A parser's answer: the articles a file holds, or the further files a container holds. */
export type ParseOutcome =
  | {
      kind: 'articles';
      format: ArticleFormat;
      articles: ParsedArticle[];
      /**
       * Parts of the file that could not become articles while the rest did, e.g. a bulk
       * record without text. Each is reported on its own; the articles still import.
       */
      failures?: ImportFailure[];
    }
  | {
      kind: 'container';
      format: ArticleFormat;
      entries: ImportSource[];
      /** Files in the container that could not be taken out of it (unsafe path, encrypted, damaged). */
      refused?: { path: string; failure: ImportFailure }[];
    };

export interface FormatParser {
  format: ArticleFormat;
  /** Lower-case extensions with the dot, e.g. ['.html', '.htm']. */
  extensions: readonly string[];
  parse(source: ImportSource, limits: ImportLimits): Promise<ParseOutcome>;
  /**
   * For formats holding many articles that can be read as they go (JSON Lines): the articles in
   * batches of about `batchArticles`, so storing starts before the whole file is parsed.
   */
  parseInBatches?(source: ImportSource, batchArticles: number): Iterable<{ articles: ParsedArticle[]; failures: ImportFailure[] }>;
}

export interface ImportLimits {
  /** A bulk file (export, zip, mailbox) larger than this is refused before it is read. */
  maxFileBytes: number;
  /** Any other file (one document) larger than this is refused before it is read or inflated. */
  maxDocumentBytes: number;
  /** Total bytes a container may expand to. */
  maxExpandedBytes: number;
  maxEntries: number;
  maxDepth: number;
  /** How long one file's parse may take before it is given up as 'timed-out'. */
  maxParseMillis?: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxEntries: 20_000,
  maxDepth: 4,
  maxParseMillis: 30_000,
};

export type ImportFailureCode =
  | 'unsupported-type'
  | 'too-large'
  | 'empty'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'no-article-text'
  | 'missing-field'
  | 'record-without-text'
  | 'too-deep'
  | 'too-many-entries'
  | 'unreadable'
  | 'timed-out';

/** A file (or one record in it) that cannot be imported, with a reason the user can act on. */
export class ImportFailure extends Error {
  override readonly name = 'ImportFailure';
  constructor(
    readonly code: ImportFailureCode,
    message: string,
    /** Where inside the file, when only part of it failed, e.g. "record 12". */
    readonly location: string | null = null,
  ) {
    super(message);
  }
}

/** Extensions of files that hold many articles, and so may be as large as `maxFileBytes`. */
const BULK_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson', '.csv', '.tsv', '.zip', '.mbox']);

/** The most bytes a file of this name may have (or inflate to), known before a byte of it is read. */
export function byteLimitFor(name: string, limits: ImportLimits): number {
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot).toLowerCase() : '';
  return BULK_EXTENSIONS.has(ext) ? limits.maxFileBytes : Math.min(limits.maxFileBytes, limits.maxDocumentBytes);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
