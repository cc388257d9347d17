import type { Database } from 'better-sqlite3';
import type { ArticleFindResult, ArticleTextRange, OpenedArticle } from '../../../shared/domain/article-text';
import { findAll, MAX_HITS } from '../../../shared/text/find-in-text';
import { cutIntoBlocks, encodeBlocks, pageStart, type EncodedBlocks, type TextBlocks } from '../../../shared/text/text-blocks';
import { ArticleNotFoundError } from './article-queries';

/**
 * Up to this many characters an article opens whole, as it always has; a longer one (tens of
 * megabytes, a million lines) opens with the outline of its blocks and is read block by block,
 * so its first screen does not wait for the whole text to cross the wire and be parsed.
 */
export const WHOLE_TEXT_UP_TO = 1_000_000;

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
}

interface LongText {
  hash: string;
  text: string;
  blocks: EncodedBlocks;
  /** Where the first page of blocks ends. */
  firstPageEnd: number;
  /** Lower-cased once, on the first find. */
  lowered: string | null;
}

/** Opening articles for the reader, and the ranges and finds a long article is read through. */
export function createArticleText(db: Database, { wholeTextUpTo = WHOLE_TEXT_UP_TO }: { wholeTextUpTo?: number } = {}) {
  // No text here: reading a long one costs tens of milliseconds, and a kept one is known by its hash.
  const head = db.prepare<[number], HeadRow>(
    `SELECT id, title, outlet, published_at, original_name, imported_at, statement_count, byline, language, url, dateline, format,
       story_id, content_hash FROM articles WHERE id = ?`,
  );
  const textOf = db.prepare<[number], string>('SELECT text FROM articles WHERE id = ?').pluck();
  /** Most recently used last. */
  const kept = new Map<number, LongText>();

  function headOf(id: number): HeadRow {
    const row = head.get(id);
    if (!row) throw new ArticleNotFoundError(id);
    return row;
  }

  /** The article's text: a long one as kept (cut into blocks once per version: its content hash changes with every edit). */
  function textOfRow(row: HeadRow): { text: string; long: LongText | null } {
    const known = kept.get(row.id);
    if (known && known.hash === row.content_hash) {
      kept.delete(row.id);
      kept.set(row.id, known);
      return { text: known.text, long: known };
    }
    const text = textOf.get(row.id) ?? '';
    if (text.length <= wholeTextUpTo) return { text, long: null };
    const blocks: TextBlocks = cutIntoBlocks(text);
    const long = { hash: row.content_hash, text, blocks: encodeBlocks(blocks), firstPageEnd: pageStart(blocks, 1), lowered: null };
    kept.delete(row.id);
    kept.set(row.id, long);
    while (kept.size > KEEP_LONG_TEXTS) kept.delete(kept.keys().next().value!);
    return { text, long };
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
      const { text, long } = textOfRow(row);
      if (!long) return { ...details, text, textLength: text.length, blocks: null, firstPage: null };
      const firstPage = { start: 0, end: long.firstPageEnd, text: text.slice(0, long.firstPageEnd) };
      return { ...details, text: null, textLength: text.length, blocks: long.blocks, firstPage };
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
