import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { refusedEntries, zipParser } from '../../../../electron/core/import/formats/containers';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type ImportLimits, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildZip, type ZipEntrySpec } from '../../../fixtures-builders';

function entriesOf(outcome: ParseOutcome) {
  if (outcome.kind !== 'container') throw new Error('expected a container');
  return outcome.entries;
}

async function open(entries: ZipEntrySpec[], limits: ImportLimits = DEFAULT_IMPORT_LIMITS, depth = 0) {
  return zipParser.parse(asImportSource('clippings.zip', buildZip(entries), { depth, modifiedAt: new Date('2026-03-05T00:00:00Z') }), limits);
}

async function failureOf(promise: Promise<unknown>): Promise<ImportFailure> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFailure);
  expect((error as ImportFailure).message).not.toBe('');
  return error as ImportFailure;
}

describe('opening a zip of articles', () => {
  it('lists its files as sources one level deeper, with paths the user can find them by', async () => {
    const outcome = await open([
      { path: 'march/seoul.txt', bytes: 'SEOUL, March 4 — text' },
      { path: 'march/notes.zip', entries: [{ path: 'inner.html', bytes: '<p>hi</p>' }] },
      { path: 'stored.txt', bytes: 'kept as is', stored: true },
      { path: 'march/', bytes: '' },
      { path: '__MACOSX/march/._seoul.txt', bytes: 'resource fork' },
    ]);
    const entries = entriesOf(outcome);
    expect(entries.map((e) => [e.path, e.name, e.depth])).toEqual([
      ['clippings.zip/march/seoul.txt', 'seoul.txt', 1],
      ['clippings.zip/march/notes.zip', 'notes.zip', 1],
      ['clippings.zip/stored.txt', 'stored.txt', 1],
    ]);
    expect(new TextDecoder().decode(entries[0]!.bytes)).toBe('SEOUL, March 4 — text');
    expect(new TextDecoder().decode(entries[2]!.bytes)).toBe('kept as is');
    // The nested zip is handed on whole, for the importer to open in turn.
    const inner = entriesOf(await zipParser.parse(entries[1]!, DEFAULT_IMPORT_LIMITS));
    expect(inner.map((e) => [e.path, e.depth])).toEqual([['clippings.zip/march/notes.zip/inner.html', 2]]);
    expect(refusedEntries(outcome)).toEqual([]);
  });

  it('builds test archives that another zip reader opens too', () => {
    const files = unzipSync(buildZip([{ path: 'a/b.txt', bytes: 'deflated text' }, { path: 'c.txt', bytes: 'stored', stored: true }]));
    expect(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]))).toEqual({ 'a/b.txt': 'deflated text', 'c.txt': 'stored' });
  });

  it('refuses entries that climb out of the archive or are absolute, and reports them, while the rest opens', async () => {
    const outcome = await open([
      { path: 'ok.txt', bytes: 'fine' },
      { path: '../../etc/passwd', bytes: 'x' },
      { path: '/abs/path.txt', bytes: 'x' },
      { path: 'C:\\Windows\\evil.txt', bytes: 'x' },
      { path: 'a/../../b.txt', bytes: 'x' },
    ]);
    expect(entriesOf(outcome).map((e) => e.name)).toEqual(['ok.txt']);
    const refused = refusedEntries(outcome);
    expect(refused.map((r) => r.path)).toEqual([
      'clippings.zip/../../etc/passwd',
      'clippings.zip//abs/path.txt',
      'clippings.zip/C:\\Windows\\evil.txt',
      'clippings.zip/a/../../b.txt',
    ]);
    expect(refused.every((r) => r.failure.message.includes('outside the archive'))).toBe(true);
  });

  it('reports password-protected entries, and refuses an archive where every entry is protected', async () => {
    const partly = await open([{ path: 'open.txt', bytes: 'readable' }, { path: 'secret.txt', bytes: 'hidden', password: 'pw' }]);
    expect(entriesOf(partly).map((e) => e.name)).toEqual(['open.txt']);
    expect(refusedEntries(partly).map((r) => r.failure.code)).toEqual(['encrypted']);
    const all = await failureOf(open([{ path: 'a.txt', bytes: 'one', password: 'pw' }, { path: 'b.txt', bytes: 'two', password: 'pw' }]));
    expect(all.code).toBe('encrypted');
    expect(all.message).toMatch(/password/);
  });

  it('refuses a zip bomb by its declared sizes before inflating anything', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const limits = { ...DEFAULT_IMPORT_LIMITS, maxExpandedBytes: 1024 * 1024 };
    const failure = await failureOf(open([{ path: 'a.bin', bytes: zeros }, { path: 'b.bin', bytes: zeros }], limits));
    expect(failure.code).toBe('too-large');
    expect(failure.message).toMatch(/zip bomb/);
  });

  it('refuses an entry that inflates past the size its header declares', async () => {
    const outcome = await open([
      { path: 'honest.txt', bytes: 'small' },
      { path: 'liar.bin', bytes: new Uint8Array(2 * 1024 * 1024), declaredSize: 1000 },
    ]);
    expect(entriesOf(outcome).map((e) => e.name)).toEqual(['honest.txt']);
    const [liar] = refusedEntries(outcome);
    expect(liar!.failure.code).toBe('corrupt');
    expect(liar!.failure.message).toMatch(/declares/);
  });

  it('refuses too many entries, too deep a nesting, damaged and empty archives', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ path: `f${i}.txt`, bytes: 'x' }));
    expect((await failureOf(open(many, { ...DEFAULT_IMPORT_LIMITS, maxEntries: 20 }))).code).toBe('too-many-entries');
    expect((await failureOf(open([{ path: 'a.txt', bytes: 'x' }], DEFAULT_IMPORT_LIMITS, DEFAULT_IMPORT_LIMITS.maxDepth))).code).toBe('too-deep');
    const good = buildZip([{ path: 'a.txt', bytes: 'some text to compress, some text to compress' }]);
    expect((await failureOf(zipParser.parse(asImportSource('cut.zip', good.slice(0, good.length - 30)), DEFAULT_IMPORT_LIMITS))).code).toBe('corrupt');
    const flipped = good.slice();
    flipped[40] = flipped[40]! ^ 0xff;
    expect((await failureOf(zipParser.parse(asImportSource('flip.zip', flipped), DEFAULT_IMPORT_LIMITS))).code).toBe('corrupt');
    expect((await failureOf(zipParser.parse(asImportSource('none.zip', new Uint8Array(0)), DEFAULT_IMPORT_LIMITS))).code).toBe('empty');
    expect((await failureOf(open([]))).code).toBe('empty');
  });
});
