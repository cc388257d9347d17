import { describe, expect, it } from 'vitest';
import type { ArticlePage, ArticleSummary } from '../../../shared/domain/archive';
import { ArticleRowCache, BLOCK_SIZE } from '../../../renderer/src/features/library/article-row-cache';

interface PageRequest {
  offset: number;
  limit: number;
  query: string | undefined;
  answer(total: number, label?: string): Promise<void>;
  refuse(message: string): Promise<void>;
}

function article(id: number, label = 'Article'): ArticleSummary {
  return {
    id,
    title: `${label} ${id}`,
    outlet: 'Reuters',
    publishedAt: '2024-05-01',
    originalName: `${id}.txt`,
    statementCount: 2,
    importedAt: '2024-05-02T10:00:00Z',
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A library backend the test answers by hand, so it decides when and in what order pages arrive. */
function libraryBackend() {
  const requests: PageRequest[] = [];
  const fetchPage = (offset: number, limit: number, query: string | undefined): Promise<ArticlePage> =>
    new Promise<ArticlePage>((resolve, reject) => {
      requests.push({
        offset,
        limit,
        query,
        async answer(total, label) {
          const count = Math.max(0, Math.min(limit, total - offset));
          resolve({ total, offset, rows: Array.from({ length: count }, (_, i) => article(offset + i, label)), next: null });
          await settle();
        },
        async refuse(message) {
          reject(new Error(message));
          await settle();
        },
      });
    });
  const cache = new ArticleRowCache(fetchPage);
  let changes = 0;
  cache.subscribe(() => {
    changes += 1;
  });
  return { cache, requests, changes: () => changes, offsets: () => requests.map((r) => r.offset) };
}

describe('the library list fetching rows block by block', () => {
  it('fetches the first block when the library opens and shows its rows', async () => {
    const { cache, requests, changes } = libraryBackend();
    cache.reset(undefined);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ offset: 0, limit: BLOCK_SIZE, query: undefined });
    expect(cache.row(0)).toBeUndefined();
    expect(cache.total).toBeNull();

    await requests[0]!.answer(1234);
    expect(cache.total).toBe(1234);
    expect(cache.row(0)?.title).toBe('Article 0');
    expect(cache.row(BLOCK_SIZE - 1)?.id).toBe(BLOCK_SIZE - 1);
    expect(cache.row(BLOCK_SIZE)).toBeUndefined();
    expect(changes()).toBe(1);
    expect(cache.getVersion()).toBe(cache.version);
  });

  it('fetches only the blocks the user scrolls into, once each', async () => {
    const { cache, requests, offsets } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(100_000);

    cache.ensureRange(450, 620);
    expect(offsets()).toEqual([0, 400, 600]);
    // Scrolling again before the answers arrive asks for nothing twice.
    cache.ensureRange(500, 610);
    expect(offsets()).toEqual([0, 400, 600]);

    await requests[1]!.answer(100_000);
    await requests[2]!.answer(100_000);
    expect(cache.row(450)?.id).toBe(450);
    expect(cache.row(620)?.id).toBe(620);
    expect(cache.row(300)).toBeUndefined();

    cache.ensureRange(400, 799);
    expect(requests).toHaveLength(3);
  });

  it('does not ask for blocks past the end of the library', async () => {
    const { cache, requests, offsets } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(250);
    cache.ensureRange(0, 5_000);
    expect(offsets()).toEqual([0, 200]);
    await requests[1]!.answer(250);
    expect(cache.row(249)?.id).toBe(249);
    expect(cache.row(250)).toBeUndefined();
  });

  it('ignores an empty or backwards range and clamps a negative start', async () => {
    const { cache, requests, offsets } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(1_000);
    cache.ensureRange(500, 100);
    expect(offsets()).toEqual([0]);
    cache.ensureRange(-50, 10);
    expect(offsets()).toEqual([0]);
  });

  it('drops the answer to an old search when the user has typed a new one', async () => {
    const { cache, requests, changes } = libraryBackend();
    cache.reset('sanctions');
    cache.reset('ceasefire');
    expect(requests.map((r) => r.query)).toEqual(['sanctions', 'ceasefire']);
    expect(cache.query).toBe('ceasefire');

    await requests[1]!.answer(3, 'Ceasefire');
    await requests[0]!.answer(900, 'Sanctions');
    expect(cache.total).toBe(3);
    expect(cache.row(0)?.title).toBe('Ceasefire 0');
    expect(changes()).toBe(1);
  });

  it('empties the list at once for a new search', async () => {
    const { cache, requests } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(500);
    cache.reset('Kremlin');
    expect(cache.row(0)).toBeUndefined();
    expect(cache.total).toBeNull();
  });

  it('keeps showing the old rows after an archive change until the fresh ones arrive', async () => {
    const { cache, requests, offsets } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(600, 'Old');
    cache.ensureRange(200, 399);
    await requests[1]!.answer(600, 'Old');

    cache.reset(undefined, true);
    expect(cache.row(0)?.title).toBe('Old 0');
    expect(cache.row(250)?.title).toBe('Old 250');
    expect(cache.total).toBe(600);

    // The old copy of a block on screen is refreshed when the user looks at it again.
    cache.ensureRange(200, 399);
    expect(offsets()).toEqual([0, 200, 0, 200]);
    await requests[2]!.answer(601, 'New');
    await requests[3]!.answer(601, 'New');
    expect(cache.row(0)?.title).toBe('New 0');
    expect(cache.row(250)?.title).toBe('New 250');
    expect(cache.total).toBe(601);

    // A fresh block is not fetched again.
    cache.ensureRange(0, 399);
    expect(requests).toHaveLength(4);
  });

  it('forgets kept blocks that lie past the end once the archive has shrunk', async () => {
    const { cache, requests } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(1_000);
    cache.ensureRange(800, 999);
    await requests[1]!.answer(1_000);
    expect(cache.row(900)?.id).toBe(900);

    // Articles were deleted: the archive now holds 300.
    cache.reset(undefined, true);
    await requests[2]!.answer(300);
    expect(cache.total).toBe(300);
    expect(cache.row(900)).toBeUndefined();
  });

  it('reports a failed fetch and tries that block again on the next scroll', async () => {
    const { cache, requests, offsets, changes } = libraryBackend();
    cache.reset(undefined);
    await requests[0]!.answer(1_000);
    cache.ensureRange(200, 300);
    await requests[1]!.refuse('database is locked');
    expect(cache.error).toBe('database is locked');
    expect(cache.row(250)).toBeUndefined();
    expect(changes()).toBe(2);

    cache.ensureRange(200, 300);
    expect(offsets()).toEqual([0, 200, 200]);
    await requests[2]!.answer(1_000);
    expect(cache.error).toBeNull();
    expect(cache.row(250)?.id).toBe(250);
  });

  it('stops telling a listener about changes once it unsubscribes', async () => {
    const { cache, requests } = libraryBackend();
    let heard = 0;
    const unsubscribe = cache.subscribe(() => {
      heard += 1;
    });
    cache.reset(undefined);
    await requests[0]!.answer(10);
    expect(heard).toBe(1);
    unsubscribe();
    cache.reset('x');
    await requests[1]!.answer(0);
    expect(heard).toBe(1);
    expect(cache.total).toBe(0);
    expect(cache.row(0)).toBeUndefined();
  });
});
