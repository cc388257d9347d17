import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { detectFormat, readPaths, readSources, type SourceResult } from '../../../../electron/core/import/formats';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type FormatParser, type ImportLimits, type ImportSource } from '../../../../electron/core/import/formats/types';

const STORY = 'ANKARA (AA) - North Korean leader Kim Jong-un met Russian President Vladimir Putin at the Vostochny Cosmodrome, officials said.';
const source = (name: string, content: string | Uint8Array): ImportSource => ({
  path: `/drop/${name}`,
  name,
  bytes: typeof content === 'string' ? strToU8(content) : content,
  modifiedAt: null,
  depth: 0,
});

async function collect(results: AsyncIterable<SourceResult>): Promise<SourceResult[]> {
  const all: SourceResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}
const errorsOf = (results: SourceResult[]) => results.flatMap((r) => ('error' in r ? [[r.path, r.error.code]] : []));

/** A zip reader for these tests (fflate), so container limits are exercised on real archives. */
const zipParser: FormatParser = {
  format: 'zip',
  extensions: ['.zip'],
  parse: async (zip) => ({
    kind: 'container',
    format: 'zip',
    entries: Object.entries(unzipSync(zip.bytes))
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, bytes]) => ({ path: `${zip.path}/${name}`, name: name.split('/').pop() ?? name, bytes, modifiedAt: zip.modifiedAt, depth: zip.depth + 1 })),
  }),
};

