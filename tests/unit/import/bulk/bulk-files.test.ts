import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvParser, jsonLinesParser, jsonParser } from '../../../../electron/core/import/formats/bulk/bulk-parsers';
import { DEFAULT_IMPORT_LIMITS, type FormatParser } from '../../../../electron/core/import/formats/types';

async function parse(parser: FormatParser, name: string, content: string | Uint8Array) {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const outcome = await parser.parse({ path: name, name, bytes, modifiedAt: null, depth: 0 }, DEFAULT_IMPORT_LIMITS);
  if (outcome.kind !== 'articles') throw new Error('expected articles');
  return { articles: outcome.articles, failures: outcome.failures ?? [] };
}

const BODY = 'SEOUL (Yonhap) -- South Korea warned on Thursday against any arms deal between Pyongyang and Moscow.\n\nThe ministry said it was following the talks closely.';

describe('importing a JSON Lines export', () => {
  it('reads each record with its fields, whatever their case and spelling', async () => {
    const lines = [
      { Headline: 'Seoul warns', Body: BODY, Published: '2023-09-14', Source: { id: 'yna', name: 'Yonhap' }, Link: 'https://yna.example/1', Author: ['Kim Min-ji', 'Lee Ho'] },
      { title: 'Kremlin hails talks', article_text: 'The Kremlin described the talks with the North Korean delegation as productive and useful.', publication_date: 1694563200, publisher: 'TASS' },
    ];
    const { articles, failures } = await parse(jsonLinesParser, 'export.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({ title: 'Seoul warns', text: BODY, publishedAt: '2023-09-14', outlet: 'Yonhap', url: 'https://yna.example/1', byline: 'Kim Min-ji, Lee Ho', language: 'en' });
    expect(articles[1]).toMatchObject({ title: 'Kremlin hails talks', outlet: 'TASS', publishedAt: '2023-09-13T00:00:00.000Z' });
  });

  it('imports the other records when one has no text or is not JSON, reporting each by line', async () => {
    const content = [
      JSON.stringify({ title: 'One', text: 'The first story has text of its own to import.' }),
      JSON.stringify({ title: 'Two', text: '   ' }),
      '{"title": "Three", "text": ',
      JSON.stringify({ title: 'Four', text: 'The fourth story has text too.' }),
    ].join('\r\n');
    const { articles, failures } = await parse(jsonLinesParser, 'mixed.jsonl', content);
    expect(articles.map((a) => a.title)).toEqual(['One', 'Four']);
    expect(failures.map((f) => [f.code, f.location])).toEqual([
      ['record-without-text', 'line 2'],
      ['corrupt', 'line 3'],
    ]);
    expect(failures[0]?.message).toBe('mixed.jsonl, line 2: the record has no text');
  });

  it('names the missing text field when no record has one', async () => {
    const content = JSON.stringify({ title: 'A', summary: 'short' }) + '\n' + JSON.stringify({ title: 'B', summary: 'short' });
    await expect(parse(jsonLinesParser, 'no-text.jsonl', content)).rejects.toMatchObject({
      code: 'missing-field',
      message: 'no-text.jsonl has no "text" field: no record has a text, body, content or article field (fields found: title, summary)',
    });
  });

  it('reads a UTF-16 file and a Windows-1252 line among UTF-8 ones', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(`${JSON.stringify({ text: 'He said “no”.' })}\r\n`, 'utf16le')]);
    expect((await parse(jsonLinesParser, 'wide.jsonl', utf16)).articles[0]?.text).toBe('He said “no”.');
    const mixed = Uint8Array.from([
      ...new TextEncoder().encode(`${JSON.stringify({ text: 'Café “ok”.' })}\n`),
      ...Buffer.from('{"text": "He said ', 'latin1'), 0x93, ...Buffer.from('no', 'latin1'), 0x94, ...Buffer.from('."}\n', 'latin1'),
    ]);
    expect((await parse(jsonLinesParser, 'mixed.jsonl', mixed)).articles.map((a) => a.text)).toEqual(['Café “ok”.', 'He said “no”.']);
  });

  it('fails a file of no valid JSON as corrupt, and a blank one as empty', async () => {
    await expect(parse(jsonLinesParser, 'bad.jsonl', 'this is not json\nnor this')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(parse(jsonLinesParser, 'blank.jsonl', '\n\n')).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('reading a large JSON Lines export in batches', () => {
  it('hands out the first batch after reading only its lines, then the rest in order with their failures', () => {
    const lines = Array.from({ length: 250 }, (_, i) => (i === 230 ? '{"title": broken' : JSON.stringify({ title: `Story ${i}`, text: `Story ${i} has text of its own to import.` })));
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const batches = jsonLinesParser.parseInBatches!({ path: 'big.jsonl', name: 'big.jsonl', bytes, modifiedAt: null, depth: 0 }, 100);
    const iterator = batches[Symbol.iterator]();
    const first: IteratorResult<{ articles: { title: string | null }[] }> = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value!.articles.map((a: { title: string | null }) => a.title)).toEqual(Array.from({ length: 100 }, (_, i) => `Story ${i}`));
    const rest = [...{ [Symbol.iterator]: () => iterator }];
    expect(rest.map((b) => b.articles.length)).toEqual([100, 49]);
    expect(rest.at(-1)!.articles.at(-1)!.title).toBe('Story 249');
    expect(rest.flatMap((b) => b.failures.map((f) => [f.code, f.location]))).toEqual([['corrupt', 'line 231']]);
  });

  it('still refuses a file with no text field before handing out anything', () => {
    const bytes = new TextEncoder().encode(Array.from({ length: 300 }, (_, i) => JSON.stringify({ title: `Story ${i}` })).join('\n'));
    expect(() => [...jsonLinesParser.parseInBatches!({ path: 'notext.jsonl', name: 'notext.jsonl', bytes, modifiedAt: null, depth: 0 }, 100)]).toThrow(/text/);
  });
});

describe('importing a JSON export', () => {
  it('reads a top-level list of records', async () => {
    const { articles } = await parse(jsonParser, 'list.json', JSON.stringify([{ headline: 'A', content: 'Story text A is long enough.' }, { headline: 'B', content: 'Story text B.' }]));
    expect(articles.map((a) => [a.title, a.text])).toEqual([['A', 'Story text A is long enough.'], ['B', 'Story text B.']]);
  });

  it('finds the list under a wrapper key, as news APIs return it', async () => {
    const data = { status: 'ok', totalResults: 1, articles: [{ source: { name: 'Reuters' }, title: 'A', content: 'WASHINGTON (Reuters) - Talks continued.', publishedAt: '2023-09-13T10:00:00Z', url: 'https://r.example/a' }] };
    const { articles } = await parse(jsonParser, 'api.json', JSON.stringify(data));
    expect(articles[0]).toMatchObject({ outlet: 'Reuters', publishedAt: '2023-09-13T10:00:00.000Z', url: 'https://r.example/a', dateline: 'WASHINGTON' });
  });

  it('reads a single record object as one article', async () => {
    const { articles } = await parse(jsonParser, 'one.json', JSON.stringify({ title: 'Solo', body: 'Only one story here.' }));
    expect(articles).toHaveLength(1);
  });

  it('fails broken JSON as corrupt with the parser’s reason', async () => {
    await expect(parse(jsonParser, 'broken.json', '[{"title": "A", ')).rejects.toMatchObject({ code: 'corrupt', message: expect.stringContaining('broken.json is not valid JSON') });
  });

  it('reports a list item that is not an object as a record without text', async () => {
    const { articles, failures } = await parse(jsonParser, 'odd.json', JSON.stringify([{ text: 'A real story.' }, 42]));
    expect(articles).toHaveLength(1);
    expect(failures.map((f) => [f.code, f.location])).toEqual([['record-without-text', 'record 2']]);
  });
});

describe('importing a CSV export', () => {
  it('reads rows with quoted multi-line text and synonyms for the field names', async () => {
    const csv = Papa.unparse([
      { 'Article Title': 'x', Headline: 'Seoul warns', Content: BODY, 'Publication Date': 'Sep 14, 2023', Publisher: 'Yonhap' },
      { 'Article Title': 'y', Headline: 'Empty one', Content: '', 'Publication Date': '', Publisher: '' },
    ]);
    const { articles, failures } = await parse(csvParser, 'export.csv', csv);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ title: 'Seoul warns', text: BODY, publishedAt: '2023-09-14', outlet: 'Yonhap' });
    expect(failures.map((f) => [f.code, f.location])).toEqual([['record-without-text', 'row 2']]);
  });

  it('names the missing text field from the header row', async () => {
    await expect(parse(csvParser, 'ids.csv', 'id,headline\n1,A\n')).rejects.toMatchObject({ code: 'missing-field', message: expect.stringContaining('(fields found: id, headline)') });
  });

  it('decodes a Windows-1252 CSV', async () => {
    const bytes = Uint8Array.from([...Buffer.from('title,text\nA,He said ', 'latin1'), 0x93, ...Buffer.from('no', 'latin1'), 0x94, 0x0a]);
    const { articles } = await parse(csvParser, 'cp.csv', bytes);
    expect(articles[0]?.text).toBe('He said “no”');
  });
});
