import { openArchive } from '../../electron/core/db/open';

/** An archive of a few megabytes at 3,000 articles, so reading every page of a copy is real work. */
export function seedArchive(path: string, articles = 3_000): void {
  const db = openArchive(path);
  const insert = db.prepare(
    `INSERT INTO articles (title, original_name, format, content_hash, text, imported_at) VALUES (?, 'a.txt', 'txt', ?, ?, 'now')`,
  );
  const paragraph = 'The foreign minister said on Tuesday that talks on the arms transfer would go on. ';
  db.transaction(() => {
    for (let i = 0; i < articles; i++) insert.run(`Talks ${i}`, `h${i}`, `Edition ${i}. ${paragraph.repeat(20)}`);
  })();
  db.close();
}
