import { afterEach, describe, expect, it } from 'vitest';
import { createArticleText } from '../../../electron/core/articles/article-text';
import { openArchive } from '../../../electron/core/db/open';
import { ApiRequestError, parseCall } from '../../../shared/api/calls';
import { findAll } from '../../../shared/text/find-in-text';
import { blockRange, cutIntoBlocks, decodeBlocks } from '../../../shared/text/text-blocks';
import { ENVOYS, useDesk } from './desk-fixture';

/** Enough lines for several blocks, with a word near the end only. */
const LONG = [ENVOYS, ...Array.from({ length: 60 }, (_, i) => `Line ${i} of the appendix, with talks and more talks.`), 'The closing word is zanzibar.', ''].join('\n');

describe('a long article read block by block', () => {
  const desk = useDesk();
  const opened: { close(): void }[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  /** The reader's calls over the test archive, with "long" starting at `wholeTextUpTo` characters. */
  function articleText(wholeTextUpTo: number) {
    const db = openArchive(desk.core().archivePath);
    opened.push(db);
    return createArticleText(db, { wholeTextUpTo });
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
    expect(article.textLength).toBe(whole.length);
    const blocks = decodeBlocks(article.blocks!);
    expect(blocks).toEqual(cutIntoBlocks(whole));
    expect(blocks.starts.length).toBeGreaterThan(3);
    // The first page of blocks comes with the opening, so the first screen needs no second call.
    expect(article.firstPage!.start).toBe(0);
    expect(article.firstPage!.text).toBe(whole.slice(0, article.firstPage!.end));
    expect(article.firstPage!.end).toBeGreaterThan(0);

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

  it('refuses a range that ends before it starts or one too long, and an unknown article', async () => {
    expect(() => parseCall('articles.textRange', { id: 1, start: 10, end: 5 })).toThrow(ApiRequestError);
    expect(() => parseCall('articles.textRange', { id: 1, start: 0, end: 3_000_000 })).toThrow(/2,000,000/);
    await expect(desk.core().handlers['articles.open']({ id: 999 })).rejects.toThrow(/No article with id 999/);
  });
});
