import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { migrations } from '../../../electron/core/db/migrations/index';
import { useTempDir } from '../../support/temp-dir';

// A small wire story of our own: the minister's nation comes from the venue opening the sentence.
const STORY = [
  'Fishing talks stall',
  '',
  'LISBON, June 3 (Coastline Wire) - In Rabat, Fisheries Minister Youssef Amrani said the quota offer was "far from enough".',
  '',
  '"We will not sign away our waters," Amrani told reporters.',
  '',
].join('\n');

describe('nation evidence in the archive', () => {
  const tempDir = useTempDir();
  const cores: Core[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });

  it('stores why each nation was chosen and reads it back with the statement', async () => {
    const core = createCore({ archivePath: join(tempDir(), 'archive.sqlite') });
    cores.push(core);
    const dir = tempDir();
    writeFileSync(join(dir, 'talks.txt'), STORY);
    const done = await core.importPaths([join(dir, 'talks.txt')]).done;
    const statements = await core.handlers['statements.forArticle']({ articleId: done.imported[0]!.articleId });

    expect((await core.handlers['archive.info']({})).schemaVersion).toBe(migrations.length);
    const first = statements.find((s) => s.content.text.includes('quota offer'))!;
    expect(first.nation).toBe('MA');
    expect(first.nationEvidence).toEqual({ kind: 'organization', span: { start: STORY.indexOf('Rabat'), end: STORY.indexOf('Rabat') + 5, text: 'Rabat' } });
    const second = statements.find((s) => s.content.text.includes('sign away'))!;
    expect(second).toMatchObject({ speakerName: 'Youssef Amrani', nation: 'MA', nationEvidence: { kind: 'earlier-mention', span: { text: 'Rabat' } } });
  });
});
