import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { openArchive } from '../../../electron/core/db/open';
import { ARTICLE_SORTS, type ArticleListArgs } from '../../../shared/domain/article-list';
import type { ArticleSummary } from '../../../shared/domain/archive';
import { useTempDir } from '../../support/temp-dir';

const OUTLETS = ['Reuters', 'AP', null, 'bbc', 'Al Jazeera'];
const COUNT = 230;

/** An archive of COUNT articles with repeated and missing titles, outlets and dates, some with statements. */
function seed(path: string): void {
  const db = openArchive(path);
  const now = '2026-01-01T00:00:00.000Z';
  const article = db.prepare(
    `INSERT INTO articles (title, outlet, published_at, original_name, format, content_hash, text, imported_at)
     VALUES (?, ?, ?, ?, 'txt', ?, ?, ?)`,
  );
  const statement = db.prepare(
    `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, nation, origin, created_at, updated_at)
     VALUES (?, 'direct', 0, 4, 'text', ?, 'automatic', ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const title = i % 7 === 0 ? null : `Story ${String.fromCharCode(65 + (i % 26))}${i % 3}`;
      const published = i % 5 === 0 ? null : `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const id = Number(article.run(title, OUTLETS[i % OUTLETS.length], published, `file-${i % 40}.txt`, `h${i}`, `Text of story ${i} about grain`, now).lastInsertRowid);
      for (let s = 0; s < i % 4; s++) statement.run(id, s % 2 === 0 ? 'FR' : 'DE', now, now);
    }
  })();
  db.close();
}

async function walk(core: Core, args: Omit<ArticleListArgs, 'limit' | 'after'>, limit = 17): Promise<ArticleSummary[]> {
  const rows: ArticleSummary[] = [];
  let after: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const page = await core.handlers['articles.list']({ ...args, limit, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    if (!page.next) return rows;
    after = page.next;
  }
  throw new Error('paging never ended');
}

describe('the library list: keyset pages, every sort, filters', () => {
  const tempDir = useTempDir();
  let core: Core | null = null;
  afterEach(() => core?.close());

  function open(): Core {
    const path = join(tempDir(), 'archive.sqlite');
    seed(path);
    core = createCore({ archivePath: path });
    return core;
  }

  it('pages through every sort in both directions, each row once, in the order of the column', async () => {
    const c = open();
    const everything = await walk(c, { sort: 'imported', direction: 'asc' }, 1000);
    expect(everything).toHaveLength(COUNT);
    const keyOf: Record<string, (r: ArticleSummary) => string | number> = {
      imported: (r) => r.id,
      title: (r) => (r.title ?? r.originalName).toLowerCase(),
      outlet: (r) => (r.outlet ?? '').toLowerCase(),
      published: (r) => r.publishedAt ?? '',
      name: (r) => r.originalName.toLowerCase(),
      statements: (r) => r.statementCount,
    };
    for (const sort of ARTICLE_SORTS.filter((s) => s !== 'relevance')) {
      for (const direction of ['asc', 'desc'] as const) {
        const rows = await walk(c, { sort, direction });
        expect(new Set(rows.map((r) => r.id)).size).toBe(COUNT);
        const key = keyOf[sort]!;
        const expected = [...everything].sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          const order = x < y ? -1 : x > y ? 1 : a.id - b.id;
          return direction === 'asc' ? order : -order;
        });
        expect(rows.map((r) => r.id), `${sort} ${direction}`).toEqual(expected.map((r) => r.id));
      }
    }
  });

  it('jumps by offset to the same rows the keyset reaches, at the start, middle and end', async () => {
    const c = open();
    const all = await walk(c, { sort: 'title' }, 50);
    for (const offset of [0, 100, 180, COUNT - 5]) {
      const page = await c.handlers['articles.list']({ sort: 'title', offset, limit: 20 });
      expect(page.total).toBe(COUNT);
      expect(page.offset).toBe(offset);
      expect(page.rows.map((r) => r.id)).toEqual(all.slice(offset, offset + 20).map((r) => r.id));
    }
  });

  it('filters by outlet, date range and nation, and combines them with a search', async () => {
    const c = open();
    const reuters = await walk(c, { outlet: 'reuters' });
    expect(reuters.length).toBe(COUNT / OUTLETS.length);
    expect(reuters.every((r) => r.outlet === 'Reuters')).toBe(true);

    const spring = await walk(c, { from: '2025-03-01', to: '2025-05-31', sort: 'published', direction: 'asc' });
    expect(spring.length).toBeGreaterThan(0);
    expect(spring.every((r) => r.publishedAt !== null && r.publishedAt >= '2025-03-01' && r.publishedAt <= '2025-05-31')).toBe(true);

    const french = await walk(c, { nation: 'FR' });
    expect(french.length).toBe(Array.from({ length: COUNT }, (_, i) => i % 4).filter((n) => n >= 1).length);
    const german = await walk(c, { nation: 'DE', outlet: 'AP' });
    expect(german.every((r) => r.outlet === 'AP' && r.statementCount >= 2)).toBe(true);

    const searched = await c.handlers['articles.list']({ query: 'grain', outlet: 'bbc', limit: 1000 });
    expect(searched.total).toBe(COUNT / OUTLETS.length);
    expect(searched.rows.every((r) => r.outlet === 'bbc')).toBe(true);
  });

  it('pages a ranked search, by cursor or by offset, in the order of one whole page, each hit once', async () => {
    const c = open();
    // Every article mentions grain, so most ranks tie: the pages must still agree with one whole page.
    const whole = await c.handlers['articles.list']({ query: 'grain', limit: 1000 });
    expect(whole.total).toBe(COUNT);
    expect(new Set(whole.rows.map((r) => r.id)).size).toBe(COUNT);
    const byCursor = await walk(c, { query: 'grain' });
    expect(byCursor.map((r) => r.id)).toEqual(whole.rows.map((r) => r.id));
    const third = await c.handlers['articles.list']({ query: 'grain', limit: 17, offset: 34 });
    expect(third).toMatchObject({ total: COUNT, offset: 34 });
    expect(third.rows).toEqual(whole.rows.slice(34, 51));

    const filtered = await c.handlers['articles.list']({ query: 'story grain', outlet: 'AP', limit: 1000 });
    expect(await walk(c, { query: 'story grain', outlet: 'AP' }, 5)).toEqual(filtered.rows);
    expect(filtered.total).toBe(filtered.rows.length);
    // Past the last hit: no rows, and the total still counted.
    expect(await c.handlers['articles.list']({ query: 'grain', limit: 10, offset: COUNT + 5 })).toMatchObject({ total: COUNT, rows: [], next: null });
  });

  it('refuses a cursor it did not make', async () => {
    const c = open();
    await expect(c.handlers['articles.list']({ limit: 10, after: 'not-a-cursor' })).rejects.toThrow(/not valid for this list/);
  });
});
