import type { Database } from 'better-sqlite3';
import type { ArticleFormat, ParsedArticle } from '../../../shared/domain/article';

/** A file's original bytes as prepared for the archive: hashed once, usually compressed. */
export interface SourceFileRecord {
  name: string;
  path: string;
  format: ArticleFormat;
  /** SHA-256 of the original bytes (hex). */
  sha256: string;
  /** The original size in bytes. */
  size: number;
  /** What is stored: the bytes, or their raw DEFLATE when `compression` says so; null when the archive already holds them. */
  stored: Uint8Array | null;
  compression: 'deflate' | null;
  modifiedAt: Date | null;
}

export function createArticleStore(db: Database) {
  const findSource = db.prepare<[string], { id: number }>('SELECT id FROM source_files WHERE sha256 = ?');
  const insertSource = db.prepare(
    `INSERT INTO source_files (name, path, format, byte_size, sha256, bytes, compression, modified_at, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const findByContent = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insertArticle = db.prepare(
    `INSERT INTO articles (source_file_id, source_index, title, outlet, byline, published_at, language, url, dateline,
       original_name, format, content_hash, text, extractor_version, imported_at, statement_count, fingerprint, story_id)
     VALUES (@sourceFileId, @sourceIndex, @title, @outlet, @byline, @publishedAt, @language, @url, @dateline,
       @originalName, @format, @contentHash, @text, @extractorVersion, @now, @statementCount, @fingerprint, @storyId)`,
  );

  return {
    findByContent(key: string): number | null {
      return findByContent.get(key)?.id ?? null;
    },

    /** Keeps a file's original bytes once, however many articles it holds. Call inside a transaction. */
    sourceFileId(file: SourceFileRecord, now: string): number {
      const found = findSource.get(file.sha256);
      if (found) return found.id;
      if (file.stored === null) throw new Error(`the original bytes of ${file.name} are missing`);
      const result = insertSource.run(
        file.name,
        file.path,
        file.format,
        file.size,
        file.sha256,
        file.stored,
        file.compression,
        file.modifiedAt?.toISOString() ?? null,
        now,
      );
      return Number(result.lastInsertRowid);
    },

    insert(
      article: ParsedArticle,
      meta: {
        sourceFileId: number;
        sourceIndex: number;
        originalName: string;
        format: ArticleFormat;
        contentHash: string;
        extractorVersion: string;
        /** Written with the row, so storing its statements never rewrites it (see StatementStore.beginBulk). */
        statementCount: number;
        fingerprint: Uint32Array | null;
        storyId: number | null;
      },
      now: string,
    ): number {
      const { fingerprint, ...rest } = meta;
      const result = insertArticle.run({
        ...rest,
        fingerprint: fingerprint ? Buffer.from(fingerprint.buffer, fingerprint.byteOffset, fingerprint.byteLength) : null,
        title: article.title,
        outlet: article.outlet,
        byline: article.byline,
        publishedAt: article.publishedAt,
        language: article.language,
        url: article.url,
        dateline: article.dateline,
        text: article.text,
        now,
      });
      return Number(result.lastInsertRowid);
    },
  };
}

export type ArticleStore = ReturnType<typeof createArticleStore>;
