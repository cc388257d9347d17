import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { useTempDir } from '../../support/temp-dir';

const ARTICLES: Record<string, string> = {
  'russia-china.txt': 'Talks in Beijing\n\nRussia and China signed a pact, the ministry said.\n',
  'russia-france.txt': 'Paris meeting\n\nRussia met France over grain, an official said.\n',
  'france.txt': 'Paris alone\n\nFrance announced sanctions on imports, the minister said.\n',
  'moscow-trump.txt': 'Moscow and Washington\n\nMoscow answered Trump in a statement.\n',
  'moscow.txt': 'Moscow weather\n\nMoscow had snow all week, the service said.\n',
  'cpp.txt': 'Tech notes\n\nThe C compiler was updated, a developer said.\n',
};

describe('article search with the query syntax', () => {
  const tempDir = useTempDir();
  let core: Core | null = null;
  afterEach(() => core?.close());

  async function archive(): Promise<Core> {
    core = createCore({ archivePath: join(tempDir(), 'archive.sqlite') });
    const done = new Promise<void>((resolve) => core!.events.on((name) => name === 'import.finished' && resolve()));
    await core.handlers['import.files']({
      files: Object.entries(ARTICLES).map(([name, text]) => ({ name, path: name, bytes: new TextEncoder().encode(text), lastModified: null })),
    });
    await done;
    return core;
  }

  async function titles(c: Core, query: string): Promise<string[]> {
    const page = await c.handlers['articles.list']({ offset: 0, limit: 50, query });
    expect(page.total).toBe(page.rows.length);
    return page.rows.map((r) => r.title ?? '').sort();
  }

  it('answers OR, exclusions, phrases and prefixes as an analyst expects', async () => {
    const c = await archive();
    expect(await titles(c, 'Russia AND China')).toEqual(['Talks in Beijing']);
    expect(await titles(c, 'Russia OR France')).toEqual(['Paris alone', 'Paris meeting', 'Talks in Beijing']);
    expect(await titles(c, 'Moscow -Trump')).toEqual(['Moscow weather']);
    expect(await titles(c, '"signed a pact"')).toEqual(['Talks in Beijing']);
    expect(await titles(c, 'sanction*')).toEqual(['Paris alone']);
    expect(await titles(c, '(Russia OR Moscow) -China -Trump')).toEqual(['Moscow weather', 'Paris meeting']);
  });

  it('refuses a query it cannot parse instead of answering something else', async () => {
    const c = await archive();
    await expect(c.handlers['articles.list']({ offset: 0, limit: 50, query: 'C++' })).rejects.toThrow(/cannot be searched/);
    await expect(c.handlers['articles.list']({ offset: 0, limit: 50, query: '-Trump' })).rejects.toThrow(/at least one word/);
    await expect(c.handlers['articles.list']({ offset: 0, limit: 50, query: '"grain' })).rejects.toThrow(/not closed/);
  });
});
