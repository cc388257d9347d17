import Papa from 'papaparse';
import type { ParsedArticle } from '../../../../../shared/domain/article';
import { decodeText } from '../text/decode-text';
import { ImportFailure, type FormatParser, type ImportSource, type ParseOutcome } from '../types';
import { articleFromRecord, mapFields, missingTextField, type FieldMap } from './record-fields';

type JsonRecord = Record<string, unknown>;

/** A file whose first this-many lines are all broken is not JSON Lines at all; reading on only repeats the error. */
const MAX_LEADING_BAD_LINES = 200;

/** Collects a bulk file's articles and per-record failures; decides the file-level error at the end. */
class RecordCollector {
  articles: ParsedArticle[] = [];
  failures: ImportFailure[] = [];
  /** Articles handed out by take() so far. */
  taken = 0;
  #sawTextField = false;
  readonly #fieldNames = new Set<string>();
  readonly #maps = new Map<string, FieldMap>();

  constructor(private readonly source: ImportSource) {}

  add(record: JsonRecord, location: string): void {
    const keys = Object.keys(record);
    // Records of one file nearly always share their keys, so the mapping is worked out once per shape.
    const shape = keys.join('\u0000');
    let fields = this.#maps.get(shape);
    if (!fields) {
      fields = mapFields(keys);
      this.#maps.set(shape, fields);
      for (const key of keys) this.#fieldNames.add(key);
    }
    if (fields.text !== undefined) this.#sawTextField = true;
    const result = articleFromRecord(record, fields, location, this.source.name);
    if (result instanceof ImportFailure) this.failures.push(result);
    else this.articles.push(result);
  }

  fail(failure: ImportFailure): void {
    this.failures.push(failure);
  }

  /** The articles and failures collected since the last take, handed out (a file read in batches). */
  take(): { articles: ParsedArticle[]; failures: ImportFailure[] } {
    const batch = { articles: this.articles, failures: this.failures };
    this.taken += this.articles.length;
    this.articles = [];
    this.failures = [];
    return batch;
  }

