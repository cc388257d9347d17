import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../electron/core/db/open';
import { useDesk } from './desk-fixture';

const UNDATED = 'Ministers meet again\n\nThe foreign minister said on Wednesday that talks would resume, officials said.\n';
const YEARLESS = 'Grain deal\n\nOSLO, March 4 (Reuters) - Norway said it would buy more grain, the ministry said.\n';
const DATED = 'Grain deal signed\n\nOSLO, March 4, 2021 (Reuters) - Norway said it would buy more grain, the ministry said.\n';
const UNDATED_PAGE = '<!doctype html><html><head><title>Talks go on</title></head><body><article><h1>Talks go on</h1><p>The minister said on Friday that the talks would go on for weeks, and that nobody expected a deal before the summer recess began.</p><p>Officials in both capitals said they were ready to meet again whenever the envoys asked for it, the ministry said.</p></article></body></html>';
const FILE_TIME = Date.UTC(2026, 10, 20, 12, 0, 0);

describe('dates are never invented', () => {
  const desk = useDesk();

  it('leaves an article without a date in its text undated, and keeps the file time as the file’s', async () => {
    const core = desk.core();
    const done = new Promise<void>((resolve) => core.events.on((name) => name === 'import.finished' && resolve()));
    const encode = (text: string) => new TextEncoder().encode(text);
    await core.handlers['import.files']({
      files: [
        { name: 'undated.txt', path: 'undated.txt', bytes: encode(UNDATED), lastModified: FILE_TIME },
        { name: 'yearless.txt', path: 'yearless.txt', bytes: encode(YEARLESS), lastModified: FILE_TIME },
        { name: 'dated.txt', path: 'dated.txt', bytes: encode(DATED), lastModified: FILE_TIME },
        { name: 'page.html', path: 'page.html', bytes: encode(UNDATED_PAGE), lastModified: FILE_TIME },
      ],
    });
    await done;
    const rows = (await core.handlers['articles.list']({ offset: 0, limit: 10 })).rows;
    const dateOf = (name: string) => rows.find((r) => r.originalName === name)?.publishedAt;
    expect(dateOf('undated.txt')).toBeNull();
    expect(dateOf('yearless.txt')).toBeNull();
    expect(dateOf('dated.txt')).toBe('2021-03-04');
    expect(dateOf('page.html')).toBeNull();

    const db = openArchive(core.archivePath, { readonly: true });
    const times = db.prepare('SELECT name, modified_at FROM source_files ORDER BY name').all() as { name: string; modified_at: string }[];
    db.close();
    expect(times.every((t) => t.modified_at === new Date(FILE_TIME).toISOString())).toBe(true);
  });
});
