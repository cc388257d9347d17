import * as z from 'zod';

/** Columns the library sorts by; `relevance` is the search rank and needs a query. */
export const ARTICLE_SORTS = ['imported', 'title', 'outlet', 'published', 'name', 'statements', 'relevance'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/**
 * One page of the library or of a search. Sequential pages follow `after` (the `next` cursor of the
 * page before: a keyset, as fast at the end of 100,000 articles as at the start); `offset` jumps.
 * Built when called (the API contract builds it once, on the first check), not when this loads.
 */
export const articleListArgs = () =>
  z
    .object({
      limit: z.number().int().min(1).max(1000),
      offset: z.number().int().min(0).max(10_000_000).optional(),
      after: z.string().min(1).max(2000).optional(),
      query: z.string().max(1000).optional(),
      sort: z.enum(ARTICLE_SORTS).optional(),
      direction: z.enum(['asc', 'desc']).optional(),
      outlet: z.string().min(1).max(500).optional(),
      /** Inclusive bounds on the article's date; undated articles never match a date range. */
      from: isoDate().optional(),
      to: isoDate().optional(),
      /** Articles with at least one statement spoken for this nation (ISO 3166-1 alpha-2). */
      nation: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code').optional(),
    })
    .strict();

export type ArticleListArgs = z.infer<ReturnType<typeof articleListArgs>>;