  outcome(format: 'json' | 'jsonl' | 'csv'): ParseOutcome {
    if (this.articles.length === 0 && this.failures.length === 0) {
      throw new ImportFailure('empty', `${this.source.name} holds no records`);
    }
    if (!this.#sawTextField && this.#fieldNames.size > 0) throw missingTextField(this.source.name, this.#fieldNames);
    if (this.articles.length === 0 && this.failures.every((f) => f.code === 'corrupt')) {
      throw new ImportFailure('corrupt', `${this.source.name} is not valid ${format.toUpperCase()}: ${this.failures[0]?.message ?? ''}`);
    }
    return { kind: 'articles', format, articles: this.articles, failures: this.failures };
  }
}

function isRecord(value: unknown): value is JsonRecord {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

// Keys under which JSON exports commonly keep their list of articles.
const LIST_KEYS = ['articles', 'data', 'items', 'records', 'results', 'docs', 'documents', 'stories', 'entries', 'hits'];

/** The records of a JSON file: a top-level list, a list under a wrapper key, or one record alone. */
function recordsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return [];
  for (const key of LIST_KEYS) {
    const value = data[key] ?? data[key.toUpperCase()] ?? data[key[0]?.toUpperCase() + key.slice(1)];
    if (Array.isArray(value)) return value;
    if (isRecord(value) && Array.isArray(value.hits)) return value.hits;
  }
  const list = Object.values(data).find((v) => Array.isArray(v) && v.length > 0 && v.every(isRecord));
  return Array.isArray(list) ? list : [data];
}

export function parseJson(source: ImportSource): ParseOutcome {
  const { text } = decodeText(source.bytes);
  if (text.trim() === '') throw new ImportFailure('empty', `${source.name} is empty`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportFailure('corrupt', `${source.name} is not valid JSON: ${(error as Error).message}`);
  }
  const collector = new RecordCollector(source);
  recordsOf(data).forEach((item, i) => {
    const location = `record ${i + 1}`;
    if (isRecord(item)) collector.add(unwrapSource(item), location);
    else collector.fail(new ImportFailure('record-without-text', `${source.name}, ${location}: not an object with fields`, location));
  });
  return collector.outcome('json');
}

/** Search-engine exports keep the article under "_source" or "fields". */
function unwrapSource(record: JsonRecord): JsonRecord {
  const inner = record._source ?? record.fields;
  return isRecord(inner) ? { ...inner, ...(record.url ? { url: record.url } : {}) } : record;
}

/**
 * JSON Lines, read line by line straight from the bytes so a large file is never held as one
 * decoded string as well. A line that is not JSON fails alone.
 */
export function parseJsonLines(source: ImportSource): ParseOutcome {
  const [all] = [...jsonLinesInBatches(source, Number.POSITIVE_INFINITY)];
  return { kind: 'articles', format: 'jsonl', articles: all?.articles ?? [], failures: all?.failures ?? [] };
}

/**
 * JSON Lines in batches of `batchArticles` articles as the lines are read, so a large export's first
 * articles can be stored while the rest is still being parsed. The file-level verdicts (no records, no
 * text field, not JSON Lines at all) can only fall before the first batch, as a batch holds articles.
 */
export function* jsonLinesInBatches(source: ImportSource, batchArticles: number): Generator<{ articles: ParsedArticle[]; failures: ImportFailure[] }> {
  // UTF-16 files (rare, from Windows tools) are decoded whole and re-encoded, so lines split as bytes below.
  const utf16 = (source.bytes[0] === 0xff && source.bytes[1] === 0xfe) || (source.bytes[0] === 0xfe && source.bytes[1] === 0xff);
  const bytes = utf16 ? new TextEncoder().encode(decodeText(source.bytes).text) : source.bytes;
  const strict = new TextDecoder('utf-8', { fatal: true });
  const collector = new RecordCollector(source);
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let lineNumber = 1; start < bytes.length; lineNumber++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = decodeLine(strict, bytes.subarray(start, end)).trim();
    start = end + 1;
    if (!line) continue;
    const location = `line ${lineNumber}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      collector.fail(new ImportFailure('corrupt', `${source.name}, ${location}: not valid JSON (${(error as Error).message})`, location));
      if (collector.taken + collector.articles.length === 0 && collector.failures.length >= MAX_LEADING_BAD_LINES) {
        throw new ImportFailure('corrupt', `${source.name} is not JSON Lines: its first ${MAX_LEADING_BAD_LINES} lines are not JSON records`);
      }
      continue;
    }
    if (isRecord(value)) collector.add(unwrapSource(value), location);
    else collector.fail(new ImportFailure('record-without-text', `${source.name}, ${location}: not an object with fields`, location));
    if (collector.articles.length >= batchArticles) yield collector.take();
  }
  if (collector.taken === 0) {
    const outcome = collector.outcome('jsonl');
    if (outcome.kind === 'articles') yield { articles: outcome.articles, failures: outcome.failures ?? [] };
  } else {
    yield collector.take();
  }
}

/** A line as UTF-8, or, when it is not valid UTF-8, in the single-byte encoding its bytes suggest. */
function decodeLine(strict: InstanceType<typeof TextDecoder>, bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    return decodeText(bytes).text;
  }
}

export function parseCsv(source: ImportSource): ParseOutcome {
  const { text } = decodeText(source.bytes);
  if (text.trim() === '') throw new ImportFailure('empty', `${source.name} is empty`);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  if (fields.length === 0) throw new ImportFailure('corrupt', `${source.name} has no header row`);
  if (mapFields(fields).text === undefined) throw missingTextField(source.name, fields);
  const collector = new RecordCollector(source);
  const broken = new Set(parsed.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row));
  parsed.data.forEach((row, i) => {
    const location = `row ${i + 1}`;
    if (broken.has(i)) collector.fail(new ImportFailure('corrupt', `${source.name}, ${location}: a quoted field is never closed`, location));
    else collector.add(row, location);
  });
  return collector.outcome('csv');
}

export const jsonParser: FormatParser = { format: 'json', extensions: ['.json'], parse: async (s) => parseJson(s) };
export const jsonLinesParser: FormatParser = {
  format: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  parse: async (s) => parseJsonLines(s),
  parseInBatches: (s, batchArticles) => jsonLinesInBatches(s, batchArticles),
};
export const csvParser: FormatParser = { format: 'csv', extensions: ['.csv', '.tsv'], parse: async (s) => parseCsv(s) };
