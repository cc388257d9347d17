import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'parley.mjs');

function parley(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE = 'Talks at the cosmodrome\n\nForeign Minister Anna Berg said, “We will not accept any deal that breaks the embargo.”\n';

// Each run starts a CLI process (several seconds on a busy machine), so these tests get room.
describe('parley export', { timeout: 240_000 }, () => {
  const tempDir = useTempDir();

  function archiveWithOneArticle(): string {
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.txt'), ARTICLE);
    const archive = join(dir, 'archive.sqlite');
    expect(parley(['import', '--archive', archive, join(dir, 'talks.txt')]).code).toBe(0);
    return archive;
  }

  it('writes the statements as CSV and the archive as a REFI-QDA project', () => {
    const archive = archiveWithOneArticle();
    const csv = join(tempDir(), 'statements.csv');
    const run = parley(['export', '--archive', archive, '--format', 'csv', '--out', csv]);
    expect(run.code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(rows.some((r) => r.text?.includes('We will not accept any deal') && r.speaker === 'Anna Berg')).toBe(true);

    const qdpx = join(tempDir(), 'archive.qdpx');
    expect(parley(['export', '--archive', archive, '--format', 'qdpx', '--out', qdpx]).code).toBe(0);
    const files = unzipSync(readFileSync(qdpx));
    expect(strFromU8(files['project.qde']!)).toContain('<Project xmlns="urn:QDA-XML:project:1.0"');
  });

  it('exits 2 on a usage error and 1 when the output cannot be written', () => {
    const archive = archiveWithOneArticle();
    const out = join(tempDir(), 'x.csv');
    expect(parley(['export', '--archive', archive, '--format', 'xlsx', '--out', out]).code).toBe(2);
    expect(parley(['export', '--archive', archive, '--out', out]).code).toBe(2);
    expect(parley(['export', '--archive', archive, '--format', 'csv']).code).toBe(2);
    const folder = join(tempDir(), 'a-folder');
    mkdirSync(folder);
    const unwritable = parley(['export', '--archive', archive, '--format', 'csv', '--out', folder]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain(`cannot write ${folder}`);
    const missingDir = parley(['export', '--archive', archive, '--format', 'qdpx', '--out', join(folder, 'no', 'such', 'x.qdpx')]);
    expect(missingDir.code).toBe(1);
  });

  it('reads the archive only: a missing one is reported and nothing is created, not even -wal or -shm', () => {
    const dir = tempDir();
    const archive = join(dir, 'missing.sqlite');
    const out = join(dir, 'statements.csv');
    const run = parley(['export', '--archive', archive, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`There is no archive at ${archive}`);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
