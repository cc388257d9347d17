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

/** A file a container could not give, with the reason (unsafe path, encrypted, damaged, too large). */
export interface RefusedEntry {
  /** e.g. "outer.zip/../evil.txt" */
  path: string;
  failure: ImportFailure;
}

/**
 * A container opened but not yet unpacked: what it holds is known and charged to the budget first,
 * then its files are taken out one at a time as the importer asks for them, so an archive of large
 * entries never has more than one of them inflated at once.
 */
export interface OpenedContainer {
  format: ArticleFormat;
  /** How many files it will give or refuse, known before any is taken out. */
  count: number;
  /** What those files declare they expand to, known before any is taken out. */
  declaredBytes: number;
  /**
   * Each file in turn, or the reason it could not be taken out. Throws (before yielding anything)
   * when none of them could be, with one failure for the whole container.
   */
  entries(): Generator<{ source: ImportSource } | { refused: RefusedEntry }>;
}

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
  /** For containers: opens one without unpacking it, for the importer to take its files out one by one. */
  open?(source: ImportSource, limits: ImportLimits): OpenedContainer;
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
  /** Longer text than this (in UTF-16 code units) is not one article (a book, a log, a dump): refused. */
  maxArticleChars?: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxExpandedBytes: 1024 * 1024 * 1024,
  maxEntries: 20_000,
  maxDepth: 4,
  maxParseMillis: 30_000,
  maxArticleChars: 5 * 1024 * 1024,
};

/** The most text one article may have under these limits. */
export function articleCharLimit(limits: ImportLimits): number {
  return limits.maxArticleChars ?? DEFAULT_IMPORT_LIMITS.maxArticleChars!;
}

/**
 * The refusal of a text too long to be one article, the same wherever it is found: by the importer
 * after parsing, by a parser before it reads metadata, or by the zip reader while inflating (which
 * knows only a lower bound, `chars === null`, as it stops before the end).
 */
export function tooMuchText(where: string, chars: number | null, limit: number): ImportFailure {
  const amount = chars === null ? `more than ${formatBytes(limit)}` : formatBytes(chars);
  return new ImportFailure('too-large', `${where} holds ${amount} of text, over the ${formatBytes(limit)} limit for one article; split it into smaller files`);
}

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
