import type { ApiHandlers } from '../../shared/api/calls';
import { createArticleQueries } from './articles/article-queries';
import { openArchive } from './db/open';

/** The calls a reader answers, with the same handlers (and so the same results) as the full core's. */
export type ReaderHandlers = Pick<ApiHandlers, 'articles.list'>;

export interface ArchiveReader {
  readonly archivePath: string;
  readonly handlers: ReaderHandlers;
  close(): void;
}

/**
 * An archive opened read only for a command that only searches its articles (`parley search`).
 * It loads the article queries alone, not the desk, briefings, positions, import and interchange
 * modules that createCore brings with it, so such a command starts as fast as a plain script.
 */
export function openArchiveReader(archivePath: string): ArchiveReader {
  const db = openArchive(archivePath, { readonly: true });
  const articles = createArticleQueries(db);
  return {
    archivePath,
    handlers: {
      'articles.list': async (args) => articles.list(args),
    },
    close: () => db.close(),
  };
}
