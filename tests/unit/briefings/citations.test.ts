import { describe, expect, it } from 'vitest';
import type { StoredStatement } from '../../../shared/domain/archive';
import type { QuoteCitationAttrs } from '../../../shared/domain/briefings';
import { citationDate, citationLine } from '../../../shared/briefings/citation-line';
import { decodeStatementDrag, encodeStatementDrag } from '../../../shared/domain/briefings';
import { openArchive } from '../../../electron/core/db/open';
import { useDesk } from '../desk/desk-fixture';
import { SUMMIT } from './briefing-texts';

const refOf = (s: StoredStatement): QuoteCitationAttrs => ({ statementId: s.id, articleId: s.articleId, start: s.content.start, end: s.content.end, quotedText: s.content.text });

describe('live citations', () => {
  const desk = useDesk();

  async function singh() {
    const ids = await desk.importTexts({ 'summit.txt': SUMMIT });
    const statements = await desk.core().handlers['statements.forArticle']({ articleId: ids['summit.txt']! });
    const statement = statements.find((s) => s.speakerName === 'Sabrina Singh');
    if (!statement) throw new Error('The extractor found no statement by Sabrina Singh.');
    return statement;
  }

  it('reads speaker, role, nation, outlet, date, article and span as they are now', async () => {
    const statement = await singh();
    const [c] = await desk.core().handlers['briefings.resolveCitations']({ refs: [refOf(statement)] });
    expect(c).toMatchObject({
      statementId: statement.id,
      liveStatementId: statement.id,
      articleId: statement.articleId,
      start: statement.content.start,
      end: statement.content.end,
      text: statement.content.text,
      speaker: 'Sabrina Singh',
      nation: 'US',
      nationName: 'United States',
      articleTitle: 'Allies weigh response to arms talks',
      file: 'summit.txt',
      flag: null,
    });
    expect(c?.role).toMatch(/Spokesperson/);
    expect(c?.outlet).toBe('Reuters');
    expect(citationLine(c!)).toBe(`Sabrina Singh, ${c?.role}, Pentagon (United States); Reuters${c?.publishedAt ? `, ${citationDate(c.publishedAt)}` : ''}`);
  });

  it('follows an edited actor, and a statement the analyst corrected', async () => {
    const statement = await singh();
    const h = desk.core().handlers;
    const actor = (await h['actors.list']({ query: 'Sabrina Singh' })).rows[0]!;
    await h['actors.update']({ id: actor.id, changes: { role: 'Press Secretary', organization: 'Department of Defense' } });
    let [c] = await h['briefings.resolveCitations']({ refs: [refOf(statement)] });
    expect(c).toMatchObject({ speaker: 'Sabrina Singh', role: 'Press Secretary', organization: 'Department of Defense' });

    await h['statements.update']({ id: statement.id, changes: { speakerRole: 'Deputy Press Secretary' } });
    [c] = await h['briefings.resolveCitations']({ refs: [refOf(statement)] });
    expect(c?.role).toBe('Deputy Press Secretary');
  });

  it('flags a rejected statement, and clears the flag when it is restored', async () => {
    const statement = await singh();
    const h = desk.core().handlers;
    await h['statements.reject']({ id: statement.id });
    expect((await h['briefings.resolveCitations']({ refs: [refOf(statement)] }))[0]?.flag).toBe('rejected');
    await h['statements.restore']({ id: statement.id });
    expect((await h['briefings.resolveCitations']({ refs: [refOf(statement)] }))[0]?.flag).toBeNull();
  });

  it('finds a statement re-extraction replaced by its span; flags one that is gone, keeping the quoted text', async () => {
    const statement = await singh();
    const core = desk.core();
    const db = openArchive(core.archivePath);
    // Re-extraction replaces untouched statements with new rows on the same spans.
    db.prepare('UPDATE statements SET id = id + 1000 WHERE id = ?').run(statement.id);
    let [c] = await core.handlers['briefings.resolveCitations']({ refs: [refOf(statement)] });
    expect(c).toMatchObject({ statementId: statement.id, liveStatementId: statement.id + 1000, flag: null, speaker: 'Sabrina Singh' });

    db.prepare('DELETE FROM statements WHERE id = ?').run(statement.id + 1000);
    [c] = await core.handlers['briefings.resolveCitations']({ refs: [{ ...refOf(statement), quotedText: 'as first cited' }] });
    expect(c).toMatchObject({ flag: 'deleted', liveStatementId: null, text: 'as first cited', outlet: 'Reuters', file: 'summit.txt', speaker: null });

    db.prepare('DELETE FROM articles WHERE id = ?').run(statement.articleId);
    [c] = await core.handlers['briefings.resolveCitations']({ refs: [refOf(statement)] });
    expect(c).toMatchObject({ flag: 'source-deleted', outlet: null, file: null, text: statement.content.text });
    db.close();
  });

  it('shares one drag payload between views, and refuses anything else', () => {
    const payload = { statementId: 3, articleId: 1, start: 10, end: 42, text: '“We warn North Korea”' };
    expect(decodeStatementDrag(encodeStatementDrag(payload))).toEqual(payload);
    expect(decodeStatementDrag('not json')).toBeNull();
    expect(decodeStatementDrag(JSON.stringify({ ...payload, end: 5 }))).toBeNull();
    expect(decodeStatementDrag(JSON.stringify({ ...payload, statementId: '3' }))).toBeNull();
  });
});
