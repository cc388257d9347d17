import { describe, expect, it } from 'vitest';
import { textEntryWatch } from '../../../../electron/core/import/formats/containers/text-entry-watch';
import { inflateZipEntry, listZipEntries } from '../../../../electron/core/import/formats/containers/zip-reader';
import { refusedEntries, zipParser } from '../../../../electron/core/import/formats/containers';
import { DEFAULT_IMPORT_LIMITS, ImportFailure, type ImportLimits, type ParseOutcome } from '../../../../electron/core/import/formats/types';
import { asImportSource, buildZip, type ZipEntrySpec } from '../../../fixtures-builders';

const LIMIT = 100_000;
const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxArticleChars: LIMIT };
const LINE = 'SEOUL, March 4 — The ministry said talks would resume on Monday, officials said.\n';
/** Highly compressible text far over the limit: a few kilobytes in the zip, megabytes inflated. */
const LONG = LINE.repeat(Math.ceil(8_000_000 / LINE.length));
const REFUSAL = 'holds more than 97.7 KB of text, over the 97.7 KB limit for one article; split it into smaller files';

/** Inflates the zip's only entry with the text watch, counting what the inflater produced. */
function inflateWatched(entry: ZipEntrySpec): { produced: number; declared: number; error: ImportFailure | null } {
  const zip = buildZip([entry]);
  const [info] = listZipEntries(zip, 'test.zip');
  const name = entry.path;
  const text = textEntryWatch(name, LIMIT);
  let produced = 0;
  try {
    inflateZipEntry(zip, info!, 32 * 1024 * 1024, name, (chunk) => {
      produced += chunk.length;
      text?.watch(chunk);
    });
    return { produced, declared: info!.declaredSize, error: null };
  } catch (error) {
    if (!(error instanceof ImportFailure)) throw error;
    return { produced, declared: info!.declaredSize, error };
  }
}

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const at = (bom ? 2 : 0) + i * 2;
    out[at] = text.charCodeAt(i) & 0xff;
    out[at + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('a text entry over the limit for one article', () => {
  it('stops the inflater soon after the limit and refuses the entry with the importer\'s words', () => {
    const { produced, declared, error } = inflateWatched({ path: 'story.txt', bytes: LONG });
    expect(error?.code).toBe('too-large');
    expect(error?.message).toBe(`story.txt ${REFUSAL}`);
    expect(declared).toBeGreaterThan(7_900_000);
    // Past the limit, but nowhere near the whole entry.
    expect(produced).toBeGreaterThan(LIMIT);
    expect(produced).toBeLessThan(1_000_000);
  });

  it('counts characters, not bytes: UTF-16 text stops at half as many characters as bytes', () => {
    const { produced, error } = inflateWatched({ path: 'story.md', bytes: utf16le(LONG.slice(0, 2_000_000), true) });
    expect(error?.message).toBe(`story.md ${REFUSAL}`);
    expect(produced).toBeGreaterThan(2 * LIMIT);
    expect(produced).toBeLessThan(1_000_000);
  });

  it('lets through text whose bytes pass the limit but whose characters do not', () => {
    // Three UTF-8 bytes a character: 240 KB of bytes, 80,000 characters.
    const hangul = '한국어 기사 본문입니다 '.repeat(Math.ceil(80_000 / 13)).slice(0, 80_000);
    const { produced, declared, error } = inflateWatched({ path: 'korean.txt', bytes: hangul });
    expect(error).toBeNull();
    expect(produced).toBe(declared);
    expect(declared).toBeGreaterThan(LIMIT * 2);
  });

  it('reads a news export whole, as its boundaries may split it into articles under the limit', () => {
    const footer = '\n\nEnd of Document\n\n';
    const exported = `${LINE.repeat(100)}${footer}${LONG}`;
    expect(inflateWatched({ path: 'nexis.txt', bytes: exported }).error).toBeNull();
    expect(inflateWatched({ path: 'nexis-utf16.txt', bytes: utf16le(`${LINE.repeat(100)}${footer}${LONG.slice(0, 1_000_000)}`, true) }).error).toBeNull();
  });

  it('leaves entries alone that are not read as plain text', () => {
    // A PDF named .txt is read as a PDF; an HTML page's text is far shorter than its bytes.
    expect(inflateWatched({ path: 'report.txt', bytes: `%PDF-1.7\n${LONG}` }).error).toBeNull();
    expect(inflateWatched({ path: 'page.html', bytes: LONG }).error).toBeNull();
  });
});

describe('a zip holding text entries over the limit', () => {
  function refusalsOf(outcome: ParseOutcome) {
    return refusedEntries(outcome).map((r) => [r.path, r.failure.code, r.failure.message]);
  }

  it('refuses each such entry on its own, at the path it would have been read by, and gives the rest', async () => {
    const zip = buildZip([
      { path: 'a/long.txt', bytes: LONG },
      { path: 'short.txt', bytes: LINE },
      { path: 'b/long.md', bytes: LONG },
    ]);
    const outcome = await zipParser.parse(asImportSource('clips.zip', zip), limits);
    expect(outcome.kind === 'container' ? outcome.entries.map((e) => e.path) : null).toEqual(['clips.zip/short.txt']);
    expect(refusalsOf(outcome)).toEqual([
      ['clips.zip/a/long.txt', 'too-large', `long.txt ${REFUSAL}`],
      ['clips.zip/b/long.md', 'too-large', `long.md ${REFUSAL}`],
    ]);
  });

  it('reports every entry over the limit rather than one failure for the archive, when nothing else is in it', async () => {
    const zip = buildZip([{ path: 'one.txt', bytes: LONG }, { path: 'two.txt', bytes: LONG }]);
    const outcome = await zipParser.parse(asImportSource('all-long.zip', zip), limits);
    expect(refusalsOf(outcome).map(([path]) => path)).toEqual(['all-long.zip/one.txt', 'all-long.zip/two.txt']);
  });
});
