import type { ArticlePage, ArticleSummary } from '../../../../shared/domain/archive';
import type { ArticleSort } from '../../../../shared/domain/article-list';

export const BLOCK_SIZE = 200;

/** A column the library is sorted by; null keeps the default (newest first, or best match for a search). */
export type ListOrder = { sort: ArticleSort; direction: 'asc' | 'desc' } | null;

/** The library's filters; each one given narrows the list (undated articles never match a date range). */
export interface ListFilters {
  outlet?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** ISO 3166-1 alpha-2: articles with a statement spoken for this nation. */
  nation?: string;
}

export type FetchPage = (offset: number, limit: number, query: string | undefined, order: ListOrder, filters: ListFilters) => Promise<ArticlePage>;

function sameFilters(a: ListFilters, b: ListFilters): boolean {
  return a.outlet === b.outlet && a.from === b.from && a.to === b.to && a.nation === b.nation;
}

/**
 * The library's rows, fetched on demand in blocks of BLOCK_SIZE so a 100,000-article
 * archive costs only the blocks the user scrolls past. A new query or an archive change
 * starts a new generation; answers from an older generation are dropped.
 */
export class ArticleRowCache {
  private blocks = new Map<number, ArticleSummary[]>();
  private pending = new Set<number>();
  /** Blocks kept on screen after an archive change until their fresh copy arrives. */
  private stale = new Set<number>();
  private generation = 0;
  private currentQuery: string | undefined;
  private currentOrder: ListOrder = null;
  private currentFilters: ListFilters = {};
  private listeners = new Set<() => void>();
  private snapshotVersion = 0;

  total: number | null = null;
  error: string | null = null;

  constructor(private readonly fetchPage: FetchPage) {}

  get version(): number {
    return this.snapshotVersion;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.snapshotVersion;

  /** Starts over for a new search; `keepRows` keeps showing old rows until fresh ones arrive. */
  reset(query: string | undefined, keepRows = false): void {
    this.generation += 1;
    this.currentQuery = query;
    this.pending.clear();
    this.error = null;
    if (!keepRows) {
      this.blocks.clear();
      this.total = null;
    }
    this.stale = keepRows ? new Set(this.blocks.keys()) : new Set();
    this.loadBlock(0);
  }

  /** Starts over in another order (same search). */
  reorder(order: ListOrder): void {
    const same = order?.sort === this.currentOrder?.sort && order?.direction === this.currentOrder?.direction;
    if (same) return;
    this.currentOrder = order;
    this.reset(this.currentQuery);
  }

  /** Starts over with other filters (same search and order). */
  refilter(filters: ListFilters): void {
    if (sameFilters(filters, this.currentFilters)) return;
    this.currentFilters = { ...filters };
    this.reset(this.currentQuery);
  }

  /** The search the rows and total belong to. */
  get query(): string | undefined {
    return this.currentQuery;
  }

  row(index: number): ArticleSummary | undefined {
    return this.blocks.get(Math.floor(index / BLOCK_SIZE))?.[index % BLOCK_SIZE];
  }

  /** Makes sure the rows from `start` to `end` (inclusive) are loaded or on their way. */
  ensureRange(start: number, end: number): void {
    if (end < start) return;
    const first = Math.floor(Math.max(0, start) / BLOCK_SIZE);
    const last = Math.floor(end / BLOCK_SIZE);
    for (let block = first; block <= last; block++) {
      if (!this.blocks.has(block) || this.stale.has(block)) this.loadBlock(block);
    }
  }

  private loadBlock(block: number): void {
    if (this.pending.has(block)) return;
    if (this.total !== null && block * BLOCK_SIZE >= this.total && block !== 0) return;
    this.pending.add(block);
    const generation = this.generation;
    this.fetchPage(block * BLOCK_SIZE, BLOCK_SIZE, this.currentQuery, this.currentOrder, this.currentFilters).then(
      (page) => {
        if (generation !== this.generation) return;
        this.pending.delete(block);
        this.stale.delete(block);
        this.blocks.set(block, page.rows);
        if (page.total !== this.total) {
          this.total = page.total;
          // Blocks kept from before a refresh past the new end no longer exist.
          for (const key of [...this.blocks.keys()]) {
            if (key * BLOCK_SIZE >= page.total && key !== 0) this.blocks.delete(key);
          }
        }
        this.error = null;
        this.notify();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.pending.delete(block);
        this.error = error instanceof Error ? error.message : String(error);
        this.notify();
      },
    );
  }

  private notify(): void {
    this.snapshotVersion += 1;
    for (const listener of this.listeners) listener();
  }
}
