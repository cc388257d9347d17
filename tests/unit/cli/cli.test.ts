import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';

const BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'parley.mjs');

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
  });

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
  });

  it('never creates an archive', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, ARTICLE);
    const archive = join(dir, 'never.sqlite');
    parley(['extract', '--json', file], { PARLEY_ARCHIVE: archive });
    expect(spawnSync('test', ['-e', archive]).status).toBe(1);
  });
});

describe('parley import and search', () => {
  const tempDir = useTempDir();

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
  });

  it('uses PARLEY_ARCHIVE when no --archive is given', () => {
    const dir = tempDir();
    const archive = join(dir, 'from-env.sqlite');
    const article = join(dir, 'talks.txt');
    writeFileSync(article, ARTICLE);
    expect(parley(['import', article], { PARLEY_ARCHIVE: archive }).stdout).toContain(archive);
  });

  it('refuses a search it cannot parse with exit 2, saying why', () => {
    const unparsable = parley(['search', '--archive', join(tempDir(), 'a.sqlite'), 'C++']);
    expect(unparsable.code).toBe(2);
    expect(unparsable.stderr).toMatch(/“C\+\+” cannot be searched/);
  });

  it('exits 2 on a usage error', () => {
    expect(parley(['import']).code).toBe(2);
    expect(parley(['no-such-command']).code).toBe(2);
    expect(parley(['--help']).code).toBe(0);
  });
});
