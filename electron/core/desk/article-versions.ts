import type { Database } from 'better-sqlite3';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { similarity } from '../import/near-duplicates';
import type { AnchorDesk, ReanchorOutcome } from './anchors';

/** A changed file still shares most of its words with the version imported before. */
const SAME_ARTICLE_THRESHOLD = 0.3;

/**
 * A file imported again from the same path with changed text is a new version of the article it
 * gave before: the article keeps its id, metadata, reviews, tags and notes; its anchors move to the
 * new text, and whatever cannot be found again is listed as an orphan.
 */
export function createArticleVersions(deps: {
  db: Database;
  anchors: AnchorDesk;
  reextract: (articleId: number, extraction: ExtractionResult) => void;
}) {
  const { db, anchors, reextract } = deps;
  const previous = db.prepare<[string, string, number], { id: number; fingerprint: Buffer | null }>(
    `SELECT a.id, a.fingerprint FROM articles a JOIN source_files f ON f.id = a.source_file_id
     WHERE f.path = ? AND f.name = ? AND a.source_index = ? ORDER BY a.id DESC LIMIT 1`,
  );
  const setFingerprint = db.prepare('UPDATE articles SET fingerprint = ?, source_file_id = ? WHERE id = ?');

  return {
    /** The article an earlier import of this file gave, when the new text is a version of it. */
    previousVersion(path: string, name: string, index: number, print: Uint32Array): number | null {
      const row = previous.get(path, name, index);
      if (!row?.fingerprint) return null;
      const old = new Uint32Array(row.fingerprint.buffer.slice(row.fingerprint.byteOffset, row.fingerprint.byteOffset + row.fingerprint.byteLength));
      return similarity(print, old) >= SAME_ARTICLE_THRESHOLD ? row.id : null;
    },

    /** Call inside the import's transaction. */
    replace(articleId: number, update: { text: string; contentHash: string; extraction: ExtractionResult; fingerprint: Uint32Array; sourceFileId: number }): ReanchorOutcome {
      const outcome = anchors.replaceText(articleId, update.text, update.contentHash);
      const print = update.fingerprint;
      setFingerprint.run(Buffer.from(print.buffer, print.byteOffset, print.byteLength), update.sourceFileId, articleId);
      reextract(articleId, update.extraction);
      return outcome;
    },
  };
}

export type ArticleVersions = ReturnType<typeof createArticleVersions>;
