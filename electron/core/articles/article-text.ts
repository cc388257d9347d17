import type { Database } from 'better-sqlite3';
import type { ArticleFindResult, ArticleTextRange, OpenedArticle } from '../../../shared/domain/article-text';
import { findAll, MAX_HITS } from '../../../shared/text/find-in-text';
import {
  cutIntoBlocks,
  encodeBlocks,
  firstBlocks,
  settledBlocks,
  TEXT_PAGE_BLOCKS,
  type EncodedBlocks,
  type TextBlocks,
} from '../../../shared/text/text-blocks';
import { ArticleNotFoundError } from './article-queries';

/**
 * Up to this many bytes (as stored, UTF-8) an article opens whole, as it always has; a longer one
 * (tens of megabytes, a million lines) opens with its first page of blocks and is read block by
 * block, so its first screen does not wait for the whole text to cross the wire and be parsed.
 */
export const WHOLE_TEXT_UP_TO = 1_000_000;

/**
 * Characters read to open a long article without its whole text: a first page of blocks holds a
 * few tens of thousands (blocks of eight lines, about 1,200 characters); more when its lines are long.
 */
export const OPENING_CHARS = 200_000;

/** Long texts kept in memory: the panes open at once (up to four), each asking for ranges as it scrolls. */
const KEEP_LONG_TEXTS = 4;

interface HeadRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published_at: string | null;
  original_name: string;
  imported_at: string;
  statement_count: number;
  byline: string | null;
  language: string | null;
  url: string | null;
  dateline: string | null;
  format: OpenedArticle['format'];
  story_id: number | null;
  content_hash: string;
  text_bytes: number;
}

interface LongText {
  hash: string;
  text: string;
  blocks: TextBlocks;
  /** Made on the first request for the outline. */
  encoded: EncodedBlocks | null;
  /** Lower-cased once, on the first find. */
  lowered: string | null;
}

/** Opening articles for the reader, and the outline, ranges and finds a long article is read through. */
export function createArticleText(
  db: Database,
  { wholeTextUpTo = WHOLE_TEXT_UP_TO, openingChars = OPENING_CHARS }: { wholeTextUpTo?: number; openingChars?: number } = {},
) {
  // No text here: reading a long one costs tens of milliseconds (turning 26 MB of UTF-8 into a
  // string), and a kept one is known by its hash. SQLite knows the stored size without reading it.
  const head = db.prepare<[number], HeadRow>(
    `SELECT id, title, outlet, published_at, original_name, imported_at, statement_count, byline, language, url, dateline, format,
       story_id, content_hash, octet_length(text) AS text_bytes FROM articles WHERE id = ?`,
  );
  const textOf = db.prepare<[number], string>('SELECT text FROM articles WHERE id = ?').pluck();
  const openingOf = db.prepare<[number, number], string>('SELECT substr(text, 1, ?) FROM articles WHERE id = ?').pluck();
  /** Most recently used last. */
  const kept = new Map<number, LongText>();

  function headOf(id: number): HeadRow {
    const row = head.get(id);
    if (!row) throw new ArticleNotFoundError(id);
    return row;
  }

  function isLong(row: HeadRow): boolean {
    return row.text_bytes > wholeTextUpTo;
  }

  /** A long text as kept for the current version of its article (its content hash changes with every edit), if it is. */
  function keptText(row: HeadRow): LongText | null {
    const known = kept.get(row.id);
    if (!known || known.hash !== row.content_hash) return null;
    kept.delete(row.id);
    kept.set(row.id, known);
    return known;
  }

  /** A long text, read and cut into blocks once per version. */
  function longText(row: HeadRow): LongText {
    const known = keptText(row);
    if (known) return known;
    const text = textOf.get(row.id) ?? '';
    const long: LongText = { hash: row.content_hash, text, blocks: cutIntoBlocks(text), encoded: null, lowered: null };
    kept.delete(row.id);
    kept.set(row.id, long);
    while (kept.size > KEEP_LONG_TEXTS) kept.delete(kept.keys().next().value!);
    return long;
  }

  function textOfRow(row: HeadRow): { text: string; long: LongText | null } {
    if (!isLong(row)) return { text: textOf.get(row.id) ?? '', long: null };
    const long = longText(row);
    return { text: long.text, long };
  }

  /**
   * A long article's first page of blocks and their text. Unless the article is kept, they are cut
   * from its first characters alone; the whole text is read only when those hold less than a page.
   */
  function opening(row: HeadRow): { blocks: TextBlocks; text: string } {
    const known = keptText(row);
    let blocks: TextBlocks;
    let text: string;
    if (known) {
      ({ blocks, text } = known);
    } else {
      text = openingOf.get(openingChars, row.id) ?? '';
      const isWholeText = Buffer.byteLength(text, 'utf8') === row.text_bytes;
      blocks = settledBlocks(text, isWholeText);
      if (!isWholeText && blocks.starts.length < TEXT_PAGE_BLOCKS) ({ blocks, text } = longText(row));
    }
    const page = firstBlocks(blocks, TEXT_PAGE_BLOCKS);
    return { blocks: page, text: text.slice(0, page.length) };
  }

  return {
    open(id: number): OpenedArticle {
      const row = headOf(id);
      const details = {
        id: row.id,
        title: row.title,
        outlet: row.outlet,
        publishedAt: row.published_at,
        originalName: row.original_name,
        importedAt: row.imported_at,
        statementCount: row.statement_count,
        byline: row.byline,
        language: row.language,
        url: row.url,
        dateline: row.dateline,
        format: row.format,
        storyId: row.story_id,
      };
      if (!isLong(row)) {
        const text = textOf.get(id) ?? '';
        return { ...details, text, textLength: text.length, blocks: null, firstPage: null };
      }
      const { blocks, text } = opening(row);
      return { ...details, text: null, textLength: null, blocks: encodeBlocks(blocks), firstPage: { start: 0, end: blocks.length, text } };
    },

    outline(id: number): EncodedBlocks {
      const { text, long } = textOfRow(headOf(id));
      if (!long) return encodeBlocks(cutIntoBlocks(text));
      long.encoded ??= encodeBlocks(long.blocks);
      return long.encoded;
    },

    range(id: number, start: number, end: number): ArticleTextRange {
      const { text } = textOfRow(headOf(id));
      const from = Math.min(start, text.length);
      const to = Math.min(Math.max(end, from), text.length);
      return { start: from, end: to, text: text.slice(from, to) };
    },

    find(id: number, query: string): ArticleFindResult {
      const { text, long } = textOfRow(headOf(id));
      let ranges;
      if (long) {
        long.lowered ??= text.toLocaleLowerCase();
        ranges = findAll(text, query, long.lowered);
      } else {
        ranges = findAll(text, query);
      }
      return { ranges, capped: ranges.length >= MAX_HITS };
    },
  };
}

export type ArticleText = ReturnType<typeof createArticleText>;
