import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ArticleFormat, ParsedArticle } from '../../../shared/domain/article';
import { normaliseForComparison } from '../import/near-duplicates';

export interface SourceFileRecord {
  name: string;
  path: string;
  format: ArticleFormat;
  bytes: Uint8Array;
  modifiedAt: Date | null;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * What makes two articles "the same text": the text as it survives a change of format
 * (normaliseForComparison), with a headline line dropped when it is the article's title. Plain text
 * keeps its headline in the body while other formats carry it apart, so the same story as .txt,
 * .html or .docx lands on the same key.
 */
export function contentKey(text: string, title: string | null = null): string {
  const folded = normaliseForComparison(text);
  const heading = title === null ? '' : normaliseForComparison(title);
  const body = heading && folded.startsWith(`${heading} `) ? folded.slice(heading.length + 1) : folded;
  return sha256(body);
}

export function createArticleStore(db: Database) {
  const findSource = db.prepare<[string], { id: number }>('SELECT id FROM source_files WHERE sha256 = ?');
  const insertSource = db.prepare(
    `INSERT INTO source_files (name, path, format, byte_size, sha256, bytes, modified_at, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const findByContent = db.prepare<[string], { id: number }>('SELECT id FROM articles WHERE content_hash = ?');
  const insertArticle = db.prepare(
    `INSERT INTO articles (source_file_id, source_index, title, outlet, byline, published_at, language, url, dateline,
       original_name, format, content_hash, text, extractor_version, imported_at)
     VALUES (@sourceFileId, @sourceIndex, @title, @outlet, @byline, @publishedAt, @language, @url, @dateline,
       @originalName, @format, @contentHash, @text, @extractorVersion, @now)`,
  );

  return {
    findByContent(key: string): number | null {
      return findByContent.get(key)?.id ?? null;
    },

    /** Keeps a file's original bytes once, however many articles it holds. Call inside a transaction. */
    sourceFileId(file: SourceFileRecord, now: string): number {
      const hash = sha256(file.bytes);
      const found = findSource.get(hash);
      if (found) return found.id;
      const result = insertSource.run(
        file.name,
        file.path,
        file.format,
        file.bytes.byteLength,
        hash,
        file.bytes,
        file.modifiedAt?.toISOString() ?? null,
        now,
      );
      return Number(result.lastInsertRowid);
    },

    insert(
      article: ParsedArticle,
      meta: { sourceFileId: number; sourceIndex: number; originalName: string; format: ArticleFormat; contentHash: string; extractorVersion: string },
      now: string,
    ): number {
      const result = insertArticle.run({
        ...meta,
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
