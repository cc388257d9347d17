import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { extractStatements } from '../../../shared/extraction';
import { useTempDir } from '../../support/temp-dir';

const WORKER = join(import.meta.dirname, '..', '..', 'support', 'import-folder.ts');

function storyText(i: number): string {
  return `Envoy ${i} speaks\n\nEnvoy ${i} said, “Talks number ${i} were useful and will continue next week.” Officials said the ${i}th round ended late.\n`;
}

describe('an import killed mid-way', () => {
  const tempDir = useTempDir();

  it('leaves every committed article whole and nothing half-imported', async () => {
    const dir = tempDir();
    const folder = join(dir, 'inbox');
    mkdirSync(folder);
    for (let i = 0; i < 3000; i++) writeFileSync(join(folder, `story-${i}.txt`), storyText(i));
    const archivePath = join(dir, 'archive.sqlite');

    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, archivePath, folder], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await expect
      .poll(
        () => {
          try {
            const peek = new BetterSqlite3(archivePath, { readonly: true, fileMustExist: true });
            try {
              return peek.prepare('SELECT count(*) FROM articles').pluck().get() as number;
            } finally {
              peek.close();
            }
          } catch {
            return 0;
          }
        },
        { timeout: 30_000, interval: 20 },
      )
      .toBeGreaterThan(20);
    child.kill('SIGKILL');
    await exited;

    const core = createCore({ archivePath });
    try {
      const info = await core.handlers['archive.info']({});
      expect(info.articleCount).toBeGreaterThan(20);
      expect(info.articleCount).toBeLessThan(3000);
      const db = new BetterSqlite3(archivePath, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT a.id, a.text, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS n FROM articles a').all() as { id: number; text: string; n: number }[];
      for (const row of rows) expect(row.n).toBe(extractStatements(row.text).statements.length);
      expect(db.prepare('SELECT count(*) FROM source_files').pluck().get()).toBe(rows.length);
      db.close();

      // The interrupted import can simply be run again: what is there is recognised, the rest arrives.
      const rerun = await core.importPaths([folder]).done;
      expect(rerun.counts.duplicates).toBe(info.articleCount);
      expect(rerun.counts.imported).toBe(3000 - info.articleCount);
    } finally {
      core.close();
    }
  }, 120_000);
});
