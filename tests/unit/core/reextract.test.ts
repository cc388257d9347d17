import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { openArchive } from '../../../electron/core/db/open';
import { createReextractor } from '../../../electron/core/statements/reextract';
import { createStatementStore } from '../../../electron/core/statements/statement-store';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction';
import { useTempDir } from '../../support/temp-dir';

const TEXT = [
  'Envoys meet',
  '',
  'Foreign Minister Anna Berg said, “We will not accept any deal that breaks the embargo.”',
  '',
  'Defence Minister Lars Holm said, “Our forces stay on alert until the talks end.”',
  '',
  'Trade Minister Eva Lind said, “Tariffs will fall next year if the talks succeed.”',
  '',
].join('\n');

describe('running a newer extractor over the archive', () => {
  const tempDir = useTempDir();
  const cores: Core[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });

  it('replaces untouched findings and keeps every reviewed, tagged and manual statement', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    const core = createCore({ archivePath });
    cores.push(core);
    const done = new Promise<void>((resolve) => core.events.on((name) => name === 'import.finished' && resolve()));
    await core.handlers['import.files']({
      files: [{ name: 'envoys.txt', path: 'envoys.txt', bytes: new TextEncoder().encode(TEXT), lastModified: null }],
    });
    await done;
    const articleId = (await core.handlers['articles.list']({ offset: 0, limit: 1 })).rows[0]!.id;
    const found = await core.handlers['statements.forArticle']({ articleId });
    const berg = found.find((s) => s.content.text.includes('embargo'))!;
    const holm = found.find((s) => s.content.text.includes('alert'))!;
    expect(berg && holm).toBeTruthy();

    // The analyst confirms one statement, tags another, and adds one by hand.
    const db = openArchive(archivePath);
    const now = new Date().toISOString();
    db.prepare("UPDATE statements SET review_state = 'confirmed' WHERE id = ?").run(berg.id);
    const topic = db.prepare("INSERT INTO topics (name, created_at) VALUES ('Defence', ?)").run(now).lastInsertRowid;
    db.prepare("INSERT INTO statement_topics (statement_id, topic_id, stance, created_at) VALUES (?, ?, 'supports', ?)").run(holm.id, topic, now);
    const manualStart = TEXT.indexOf('Tariffs');
    db.prepare(
      `INSERT INTO statements (article_id, kind, content_start, content_end, content_text, speaker_name, origin, review_state, created_at, updated_at)
       VALUES (?, 'indirect', ?, ?, ?, 'Eva Lind', 'manual', 'corrected', ?, ?)`,
    ).run(articleId, manualStart, manualStart + 6, 'Tariffs', now, now);

    // A newer extractor that also finds the headline as a statement.
    const newer = (text: string): ExtractionResult => {
      const base = extractStatements(text);
      const extra = { start: 0, end: 11, text: text.slice(0, 11) };
      return { ...base, statements: [...base.statements, { kind: 'indirect', content: extra, cue: null, speaker: { mention: null, name: null, role: null, organization: null, nation: null }, confidence: 0.1 }] };
    };
    const outcome = createReextractor(db, createStatementStore(db), newer, 'newer').run();
    db.close();

    expect(outcome.articles).toBe(1);
    expect(outcome.kept).toBe(3);
    const after = await core.handlers['statements.forArticle']({ articleId });
    const ids = after.map((s) => s.id);
    expect(ids).toContain(berg.id);
    expect(ids).toContain(holm.id);
    expect(after.find((s) => s.origin === 'manual')?.content.text).toBe('Tariffs');
    expect(after.some((s) => s.content.text === 'Envoys meet')).toBe(true);
    // Nothing the analyst settled comes back twice.
    expect(after.filter((s) => s.content.text.includes('embargo'))).toHaveLength(1);
    expect(after.filter((s) => s.content.start <= manualStart && manualStart < s.content.end)).toHaveLength(1);

    // Everything is now at the newer version: a second run has nothing to do.
    const db2 = openArchive(archivePath);
    expect(createReextractor(db2, createStatementStore(db2), newer, 'newer').run().articles).toBe(0);
    db2.close();
  });
});
