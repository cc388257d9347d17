import { describe, expect, it } from 'vitest';
import { VERSION_INTERVAL_MS, createBriefingStore } from '../../../electron/core/briefings/briefing-store';
import { openArchive } from '../../../electron/core/db/open';
import { citationsIn, type BriefingDoc } from '../../../shared/domain/briefings';
import { useDesk } from '../desk/desk-fixture';
import { DIALOGUE, SUMMIT } from './briefing-texts';

const heading = (text: string) => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] });
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('briefings: create, autosave, versions, duplicate', () => {
  const desk = useDesk();

  it('creates from each template; positions by nation quotes every nation with a statement', async () => {
    await desk.importTexts({ 'summit.txt': SUMMIT, 'dialogue.txt': DIALOGUE });
    const h = desk.core().handlers;
    const blank = await h['briefings.create']({ template: 'blank' });
    expect(blank.title).toBe('Untitled briefing');
    expect(citationsIn(blank.body)).toEqual([]);

    const positions = await h['briefings.create']({ template: 'positions-by-nation' });
    expect(positions.title).toBe('Positions by nation');
    const headings = positions.body.content.filter((n) => n.type === 'heading' && n.attrs?.level === 2).map((n) => n.content?.[0]?.text);
    expect(headings.sort()).toEqual(['China', 'Japan', 'United States']);
    expect(positions.citationCount).toBe(citationsIn(positions.body).length);
    expect(positions.citationCount).toBeGreaterThanOrEqual(3);

    const bluf = await h['briefings.create']({ template: 'bottom-line-up-front', title: 'Summit fallout' });
    const sections = bluf.body.content.filter((n) => n.type === 'heading').map((n) => n.content?.[0]?.text);
    expect(sections.slice(0, 4)).toEqual(['Summit fallout', 'Bottom line', 'Key judgements', 'Positions by nation']);
    expect(sections.at(-1)).toBe('Outlook');
    // The nations sit under "Positions by nation", one level down.
    expect(bluf.body.content.filter((n) => n.type === 'heading' && n.attrs?.level === 3).map((n) => n.content?.[0]?.text).sort()).toEqual(['China', 'Japan', 'United States']);

    const list = await h['briefings.list']({});
    expect(list.map((b) => b.id)).toEqual(expect.arrayContaining([blank.id, positions.id, bluf.id]));
  });

  it('saves the whole text, takes its title from the first line and mirrors its citations', async () => {
    const ids = await desk.importTexts({ 'summit.txt': SUMMIT });
    const h = desk.core().handlers;
    const [statement] = await h['statements.forArticle']({ articleId: ids['summit.txt']! });
    const made = await h['briefings.create']({ template: 'blank' });
    const body: BriefingDoc = {
      type: 'doc',
      content: [
        heading('Arms talks'),
        { type: 'quoteCitation', attrs: { statementId: statement!.id, articleId: statement!.articleId, start: statement!.content.start, end: statement!.content.end, quotedText: statement!.content.text } },
      ],
    };
    const saved = await h['briefings.save']({ id: made.id, body });
    expect(saved.title).toBe('Arms talks');
    expect(saved.citationCount).toBe(1);
    const { briefing, citations } = await h['briefings.get']({ id: made.id });
    expect(briefing.body).toEqual(body);
    expect(citations[0]).toMatchObject({ statementId: statement!.id, speaker: 'Sabrina Singh', nation: 'US', flag: null });
    await expect(h['briefings.save']({ id: 999_999, body })).rejects.toThrow(/No briefing with id 999999/);
  });

  it('keeps one automatic version per few minutes of typing, named versions always, and restores without losing the current text', () => {
    const core = desk.core();
    core.close();
    const db = openArchive(core.archivePath);
    let clock = Date.parse('2026-12-01T09:00:00Z');
    const store = createBriefingStore(db, () => new Date(clock));
    const made = store.create({ type: 'doc', content: [heading('Draft'), para('one')] });
    const tick = (ms: number) => (clock += ms);
    tick(1000);
    store.save(made.id, { type: 'doc', content: [heading('Draft'), para('one two')] });
    tick(1000);
    store.save(made.id, { type: 'doc', content: [heading('Draft'), para('one two three')] });
    expect(store.versions(made.id).map((v) => v.label)).toEqual([null, 'Created']);
    tick(VERSION_INTERVAL_MS + 1);
    store.save(made.id, { type: 'doc', content: [heading('Draft'), para('four')] });
    const named = store.saveVersion(made.id, 'Sent to the desk');
    expect(named.wordCount).toBe(2);
    const versions = store.versions(made.id);
    expect(versions.map((v) => v.label)).toEqual(['Sent to the desk', null, null, 'Created']);

    const restored = store.restoreVersion(versions.at(-1)!.id);
    expect(restored.body.content[1]).toEqual(para('one'));
    const after = store.versions(made.id);
    expect(after[0]?.label).toMatch(/^Before restoring the version of /);
    expect(after).toHaveLength(versions.length + 1);
    db.close();
  });

  it('duplicates a briefing as “(copy)”, and deletes one with its versions', async () => {
    const h = desk.core().handlers;
    const made = await h['briefings.create']({ template: 'blank', title: 'Weekly' });
    const copy = await h['briefings.duplicate']({ id: made.id });
    expect(copy.id).not.toBe(made.id);
    expect(copy.title).toBe('Weekly (copy)');
    expect(await h['briefings.delete']({ id: made.id })).toEqual({ deleted: true });
    await expect(h['briefings.versions']({ id: made.id })).rejects.toThrow(/No briefing/);
    expect((await h['briefings.list']({})).map((b) => b.id)).toEqual([copy.id]);
  });

  it('refuses a body that is not a document at the API boundary', async () => {
    const { parseCall } = await import('../../../shared/api/calls');
    expect(() => parseCall('briefings.save', { id: 1, body: { type: 'paragraph', content: [] } })).toThrow(/Invalid arguments/);
    let deep: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 60; i++) deep = { type: 'blockquote', content: [deep] };
    expect(() => parseCall('briefings.save', { id: 1, body: { type: 'doc', content: [deep] } })).toThrow(/nest at most/);
  });
});
