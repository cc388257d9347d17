import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../support/read-back';
import { useTempDir } from '../../support/temp-dir';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'parley.mjs');
const SEED = join(ROOT, '..', 'shared', 'seed', '000_c66d6e5135f1d8f5.txt');

function parley(args: string[]) {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'buffer', env: { ...process.env, PARLEY_ARCHIVE: '' } });
  return { code: run.status, stdout: run.stdout.toString('utf8'), stdoutBytes: run.stdout, stderr: run.stderr.toString('utf8') };
}

const ARTICLE = ['Talks at the cosmodrome', '', 'Foreign Minister Anna Berg of Sweden said, “We will not accept any deal that breaks the embargo.”', ''].join('\n');

describe('parley brief', () => {
  const tempDir = useTempDir();

  function archiveWith(file: string, text?: string): string {
    const dir = tempDir();
    const archive = join(dir, 'archive.sqlite');
    const source = text === undefined ? file : join(dir, file);
    if (text !== undefined) writeFileSync(source, text);
    expect(parley(['import', '--archive', archive, source]).code).toBe(0);
    return archive;
  }

  it.skipIf(!existsSync(SEED))('on the seed alone names the US, South Korea, North Korea and Russia, each with its quotes from Anadolu Agency', { timeout: 120_000 }, () => {
    const archive = archiveWith(SEED);
    const run = parley(['brief', '--template', 'positions-by-nation', '--format', 'md', '--archive', archive]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    const sections = md.split(/^## /m).slice(1);
    for (const nation of ['United States', 'South Korea', 'North Korea', 'Russia']) {
      const section = sections.find((s) => s.startsWith(`${nation}\n`));
      expect(section, nation).toBeDefined();
      expect(section).toMatch(/^> .+/m);
      expect(section).toContain('Anadolu Agency');
    }
    expect(md).toContain('“We warn North Korea not to enter into an arms agreement with Russia.”');
    expect(md).toMatch(/— Sabrina Singh, Deputy Spokesperson, Pentagon \(United States\); Anadolu Agency/);
    expect(md).toMatch(/## Sources\n\n1\. .*Anadolu Agency.*file 000\\_c66d6e5135f1d8f5\.txt/);
  });

  // `script` (util-linux) runs the command on a pseudo-terminal, as an analyst's shell would.
  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal shows an escape sequence a quote carried instead of sending it; piped, writes it as it is', { timeout: 120_000 }, () => {
    const archive = archiveWith('talks.txt', ARTICLE.replace('will not', 'will not\x1b]0;owned\x07'));
    const piped = parley(['brief', '--format', 'md', '--archive', archive]);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toContain('will not\x1b');
    expect(piped.stdout).toContain('owned\x07');
    const command = [process.execPath, BIN, 'brief', '--format', 'md', '--archive', archive].map((a) => `'${a}'`).join(' ');
    const shown = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, PARLEY_ARCHIVE: '' } });
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('We will not\\x1b');
    expect(shown.stdout).not.toContain('\x1b');
    expect(shown.stdout).not.toContain('\x07');
  });

  it('writes Word, PDF and HTML files', { timeout: 240_000 }, async () => {
    const archive = archiveWith('talks.txt', ARTICLE);
    const dir = tempDir();
    for (const format of ['docx', 'pdf', 'html'] as const) {
      const out = join(dir, `brief.${format}`);
      const run = parley(['brief', '--format', format, '--out', out, '--archive', archive]);
      expect(run.code, run.stderr).toBe(0);
      const bytes = readFileSync(out);
      const text = format === 'docx' ? await docxText(bytes) : format === 'pdf' ? await pdfText(bytes) : bytes.toString('utf8');
      expect(text).toContain('We will not accept any deal');
      expect(text).toContain('Sources');
    }
    // The format follows --out's extension when --format is left out.
    const out = join(dir, 'guess.docx');
    expect(parley(['brief', '--out', out, '--archive', archive]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('exits 2 on a usage error and 1 when the output cannot be written', { timeout: 240_000 }, () => {
    const archive = archiveWith('talks.txt', ARTICLE);
    const usage = [
      ['brief', '--format', 'rtf', '--archive', archive],
      ['brief', '--template', 'memo', '--archive', archive],
      ['brief', '--format', 'pdf', '--archive', archive],
      ['brief', '--topic', 'Nothing like this', '--archive', archive],
      ['brief', '--briefing', 'x', '--archive', archive],
      ['brief', '--archive', join(tempDir(), 'missing.sqlite')],
    ];
    for (const args of usage) expect(parley(args).code, args.join(' ')).toBe(2);
    const unwritable = parley(['brief', '--format', 'docx', '--out', join(tempDir(), 'no', 'such', 'folder', 'x.docx'), '--archive', archive]);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/cannot write .*x\.docx/);
    expect(parley(['brief', '--topic', 'Nothing like this', '--archive', archive]).stderr).toMatch(/No topic "Nothing like this"/);
  });
});
