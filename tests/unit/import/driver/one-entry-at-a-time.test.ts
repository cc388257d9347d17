import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { mboxParser, zipParser } from '../../../../electron/core/import/formats/containers';
import { readSources } from '../../../../electron/core/import/formats';
import { DEFAULT_IMPORT_LIMITS, type FormatParser, type ImportLimits, type OpenedContainer } from '../../../../electron/core/import/formats/types';
import { prepareTask, type PreparedResult } from '../../../../electron/core/import/prepare';
import { asImportSource, buildEml, buildMbox, sampleArticle } from '../../../fixtures-builders';

const STORY = 'ANKARA (AA) - North Korean leader Kim Jong-un met Russian President Vladimir Putin at the Vostochny Cosmodrome, officials said.';
const LINE = 'SEOUL, March 4 — The ministry said talks would resume on Monday, officials said.\n';

async function collect<T>(results: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const result of results) all.push(result);
  return all;
}

/**
 * A container parser whose entries are counted as they are taken out, and a text parser that notes,
 * for each file it reads, how many entries had been taken out by then.
 */
function instrumented(container: FormatParser) {
  let taken = 0;
  const takenWhenRead: number[] = [];
  const counting: FormatParser = {
    ...container,
    parse: () => Promise.reject(new Error('the importer unpacked the whole container at once')),
    open: (source, limits): OpenedContainer => {
      const opened = container.open!(source, limits);
      return {
        ...opened,
        *entries() {
          for (const item of opened.entries()) {
            taken++;
            yield item;
          }
        },
      };
    },
  };
  const noting = (format: 'txt' | 'eml'): FormatParser => ({
    format,
    extensions: [`.${format}`],
    parse: async (source) => {
      takenWhenRead.push(taken);
      return { kind: 'articles', format, articles: [{ text: new TextDecoder().decode(source.bytes), title: null, outlet: null, byline: null, publishedAt: null, language: null, url: null, dateline: null }] };
    },
  });
  return { parsers: [counting, noting('txt'), noting('eml')], takenWhenRead };
}

describe('taking files out of a container', () => {
  it('reads each file of a zip before the next is inflated, nested zips included', async () => {
    const inner = zipSync({ 'c.txt': strToU8(STORY), 'd.txt': strToU8(STORY) });
    const zip = zipSync({ 'a.txt': strToU8(STORY), 'inner.zip': inner, 'b.txt': strToU8(STORY) });
    const { parsers, takenWhenRead } = instrumented(zipParser);
    const results = await collect(readSources(asImportSource('drop.zip', zip), DEFAULT_IMPORT_LIMITS, { parsers }));
    expect(results.map((r) => ('error' in r ? r.error.message : r.path))).toEqual(['drop.zip/a.txt', 'drop.zip/inner.zip/c.txt', 'drop.zip/inner.zip/d.txt', 'drop.zip/b.txt']);
    // a.txt is read with one entry out; inner.zip is the second, its c.txt the third, d.txt the fourth.
    expect(takenWhenRead).toEqual([1, 3, 4, 5]);
  });

  it('reads each message of a mailbox before the next is copied out', async () => {
    const mbox = buildMbox([buildEml(sampleArticle), buildEml(sampleArticle), buildEml(sampleArticle)]);
    const { parsers, takenWhenRead } = instrumented(mboxParser);
    const results = await collect(readSources(asImportSource('alerts.mbox', mbox), DEFAULT_IMPORT_LIMITS, { parsers }));
    expect(results.every((r) => 'articles' in r)).toBe(true);
    expect(takenWhenRead).toEqual([1, 2, 3]);
  });

  it('charges what a zip declares to the budget of the whole tree before taking anything out', async () => {
    const inner = zipSync({ 'big.txt': strToU8(LINE.repeat(2000)) });
    const zip = zipSync({ 'a.txt': strToU8(STORY), 'one.zip': inner, 'two.zip': inner });
    const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxExpandedBytes: 250_000 };
    const { parsers, takenWhenRead } = instrumented(zipParser);
    const results = await collect(readSources(asImportSource('drop.zip', zip), limits, { parsers }));
    expect(results.map((r) => ('error' in r ? [r.path, r.error.code, r.error.message] : [r.path]))).toEqual([
      ['drop.zip/a.txt'],
      ['drop.zip/one.zip/big.txt'],
      ['drop.zip/two.zip', 'too-large', 'two.zip expands to more than 244.1 KB; it was not opened'],
    ]);
    expect(takenWhenRead).toEqual([1, 3]);
  });
});

describe('importing a small zip of zips whose text entries are each far over the limit for one article', () => {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, maxArticleChars: 100_000 };
  const long = strToU8(LINE.repeat(Math.ceil(4_000_000 / LINE.length)));
  const inner = zipSync({ 'one.txt': [long, { level: 9 }], 'two.md': [long, { level: 9 }], 'ok.txt': strToU8(STORY) });
  const nested = zipSync({ 'a.zip': [inner, { level: 9 }], 'b.zip': [inner, { level: 9 }], 'top.txt': strToU8(`${STORY} More.`) });

  const summary = (results: PreparedResult[]) =>
    results.flatMap((r) => ('error' in r ? [[r.path, r.error.code, r.error.message]] : [[r.path, r.articles.length, ...r.failures.map((f) => f.message)]]));

  it('refuses each long entry with the clear message and imports every other file', async () => {
    const results = (await collect(prepareTask({ kind: 'source', source: asImportSource('drop.zip', nested) }, { limits }))) as PreparedResult[];
    const refusal = 'holds more than 97.7 KB of text, over the 97.7 KB limit for one article; split it into smaller files';
    expect(nested.byteLength).toBeLessThan(30_000);
    expect(summary(results)).toEqual([
      ['drop.zip/a.zip/one.txt', 'too-large', `one.txt ${refusal}`],
      ['drop.zip/a.zip/two.md', 'too-large', `two.md ${refusal}`],
      ['drop.zip/a.zip/ok.txt', 1],
      ['drop.zip/b.zip/one.txt', 'too-large', `one.txt ${refusal}`],
      ['drop.zip/b.zip/two.md', 'too-large', `two.md ${refusal}`],
      ['drop.zip/b.zip/ok.txt', 1],
      ['drop.zip/top.txt', 1],
    ]);
  });

  it('refuses a long text read whole (not from a zip) with its exact size, before reading its metadata', async () => {
    const source = asImportSource('book.txt', LINE.repeat(2000));
    const [result] = (await collect(prepareTask({ kind: 'source', source }, { limits }))) as PreparedResult[];
    expect(result).toEqual({ path: 'book.txt', error: { code: 'too-large', message: 'book.txt holds 158.2 KB of text, over the 97.7 KB limit for one article; split it into smaller files' } });
  });

  it('still refuses one long article of a news export on its own, importing the others', async () => {
    const exported = `${STORY}\n\nEnd of Document\n\n${LINE.repeat(2000)}\n\nEnd of Document\n\n${STORY} Again.\n\nEnd of Document\n`;
    const results = (await collect(prepareTask({ kind: 'source', source: asImportSource('nexis.txt', exported) }, { limits }))) as PreparedResult[];
    expect(summary(results)).toEqual([['nexis.txt', 2, 'nexis.txt, article 2 holds 158.2 KB of text, over the 97.7 KB limit for one article; split it into smaller files']]);
  });
});

