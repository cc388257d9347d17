import { afterEach, describe, expect, it } from 'vitest';
import { createArticleText } from '../../../electron/core/articles/article-text';
import { openArchive } from '../../../electron/core/db/open';
import { ApiRequestError, parseCall } from '../../../shared/api/calls';
import { findAll } from '../../../shared/text/find-in-text';
import { blockRange, cutIntoBlocks, decodeBlocks, firstBlocks, TEXT_PAGE_BLOCKS, type TextBlocks } from '../../../shared/text/text-blocks';
import { ENVOYS, useDesk } from './desk-fixture';

/** Enough lines for several blocks, with a word near the end only. */
const LONG = [ENVOYS, ...Array.from({ length: 60 }, (_, i) => `Line ${i} of the appendix, with talks and more talks.`), 'The closing word is zanzibar.', ''].join('\n');
/** Several pages of blocks (eight lines each), so an opening holds less than the whole. */
const LONGER = [ENVOYS, ...Array.from({ length: 2400 }, (_, i) => `Paragraph ${i} of the annex${i % 7 === 0 ? '' : ', on talks and more talks'}.\n`)].join('\n');

function plain(blocks: TextBlocks) {
  return { starts: Array.from(blocks.starts), lines: Array.from(blocks.lines), length: blocks.length };
}

describe('a long article read block by block', () => {
  const desk = useDesk();
  const opened: { close(): void }[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  function openDb() {
    const db = openArchive(desk.core().archivePath);
    opened.push(db);
    return db;
  }

  /** The reader's calls over the test archive, with "long" starting past `wholeTextUpTo` bytes. */
  function articleText(wholeTextUpTo: number) {
    return createArticleText(openDb(), { wholeTextUpTo });
  }

  it('opens a short article whole, exactly as articles.get gives it', async () => {
    const { 'envoys.txt': id } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const article = await core.handlers['articles.open']({ id: id! });
    const detail = await core.handlers['articles.get']({ id: id! });
    expect(article.text).toBe(detail.text);
    expect(article.textLength).toBe(detail.text.length);
    expect(article.blocks).toBeNull();
    expect(article.firstPage).toBeNull();
    expect(article.title).toBe(detail.title);
  });

  it('opens a long one without its text; its outline and ranges give back the text exactly, and find runs on it', async () => {
    const { 'long.txt': id } = await desk.importTexts({ 'long.txt': LONG });
    const whole = (await desk.core().handlers['articles.get']({ id: id! })).text;
    const reader = articleText(500);
    const article = reader.open(id!);
    expect(article.text).toBeNull();
    expect(article.textLength).toBeNull();
    // Fewer blocks than a page: the opening outlines them all, with their text, so the first screen needs no second call.
    expect(plain(decodeBlocks(article.blocks!))).toEqual(plain(cutIntoBlocks(whole)));
    expect(article.firstPage).toEqual({ start: 0, end: whole.length, text: whole });

    const blocks = decodeBlocks(reader.outline(id!));
    expect(plain(blocks)).toEqual(plain(cutIntoBlocks(whole)));
    expect(blocks.starts.length).toBeGreaterThan(3);
    const pieces: string[] = [];
    for (let i = 0; i < blocks.starts.length; i++) {
      const { start, end } = blockRange(blocks, i);
      const range = reader.range(id!, start, end);
      expect(range).toMatchObject({ start, end });
      pieces.push(range.text);
    }
    expect(pieces.join('')).toBe(whole);
    // A range past the end is cut to the text.
    expect(reader.range(id!, whole.length - 3, whole.length + 100).text).toBe(whole.slice(-3));

    const found = reader.find(id!, 'ZANZIBAR');
    expect(found).toEqual({ ranges: findAll(whole, 'zanzibar'), capped: false });
    expect(whole.slice(found.ranges[0]!.start, found.ranges[0]!.end)).toBe('zanzibar');
    expect(reader.find(id!, 'talks').ranges.length).toBe(findAll(whole, 'talks').length);
  });

  it('opens a long one with its first page of blocks, cut from its first characters or from the kept text alike', async () => {
    const { 'longer.txt': id } = await desk.importTexts({ 'longer.txt': LONGER });
    const whole = (await desk.core().handlers['articles.get']({ id: id! })).text;
    const all = cutIntoBlocks(whole);
    expect(all.starts.length).toBeGreaterThan(2 * TEXT_PAGE_BLOCKS);
    const page = firstBlocks(all, TEXT_PAGE_BLOCKS);
    const expected = { start: 0, end: page.length, text: whole.slice(0, page.length) };

    // Read from a prefix that holds the page and more, but not the whole text.
    const fromPrefix = createArticleText(openDb(), { wholeTextUpTo: 500, openingChars: page.length + 500 });
    const opened = fromPrefix.open(id!);
    expect(plain(decodeBlocks(opened.blocks!))).toEqual(plain(page));
    expect(opened.firstPage).toEqual(expected);
    // Once the outline has been asked for, the text is kept and the opening comes from it: the same.
    expect(plain(decodeBlocks(fromPrefix.outline(id!)))).toEqual(plain(all));
    const again = fromPrefix.open(id!);
    expect(plain(decodeBlocks(again.blocks!))).toEqual(plain(page));
    expect(again.firstPage).toEqual(expected);

    // A prefix too short for a page: the whole text is read instead, and the opening is the same.
    const fromShortPrefix = createArticleText(openDb(), { wholeTextUpTo: 500, openingChars: 300 });
    const opening = fromShortPrefix.open(id!);
    expect(plain(decodeBlocks(opening.blocks!))).toEqual(plain(page));
    expect(opening.firstPage).toEqual(expected);
  });

  it('opens whole an article up to the limit in stored bytes, and long one beyond it', async () => {
    const { 'envoys.txt': id } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const whole = (await desk.core().handlers['articles.get']({ id: id! })).text;
    const bytes = Buffer.byteLength(whole, 'utf8');
    // The curly quotes take three bytes each: more bytes than characters.
    expect(bytes).toBeGreaterThan(whole.length);
    expect(articleText(bytes).open(id!).text).toBe(whole);
    const long = articleText(bytes - 1).open(id!);
    expect(long.text).toBeNull();
    expect(long.firstPage!.text).toBe(whole);
  });

  it('refuses a range that ends before it starts or one too long, and an unknown article', async () => {
    expect(() => parseCall('articles.textRange', { id: 1, start: 10, end: 5 })).toThrow(ApiRequestError);
    expect(() => parseCall('articles.textRange', { id: 1, start: 0, end: 3_000_000 })).toThrow(/2,000,000/);
    await expect(desk.core().handlers['articles.open']({ id: 999 })).rejects.toThrow(/No article with id 999/);
    await expect(desk.core().handlers['articles.outline']({ id: 999 })).rejects.toThrow(/No article with id 999/);
    expect(() => parseCall('articles.outline', { id: 0 })).toThrow(ApiRequestError);
    expect(() => parseCall('articles.outline', { id: 1, start: 0 })).toThrow(ApiRequestError);
  });
});