describe('choosing a parser for a file', () => {
  it('goes by the extension for text formats, even when the content is HTML', () => {
    expect(detectFormat('page.txt', strToU8('<html><body><p>Hi</p></body></html>'))).toBe('txt');
    expect(detectFormat('story.md', strToU8('# Title'))).toBe('md');
    expect(detectFormat('records.JSONL', strToU8('{"text":"a"}'))).toBe('jsonl');
  });

  it('believes a binary signature over the name: a PDF named .txt is a PDF', () => {
    expect(detectFormat('report.txt', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(detectFormat('archive.dat', zipSync({ 'a.txt': strToU8('x') }))).toBe('zip');
    expect(detectFormat('letter.doc', zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe('docx');
    expect(detectFormat('story.txt', strToU8('{\\rtf1\\ansi Hello}'))).toBe('rtf');
  });

  it('reads the content of a file without an extension or mislabelled as binary', () => {
    expect(detectFormat('download', strToU8('<!DOCTYPE html><html><body></body></html>'))).toBe('html');
    expect(detectFormat('README', strToU8('Just some words.'))).toBe('txt');
    expect(detectFormat('story.pdf', strToU8('Plain words saved with the wrong name.'))).toBe('txt');
    expect(detectFormat('saved', strToU8('From: a@b.example\nSubject: Alert\n\nBody'))).toBe('eml');
  });

  it('recognises nothing in binary data with an unknown extension', () => {
    expect(detectFormat('program.exe', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]))).toBeNull();
  });
});

describe('reading one dropped file', () => {
  it('gives the articles of a text file with its format and path', async () => {
    const [result] = await collect(readSources(source('kim.txt', STORY)));
    expect(result).toMatchObject({ path: '/drop/kim.txt', format: 'txt', failures: [] });
    expect(result && 'articles' in result ? result.articles[0]?.outlet : null).toBe('Anadolu Agency');
  });

  it('keeps HTML saved as .txt as text, markup and all', async () => {
    const [result] = await collect(readSources(source('page.txt', `<p>${STORY}</p>`)));
    expect(result && 'articles' in result ? result.articles[0]?.text : null).toBe(`<p>${STORY}</p>`);
  });

  it('hands a PDF named .txt to the PDF parser', async () => {
    const seen: string[] = [];
    const pdf: FormatParser = { format: 'pdf', extensions: ['.pdf'], parse: async (s) => (seen.push(s.name), { kind: 'articles', format: 'pdf', articles: [] }) };
    const results = await collect(readSources(source('report.txt', '%PDF-1.4 ...'), DEFAULT_IMPORT_LIMITS, { parsers: [pdf] }));
    expect(seen).toEqual(['report.txt']);
    expect(errorsOf(results)).toEqual([['/drop/report.txt', 'no-article-text']]);
  });

  it('refuses a file over the size limit before any parser sees it', async () => {
    let parsed = false;
    const spy: FormatParser = { format: 'txt', extensions: ['.txt'], parse: async () => ((parsed = true), { kind: 'articles', format: 'txt', articles: [] }) };
    const results = await collect(readSources(source('big.txt', 'x'.repeat(2000)), { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 1000 }, { parsers: [spy] }));
    expect(parsed).toBe(false);
    expect(results).toEqual([{ path: '/drop/big.txt', error: expect.objectContaining({ code: 'too-large', message: 'big.txt is 2.0 KB, over the 1000 bytes limit for one file' }) }]);
  });

  it.each([
    ['empty.txt', '', 'empty'],
    ['tool.exe', Uint8Array.from([0x4d, 0x5a, 0, 0, 1, 2, 3, 4]), 'unsupported-type'],
    ['nav.html', '<html><body><nav><a href="/">Home</a></nav></body></html>', 'no-article-text'],
    ['records.csv', 'id,headline\n1,A\n', 'missing-field'],
  ])('reports %s as %s', async (name, content, code) => {
    expect(errorsOf(await collect(readSources(source(name, content))))).toEqual([[`/drop/${name}`, code]]);
  });

  it('says what to do with a format people often have but Parley does not read', async () => {
    const [result] = await collect(readSources(source('memo.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))));
    expect(result).toEqual({ path: '/drop/memo.doc', error: expect.objectContaining({ code: 'unsupported-type', message: 'memo.doc: Word 97–2003 documents are not read; save it as .docx' }) });
  });

  it('turns an unexpected error inside a parser into a clear failure naming the file', async () => {
    const broken: FormatParser = { format: 'txt', extensions: ['.txt'], parse: async () => { throw new TypeError('Cannot read properties of undefined'); } };
    const [result] = await collect(readSources(source('odd.txt', 'text'), DEFAULT_IMPORT_LIMITS, { parsers: [broken] }));
    expect(result).toEqual({ path: '/drop/odd.txt', error: expect.objectContaining({ code: 'corrupt', message: 'odd.txt could not be read, it may be damaged: Cannot read properties of undefined' }) });
  });

  it('gives up a parse that never finishes at the time bound', async () => {
    const hanging: FormatParser = { format: 'txt', extensions: ['.txt'], parse: () => new Promise(() => undefined) };
    const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxParseMillis: 50 };
    expect(errorsOf(await collect(readSources(source('hang.txt', 'text'), limits, { parsers: [hanging] })))).toEqual([['/drop/hang.txt', 'timed-out']]);
  });

  it('reports a parse that held the thread past the bound as timed out', async () => {
    const busy: FormatParser = {
      format: 'txt',
      extensions: ['.txt'],
      parse: async () => {
        const until = performance.now() + 80;
        while (performance.now() < until) { /* a slow, synchronous parse */ }
        return { kind: 'articles', format: 'txt', articles: [] };
      },
    };
    const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxParseMillis: 20 };
    expect(errorsOf(await collect(readSources(source('slow.txt', 'text'), limits, { parsers: [busy] })))).toEqual([['/drop/slow.txt', 'timed-out']]);
  });

  it('passes on the failures of single records alongside the articles that imported', async () => {
    const jsonl = `${JSON.stringify({ text: STORY })}\n${JSON.stringify({ text: '' })}\n`;
    const [result] = await collect(readSources(source('bulk.jsonl', jsonl)));
    expect(result && 'articles' in result ? [result.articles.length, result.failures.map((f) => f.code)] : null).toEqual([1, ['record-without-text']]);
  });
});

describe('reading archives within the limits', () => {
  const options = { parsers: [zipParser] };

  it('reads every file in a zip, nested folders and zips included, naming each by its path inside', async () => {
    const inner = zipSync({ 'deep.txt': strToU8(STORY) });
    const zip = zipSync({ 'a.txt': strToU8(STORY), 'folder/b.md': strToU8(`# B\n\n${STORY}`), 'inner.zip': inner, 'c.exe': Uint8Array.from([0x4d, 0x5a, 0, 1]) });
    const results = await collect(readSources(source('drop.zip', zip), DEFAULT_IMPORT_LIMITS, options));
    expect(results.map((r) => ['error' in r ? r.error.code : r.format, r.path])).toEqual([
      ['txt', '/drop/drop.zip/a.txt'],
      ['md', '/drop/drop.zip/folder/b.md'],
      ['txt', '/drop/drop.zip/inner.zip/deep.txt'],
      ['unsupported-type', '/drop/drop.zip/c.exe'],
    ]);
  });

  it('stops at the nesting limit with too-deep, still reading what lies above it', async () => {
    let zip = zipSync({ 'story.txt': strToU8(STORY) });
    for (let i = 0; i < 3; i++) zip = zipSync({ [`level${i}.zip`]: zip, [`top${i}.txt`]: strToU8(STORY) });
    const results = await collect(readSources(source('nested.zip', zip), { ...DEFAULT_IMPORT_LIMITS, maxDepth: 2 }, options));
    expect(results.filter((r) => 'articles' in r)).toHaveLength(2);
    expect(errorsOf(results)).toEqual([['/drop/nested.zip/level2.zip/level1.zip', 'too-deep']]);
  });

  it('refuses an archive with more entries than allowed', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`s${i}.txt`, strToU8(STORY)]));
    const results = await collect(readSources(source('many.zip', zipSync(files)), { ...DEFAULT_IMPORT_LIMITS, maxEntries: 20 }, options));
    expect(errorsOf(results)).toEqual([['/drop/many.zip', 'too-many-entries']]);
  });

  it('reports the entries a container refused beside the ones it gave', async () => {
    const picky: FormatParser = {
      format: 'zip',
      extensions: ['.zip'],
      parse: async (zip) => ({
        kind: 'container',
        format: 'zip',
        entries: [{ path: `${zip.path}/ok.txt`, name: 'ok.txt', bytes: strToU8(STORY), modifiedAt: null, depth: 1 }],
        refused: [{ path: `${zip.path}/../evil.txt`, failure: new ImportFailure('corrupt', 'evil.txt would be written outside the archive') }],
      }),
    };
    const results = await collect(readSources(source('mixed.zip', zipSync({ 'ok.txt': strToU8(STORY) })), DEFAULT_IMPORT_LIMITS, { parsers: [picky] }));
    expect(results.map((r) => ['error' in r ? r.error.code : r.format, r.path])).toEqual([
      ['corrupt', '/drop/mixed.zip/../evil.txt'],
      ['txt', '/drop/mixed.zip/ok.txt'],
    ]);
  });

  it('opens a real zip with the built-in archive reader', async () => {
    const zip = zipSync({ 'a.txt': strToU8(STORY), 'b/c.jsonl': strToU8(`${JSON.stringify({ text: STORY })}\n`) });
    const results = await collect(readSources(source('real.zip', zip)));
    expect(results.map((r) => ['error' in r ? r.error.code : r.format, r.path])).toEqual([
      ['txt', '/drop/real.zip/a.txt'],
      ['jsonl', '/drop/real.zip/b/c.jsonl'],
    ]);
  });

  it('refuses a zip bomb by its expanded size', async () => {
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(5_000_000) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(50_000);
    const results = await collect(readSources(source('bomb.zip', bomb), { ...DEFAULT_IMPORT_LIMITS, maxExpandedBytes: 1_000_000 }, options));
    expect(errorsOf(results)).toEqual([['/drop/bomb.zip', 'too-large']]);
  });
});

describe('reading files and folders from disk', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('walks folders in name order, skips hidden files and dot-folders, and refuses large files by size', async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-'));
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'b.txt'), STORY);
    writeFileSync(join(dir, 'sub', 'a.md'), `# A\n\n${STORY}`);
    writeFileSync(join(dir, '.hidden.txt'), STORY);
    writeFileSync(join(dir, '.git', 'config.txt'), STORY);
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(5000));
    const results = await collect(readPaths([dir, join(dir, 'missing.txt')], { ...DEFAULT_IMPORT_LIMITS, maxFileBytes: 1000 }));
    expect(results.map((r) => ['error' in r ? r.error.code : r.format, r.path])).toEqual([
      ['txt', join(dir, 'b.txt')],
      ['too-large', join(dir, 'huge.txt')],
      ['md', join(dir, 'sub', 'a.md')],
      ['unreadable', join(dir, 'missing.txt')],
    ]);
    const first = results[0];
    expect(first && 'source' in first ? first.source.modifiedAt : null).toBeInstanceOf(Date);
  });
});
