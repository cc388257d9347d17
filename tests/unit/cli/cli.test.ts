import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageFirstPageOf } from '../../support/damage-page';
import { useTempDir } from '../../support/temp-dir';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'parley.mjs');

/**
 * Each run of `parley` is a Node start, an archive open and maybe worker threads: on a loaded 2-core
 * machine that can take many seconds, so a test's time limit grows with the runs it makes.
 */
const PER_RUN_MS = 60_000;
const runs = (n: number) => n * PER_RUN_MS;

function parley(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const ARTICLE = [
  'Talks at the cosmodrome',
  '',
  'Foreign Minister Anna Berg said, “We will not accept any deal that breaks the embargo.”',
  '',
  '“Nothing is decided yet,” the minister added.',
  '',
].join('\n');

describe('parley extract into a reader that stops early', () => {
  const tempDir = useTempDir();

  it('ends quietly with exit code 0 when the pipe closes ("parley extract *.txt | head")', async () => {
    const dir = tempDir();
    const files = Array.from({ length: 300 }, (_, i) => {
      const file = join(dir, `talks-${i}.txt`);
      writeFileSync(file, ARTICLE);
      return file;
    });
    const child = spawn(process.execPath, [BIN, 'extract', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The reader takes the first lines and closes its end, as head does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, runs(1));
});

describe('parley extract --json', () => {
  const tempDir = useTempDir();

  it('prints one JSON line per file whose offsets index the text exactly', () => {
    const dir = tempDir();
    const file = join(dir, 'talks.txt');
    // A BOM is removed before offsets are counted; nothing else is changed.
    writeFileSync(file, `\uFEFF${ARTICLE}`);
    const run = parley(['extract', '--json', file]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as {
      file: string;
      title: string | null;
      statements: { kind: string; content: { start: number; end: number; text: string }; cue: { start: number; end: number; text: string } | null; speaker: { mention: { start: number; end: number; text: string } | null; name: string | null; nation: string | null }; confidence: number }[];
    };
    expect(result.file).toBe(file);
    expect(result.statements.length).toBeGreaterThan(0);
    for (const s of result.statements) {
      expect(['direct', 'indirect', 'mixed']).toContain(s.kind);
      expect(ARTICLE.slice(s.content.start, s.content.end)).toBe(s.content.text);
      if (s.cue) expect(ARTICLE.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
      if (s.speaker.mention) expect(ARTICLE.slice(s.speaker.mention.start, s.speaker.mention.end)).toBe(s.speaker.mention.text);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(result.statements.some((s) => s.content.text.includes('We will not accept any deal'))).toBe(true);
  }, runs(1));

  it('reports an unreadable file on its own line, goes on, and exits 1', () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const missing = join(dir, 'missing.txt');
    const run = parley(['extract', '--json', missing, good]);
    expect(run.code).toBe(1);
    const [first, second] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toEqual({ file: missing, error: 'no such file' });
    expect(second).toMatchObject({ file: good, statements: expect.any(Array) });
    expect(run.stderr).toContain(`${missing}: no such file`);
  }, runs(1));

  it('prints an article’s statements with the terminal escapes a hostile file may hold escaped, not obeyed', () => {
    const dir = tempDir();
    const file = join(dir, 'hostile.txt');
    writeFileSync(file, 'Talks\n\nForeign Minister Anna Berg said, “We will \x1b[2Jnot accept any deal.”\n');
    const run = parley(['extract', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('We will \\x1b[2Jnot accept any deal.');
    expect(run.stdout).not.toContain('\x1b');
  }, runs(1));

  it('never creates an archive', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const archive = join(dir, 'never.sqlite');
    parley(['extract', '--json', file], { PARLEY_ARCHIVE: archive });
    expect(spawnSync('test', ['-e', archive]).status).toBe(1);
  }, runs(1));
});

describe('parley import and search', () => {
  const tempDir = useTempDir();

  /** A new archive, in a folder of its own, into which parley imported one article. */
  function archiveWithOneArticle(): string {
    const dir = tempDir();
    const archive = join(dir, 'archive.sqlite');
    const article = join(dir, 'talks.txt');
    writeFileSync(article, ARTICLE);
    expect(parley(['import', '--archive', archive, article]).code).toBe(0);
    return archive;
  }

  it('imports files and folders, skips duplicates, reports failures with exit 1, and finds articles', () => {
    const dir = tempDir();
    const archive = join(tempDir(), 'archive.sqlite');
    const article = join(dir, 'talks.txt');
    writeFileSync(article, ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '');

    const first = parley(['import', '--archive', archive, article]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported 1, duplicates 0, failed 0');

    const again = parley(['import', '--archive', archive, dir]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('Imported 0, duplicates 1, failed 1');
    expect(again.stderr).toMatch(/empty\.txt: .+/);

    const search = parley(['search', '--archive', archive, 'embargo']);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('Talks at the cosmodrome');
    expect(search.stdout).toContain('1 matching article');

    const punctuation = parley(['search', '--archive', archive, 'Jong-un', 'U.S.']);
    expect(punctuation.code).toBe(0);
    expect(punctuation.stdout).toContain('0 matching articles');
  }, runs(4));

  it('uses PARLEY_ARCHIVE when no --archive is given', () => {
    const dir = tempDir();
    const archive = join(dir, 'from-env.sqlite');
    const article = join(dir, 'talks.txt');
    writeFileSync(article, ARTICLE);
    expect(parley(['import', article], { PARLEY_ARCHIVE: archive }).stdout).toContain(archive);
  }, runs(1));

  it('refuses a search it cannot parse with exit 2, saying why', () => {
    const unparsable = parley(['search', '--archive', join(tempDir(), 'a.sqlite'), 'C++']);
    expect(unparsable.code).toBe(2);
    expect(unparsable.stderr).toMatch(/“C\+\+” cannot be searched/);
  }, runs(1));

  it('checks arguments against the API contract: a bad --limit is a usage error (exit 2)', () => {
    const archive = join(tempDir(), 'a.sqlite');
    const run = parley(['search', '--archive', archive, '--limit', 'abc', 'embargo']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Invalid arguments for articles\.list/);
    expect(parley(['search', '--archive', archive, '--limit', '0', 'embargo']).code).toBe(2);
    expect(existsSync(archive)).toBe(false);
  }, runs(2));

  it('says a searched archive is missing and creates nothing', () => {
    const archive = join(tempDir(), 'nowhere', 'missing.sqlite');
    const run = parley(['search', '--archive', archive, 'embargo']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`There is no archive at ${archive}`);
    expect(existsSync(archive)).toBe(false);
    expect(existsSync(join(archive, '..'))).toBe(false);
  }, runs(1));

  it('prints file names with control characters escaped and bidirectional overrides shown, not obeyed', () => {
    const dir = tempDir();
    const archive = join(tempDir(), 'archive.sqlite');
    const forged = 'evil\rImported 99, duplicates 0, failed 0\u202etxt.exe.txt';
    writeFileSync(join(dir, forged), '');
    const run = parley(['import', '--archive', archive, join(dir, forged)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('evil\\rImported 99');
    expect(run.stderr).toContain('\\u202etxt.exe.txt');
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('\u202e');
  }, runs(1));

  it('escapes control characters and bidirectional overrides in the paths its error messages name', () => {
    const dir = tempDir();
    const forged = 'evil\nImported 99\x1b[2J\u202etxt.sqlite';
    const missing = parley(['search', '--archive', join(dir, forged), 'embargo']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('evil\\nImported 99\\x1b[2J\\u202etxt.sqlite');
    const unreadable = parley(['extract', join(dir, forged)]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('evil\\nImported 99\\x1b[2J\\u202etxt.sqlite');
    for (const run of [missing, unreadable]) {
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toContain('\x1b');
      expect(run.stderr).not.toContain('\u202e');
    }
  }, runs(2));

  it('imports a file whose name is not valid UTF-8', () => {
    const dir = tempDir();
    const archive = join(tempDir(), 'archive.sqlite');
    const name = Buffer.concat([Buffer.from(dir + '/caf'), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(name, ARTICLE);
    const run = parley(['import', '--archive', archive, dir]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Imported 1, duplicates 0, failed 0');
    expect(run.code).toBe(0);
  }, runs(1));

  it('imports a file whose name is not valid UTF-8 when it is named on the command line, as a shell pattern gives it', () => {
    const dir = tempDir();
    const archive = join(tempDir(), 'archive.sqlite');
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), ARTICLE);
    // The shell hands the name's own bytes to parley, which Node's argv can only show with U+FFFD.
    const run = spawnSync('sh', ['-c', 'exec "$0" "$1" import --archive "$2" "$3"/caf*.txt', process.execPath, BIN, archive, dir], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Imported 1, duplicates 0, failed 0');
    expect(run.status).toBe(0);
  }, runs(1));

  it('backs up with parley backup and puts the backup back with parley restore, keeping the replaced file', () => {
    const archive = archiveWithOneArticle();
    const backup = parley(['backup', '--archive', archive]);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up .+ to .+archive\.sqlite\.backups/);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${archive}${suffix}`, { force: true });
    writeFileSync(archive, 'damaged '.repeat(1000));
    const restore = parley(['restore', '--archive', archive]);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('The file it replaced was kept as');
    expect(parley(['search', '--archive', archive, 'embargo']).stdout).toContain('1 matching article');
  }, runs(4));

  it('parley backup of an archive that opens but fails its check keeps no copy, leaves the good backup, and exits 1', () => {
    const archive = archiveWithOneArticle();
    expect(parley(['backup', '--archive', archive]).code).toBe(0);
    const good = readdirSync(`${archive}.backups`);
    expect(good).toHaveLength(1);
    damageFirstPageOf(archive, 'edit_history_undone');

    const refused = parley(['backup', '--archive', archive]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^parley backup: Backup refused, the archive is probably damaged: the new backup of .+ failed SQLite's integrity check .+ so it was not kept/);
    expect(refused.stderr).toContain(good[0]);
    expect(readdirSync(`${archive}.backups`)).toEqual(good);
  }, runs(3));

  it('parley restore offers no backup when every backup fails its check, and changes nothing', () => {
    const archive = archiveWithOneArticle();
    expect(parley(['backup', '--archive', archive]).code).toBe(0);
    const [only] = readdirSync(`${archive}.backups`);
    damageFirstPageOf(join(`${archive}.backups`, only!), 'edit_history_undone');
    const before = readFileSync(archive);

    const restore = parley(['restore', '--archive', archive]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toBe(`parley restore: every backup of ${archive} fails its integrity check\n`);
    expect(readFileSync(archive).equals(before)).toBe(true);
  }, runs(3));

  it('exits 2 on a usage error', () => {
    expect(parley(['import']).code).toBe(2);
    expect(parley(['no-such-command']).code).toBe(2);
    expect(parley(['--help']).code).toBe(0);
  }, runs(3));

  it('refuses a port that is not one with exit 2, before opening any archive', () => {
    const archive = join(tempDir(), 'a.sqlite');
    for (const port of ['abc', '-5', '99999', '80x']) {
      const run = parley(['serve', '--archive', archive, '--port', port]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--port/);
      expect(run.stderr).not.toMatch(/options\.port|NaN/);
    }
    expect(existsSync(archive)).toBe(false);
  }, runs(4));
});
