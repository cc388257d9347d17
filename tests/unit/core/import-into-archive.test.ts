import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, SOURCE_WORKER_PATH, type Core } from '../../../electron/core';
import type { ApiEvents } from '../../../shared/api/events';
import { openArchive } from '../../../electron/core/db/open';
import { buildDocx, buildHtml, buildJsonl, buildText, sampleArticle } from '../../fixtures-builders';
import { useTempDir } from '../../support/temp-dir';

const encode = (s: string) => new TextEncoder().encode(s);

function article(title: string, body: string): string {
  return `${title}\n\n${body}\n`;
}

const SUMMIT = article(
  'Leaders meet at the summit',
  'Foreign Minister Anna Berg said, “We will not accept any deal that breaks the embargo.” ' +
    'The talks went on late into the night, and delegates from both sides described the mood as tense but hopeful. ' +
    'Officials said a joint statement could follow on Friday, after the ministers have consulted their governments.',
);

describe('importing into the archive', () => {
  const tempDir = useTempDir();
  const cores: Core[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });

  function openCore(): Core {
    const core = createCore({ archivePath: join(tempDir(), 'archive.sqlite') });
    cores.push(core);
    return core;
  }

  it('stores each article with its statements, the original bytes, and reports duplicates', async () => {
    const core = openCore();
    const dir = tempDir();
    writeFileSync(join(dir, 'summit.txt'), SUMMIT);
    const first = await core.importPaths([join(dir, 'summit.txt')]).done;
    expect(first.counts).toEqual({ processed: 1, imported: 1, duplicates: 0, failed: 0 });

    const id = first.imported[0]!.articleId;
    const detail = await core.handlers['articles.get']({ id });
    expect(detail.text).toBe(SUMMIT);
    expect(detail.title).toBe('Leaders meet at the summit');
    const statements = await core.handlers['statements.forArticle']({ articleId: id });
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) expect(detail.text.slice(s.content.start, s.content.end)).toBe(s.content.text);

    const again = await core.importPaths([join(dir, 'summit.txt')]).done;
    expect(again.counts).toMatchObject({ imported: 0, duplicates: 1 });
    expect(again.duplicates[0]!.existingArticleId).toBe(id);
    expect((await core.handlers['archive.info']({})).articleCount).toBe(1);
  });

  it('imports the good files of a drop and names each bad one with its reason', async () => {
    const core = openCore();
    const finished: ApiEvents['import.finished'][] = [];
    core.events.on((name, payload) => {
      if (name === 'import.finished') finished.push(payload as ApiEvents['import.finished']);
    });
    const { jobId } = await core.handlers['import.files']({
      files: [
        { name: 'summit.txt', path: 'summit.txt', bytes: encode(SUMMIT), lastModified: Date.now() },
        { name: 'empty.txt', path: 'empty.txt', bytes: new Uint8Array(), lastModified: null },
        { name: 'setup.exe', path: 'setup.exe', bytes: encode('MZ\u0090\u0000binary'), lastModified: null },
      ],
    });
    await expect.poll(() => finished.length, { timeout: 20_000 }).toBe(1);
    const summary = finished[0]!;
    expect(summary.jobId).toBe(jobId);
    expect(summary.counts).toMatchObject({ imported: 1, failed: 2 });
    expect(summary.failures.map((f) => f.path).sort()).toEqual(['empty.txt', 'setup.exe']);
    for (const failure of summary.failures) expect(failure.reason.length).toBeGreaterThan(5);
  });

  it('keeps what was imported before a cancel', async () => {
    const core = openCore();
    const dir = tempDir();
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 300; i++) {
      writeFileSync(join(dir, 'many', `story-${i}.txt`), article(`Story ${i}`, `Number ${i} of many. Officials said the count reached ${i * 7}.`));
    }
    let jobId = '';
    core.events.on((name, payload) => {
      if (name === 'import.progress' && (payload as ApiEvents['import.progress']).counts.imported > 0) core.handlers['import.cancel']({ jobId });
    });
    const run = core.importPaths([join(dir, 'many')]);
    jobId = run.jobId;
    const summary = await run.done;
    expect(summary.cancelled).toBe(true);
    expect(summary.counts.imported).toBeGreaterThan(0);
    expect(summary.counts.imported).toBeLessThan(300);
    expect((await core.handlers['archive.info']({})).articleCount).toBe(summary.counts.imported);
  });

  it('indexes imported statements and counts them with each article, as the triggers would', async () => {
    const core = openCore();
    const dir = tempDir();
    writeFileSync(join(dir, 'summit.txt'), SUMMIT);
    await core.importPaths([join(dir, 'summit.txt')]).done;
    const db = openArchive(core.archivePath);
    expect(db.prepare("SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'embargo'").pluck().get()).toBe(1);
    const counts = db.prepare('SELECT a.statement_count AS stored, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS actual FROM articles a').all();
    expect(counts).toEqual([{ stored: expect.any(Number), actual: expect.any(Number) }]);
    const { stored, actual } = (counts as { stored: number; actual: number }[])[0]!;
    expect(stored).toBe(actual);
    expect(actual).toBeGreaterThan(0);
    expect(db.prepare('SELECT count(*) FROM bulk_insert').pluck().get()).toBe(0);
    // Outside an import the triggers keep both: a statement rejected by hand leaves the count.
    db.prepare("UPDATE statements SET review_state = 'rejected' WHERE id = (SELECT min(id) FROM statements)").run();
    expect(db.prepare('SELECT statement_count FROM articles').pluck().get()).toBe(actual - 1);
    db.close();
  });

  it('reports an archive it cannot write once, before reading any file', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    openArchive(archivePath).close();
    // A read-only connection stands in for a read-only file (the tests may run as root, who can write anyway).
    const core = createCore({ archivePath, readonly: true });
    cores.push(core);
    const dir = tempDir();
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `story-${i}.txt`), article(`Story ${i}`, `Officials said round ${i} went well.`));
    const summary = await core.importPaths([dir]).done;
    expect(summary.counts).toEqual({ processed: 0, imported: 0, duplicates: 0, failed: 1 });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.reason).toMatch(/cannot be written/);
  });

  it('passes over the archive’s own files (its WAL, backups, a file set aside) in a folder that holds it', async () => {
    const dir = tempDir();
    const core = createCore({ archivePath: join(dir, 'archive.sqlite') });
    cores.push(core);
    writeFileSync(join(dir, 'summit.txt'), SUMMIT);
    await core.handlers['backups.create']({});
    writeFileSync(join(dir, 'archive.sqlite.replaced-20260101T000000000Z'), 'an archive set aside by a restore');
    const summary = await core.importPaths([dir]).done;
    expect(summary.failures).toEqual([]);
    expect(summary.counts).toMatchObject({ imported: 1, failed: 0 });
  });

  it('leaves every imported article in the archive file itself once closed, so a copy of that one file holds them', async () => {
    const dir = tempDir();
    const archivePath = join(dir, 'archive.sqlite');
    const core = createCore({ archivePath, importWorkerPath: SOURCE_WORKER_PATH });
    writeFileSync(join(dir, 'summit.txt'), SUMMIT);
    expect((await core.importPaths([join(dir, 'summit.txt')]).done).counts.imported).toBe(1);
    core.close();
    const copy = join(tempDir(), 'copied.sqlite');
    copyFileSync(archivePath, copy);
    const copied = openArchive(copy, { readonly: true });
    expect(copied.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    copied.close();
  });

  it('says an edit could not be made because the archive cannot be written, not with a bare SQLite error', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    openArchive(archivePath).close();
    // A read-only connection stands in for a read-only file, as above.
    const core = createCore({ archivePath, readonly: true });
    cores.push(core);
    await expect(core.handlers['topics.create']({ name: 'Sanctions' })).rejects.toThrow(/archive\.sqlite cannot be written .*; nothing was changed/);
    await expect(core.handlers['topics.tree']({})).resolves.toEqual([]);
  });

  it('skips and reports a link inside a dropped folder, and follows one the user named', async () => {
    const core = openCore();
    const outside = tempDir();
    writeFileSync(join(outside, 'private.txt'), SUMMIT);
    const dir = tempDir();
    mkdirSync(join(dir, 'inbox'));
    symlinkSync(join(outside, 'private.txt'), join(dir, 'inbox', 'linked.txt'));
    const walked = await core.importPaths([join(dir, 'inbox')]).done;
    expect(walked.counts).toMatchObject({ imported: 0, failed: 1 });
    expect(walked.failures[0]!.reason).toMatch(/linked\.txt is a link inside a folder and was not followed/);
    const named = await core.importPaths([join(dir, 'inbox', 'linked.txt')]).done;
    expect(named.counts.imported).toBe(1);
  });

  it('links the same wire story republished with small edits as one story', async () => {
    const core = openCore();
    const dir = tempDir();
    const edited = SUMMIT.replace('late into the night', 'until late').replace('Friday', 'Saturday');
    writeFileSync(join(dir, 'a.txt'), `${SUMMIT}\n(AA)`);
    writeFileSync(join(dir, 'b.txt'), `${edited}\n(Yonhap)`);
    writeFileSync(join(dir, 'c.txt'), article('Weather', 'Rain is expected across the region for most of next week, forecasters said.'));
    const summary = await core.importPaths([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.txt')]).done;
    expect(summary.counts.imported).toBe(3);
    const [a, b, c] = await Promise.all(summary.imported.map((r) => core.handlers['articles.get']({ id: r.articleId })));
    expect(a!.storyId).not.toBeNull();
    expect(b!.storyId).toBe(a!.storyId);
    expect(c!.storyId).toBeNull();
  });

  it('lists newest first in pages and finds articles by words with punctuation', async () => {
    const core = openCore();
    const files = Array.from({ length: 25 }, (_, i) => ({
      name: `n${i}.txt`,
      path: `n${i}.txt`,
      bytes: encode(article(`Report ${i}`, `Kim Jong-un met officials, report ${i} said; the U.S. reacted ${i} times.`)),
      lastModified: null,
    }));
    const done = new Promise<void>((resolve) => core.events.on((name) => name === 'import.finished' && resolve()));
    await core.handlers['import.files']({ files });
    await done;
    const page = await core.handlers['articles.list']({ offset: 20, limit: 10 });
    expect(page.total).toBe(25);
    expect(page.rows.map((r) => r.title)).toEqual(['Report 4', 'Report 3', 'Report 2', 'Report 1', 'Report 0']);
    const hits = await core.handlers['articles.list']({ offset: 0, limit: 50, query: 'Jong-un U.S.' });
    expect(hits.total).toBe(25);
    const one = await core.handlers['articles.list']({ offset: 0, limit: 50, query: 'report 17' });
    expect(one.rows.map((r) => r.title)).toContain('Report 17');
  });

  it('recognises the same article arriving in another format', async () => {
    const core = openCore();
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), buildText(sampleArticle));
    writeFileSync(join(dir, 'b.html'), buildHtml(sampleArticle));
    writeFileSync(join(dir, 'c.docx'), await buildDocx(sampleArticle));
    const summary = await core.importPaths([join(dir, 'a.txt'), join(dir, 'b.html'), join(dir, 'c.docx')]).done;
    expect(summary.failures).toEqual([]);
    expect(summary.counts).toMatchObject({ imported: 1, duplicates: 2 });
  });

  it('imports a large bulk file in chunks, keeping its bytes once', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    const core = createCore({ archivePath });
    cores.push(core);
    const dir = tempDir();
    writeFileSync(join(dir, 'export.jsonl'), buildJsonl(sampleArticle, 450));
    const summary = await core.importPaths([join(dir, 'export.jsonl')]).done;
    expect(summary.failures).toEqual([]);
    expect(summary.counts.imported + summary.counts.duplicates).toBe(450);
    const db = openArchive(archivePath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(DISTINCT source_index) FROM articles').pluck().get()).toBe(summary.counts.imported);
    db.close();
  });
});
