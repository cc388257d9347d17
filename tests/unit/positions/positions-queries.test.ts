import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import type { PositionsMatrix } from '../../../shared/domain/positions';
import { findMatrixCell, STANCES_PER_CELL } from '../../../shared/positions/matrix-grid';
import { useTempDir } from '../../support/temp-dir';
import { PositionArchive } from './position-archive';

/**
 * An arms-deal story told over March 2026: the US opposes, then comes round; Russia supports; South Korea
 * opposes; North Korea supports in an undated piece; one US statement was rejected by the analyst.
 */
function buildArmsDeal(archive: PositionArchive) {
  const early = archive.article({ title: 'Talks open', outlet: 'Wire', publishedAt: '2026-03-01' });
  const middle = archive.article({ title: 'Deal criticised', outlet: 'Daily', publishedAt: '2026-03-10T08:30:00.000Z' });
  const late = archive.article({ title: 'Washington softens', outlet: 'Wire', publishedAt: '2026-03-20' });
  const undated = archive.article({ title: 'Pyongyang responds', outlet: 'Wire', publishedAt: null });
  const arms = archive.topic('Arms transfers');
  const security = archive.topic('Security');
  const sanctions = archive.topic('Sanctions', security);
  const s = {
    usEarly: archive.statement(early, { nation: 'US', speaker: 'Sabrina Singh', text: 'We oppose any arms deal.' }),
    ruEarly: archive.statement(early, { nation: 'RU', speaker: 'Dmitry Peskov', text: 'The cooperation is lawful.' }),
    usMiddle: archive.statement(middle, { nation: 'US', speaker: 'Sabrina Singh', text: 'We still oppose it.' }),
    krMiddle: archive.statement(middle, { nation: 'KR', speaker: 'Jeon Ha-kyou', text: 'It violates UNSC resolutions.' }),
    usRejected: archive.statement(middle, { nation: 'US', speaker: 'Nobody', text: 'Misread sentence.', reviewState: 'rejected' }),
    usLate: archive.statement(late, { nation: 'US', speaker: 'Sabrina Singh', text: 'We can live with limited cooperation.', reviewState: 'unreviewed' }),
    kpUndated: archive.statement(undated, { nation: 'KP', speaker: 'Kim Yo-jong', text: 'Our friendship is unbreakable.' }),
    unknown: archive.statement(late, { nation: null, speaker: 'An official', text: 'Nothing is settled.' }),
  };
  archive.tag(s.usEarly, arms, 'opposes');
  archive.tag(s.ruEarly, arms, 'supports');
  archive.tag(s.usMiddle, arms, 'opposes');
  archive.tag(s.usMiddle, sanctions, 'supports');
  archive.tag(s.krMiddle, arms, 'opposes');
  archive.tag(s.usRejected, arms, 'supports');
  archive.tag(s.usLate, arms, 'supports');
  archive.tag(s.kpUndated, arms, 'supports');
  archive.tag(s.unknown, arms, null);
  return { articles: { early, middle, late, undated }, topics: { arms, security, sanctions }, s };
}

function cellOf(matrix: PositionsMatrix, nation: string, columnId: number) {
  return findMatrixCell(matrix, nation, columnId);
}

/** Each cell's count is the sum of its stance counts, and only a cell with statements has a quote. */
function expectConsistentGrid(matrix: PositionsMatrix) {
  const cells = matrix.nations.length * matrix.columns.length;
  expect([matrix.counts.length, matrix.latest.length, matrix.stances.length]).toEqual([cells, cells, cells * STANCES_PER_CELL]);
  matrix.counts.forEach((count, i) => {
    const stances = matrix.stances.slice(i * STANCES_PER_CELL, (i + 1) * STANCES_PER_CELL);
    expect(stances.reduce((a, b) => a + b, 0)).toBe(count);
    expect(stances.every((n) => n >= 0)).toBe(true);
    expect(matrix.latest[i] === null).toBe(count === 0);
  });
}

describe('positions queries', () => {
  const tempDir = useTempDir();
  const open: { close(): void }[] = [];
  afterEach(() => {
    for (const o of open.splice(0).reverse()) o.close();
  });

  function setUp(build: (a: PositionArchive) => void = () => {}) {
    const path = join(tempDir(), 'archive.sqlite');
    const archive = new PositionArchive(path);
    build(archive);
    const core: Core = createCore({ archivePath: path });
    open.push(archive, core);
    return { archive, core, h: core.handlers };
  }

  it('shows nations × articles from extraction alone while nothing is tagged', async () => {
    let ids = { a: 0, b: 0 };
    const { h } = setUp((a) => {
      ids = { a: a.article({ title: 'First', outlet: 'Wire', publishedAt: '2026-03-01' }), b: a.article({ title: 'Second', outlet: 'Daily', publishedAt: null }) };
      a.statement(ids.a, { nation: 'US', speaker: 'Sabrina Singh', text: 'One.' });
      a.statement(ids.a, { nation: 'US', speaker: 'Sabrina Singh', text: 'Two.' });
      a.statement(ids.a, { nation: 'RU', speaker: 'Vladimir Putin', text: 'Three.' });
      a.statement(ids.b, { nation: 'KP', speaker: 'Kim Jong-un', text: 'Four.' });
      a.statement(ids.b, { nation: 'RU', speaker: 'Someone', text: 'Rejected.', reviewState: 'rejected' });
    });
    const matrix = await h['positions.matrix']({ filters: {}, columns: 'auto' });
    expect(matrix.columnKind).toBe('articles');
    expect(matrix.columns.map((c) => c.label)).toEqual(['First', 'Second']);
    expect(matrix.columns[0]!.detail).toBe('Wire, 2026-03-01');
    expect(matrix.columns[1]!.detail).toBe('Daily, date unknown');
    expect(matrix.nations).toEqual(['US', 'KP', 'RU']);
    expect(cellOf(matrix, 'US', ids.a)).toMatchObject({ count: 2, latest: { text: 'One.', speakerName: 'Sabrina Singh', outlet: 'Wire' } });
    expect(cellOf(matrix, 'US', ids.a)!.stances.unset).toBe(2);
    expect(cellOf(matrix, 'RU', ids.a)!.count).toBe(1);
    // Only a rejected statement: the cell stays empty ("no statement found"), never a zero.
    expect(cellOf(matrix, 'RU', ids.b)).toBeUndefined();
    expect(cellOf(matrix, 'US', ids.b)).toBeUndefined();
    expectConsistentGrid(matrix);

    const cell = await h['positions.cell']({ filters: {}, nation: 'US', column: { kind: 'articles', id: ids.a }, limit: 10 });
    expect(cell.total).toBe(2);
    expect(cell.quotes.map((q) => q.text)).toEqual(['One.', 'Two.']);
  });

  it('groups republished articles into one story column', async () => {
    let ids = { a: 0, b: 0 };
    const { h } = setUp((a) => {
      const story = Number(a.db.prepare(`INSERT INTO stories (created_at) VALUES ('2026-01-01')`).run().lastInsertRowid);
      ids = { a: a.article({ title: 'Wire copy', outlet: 'Wire', publishedAt: '2026-03-01' }), b: a.article({ title: 'Reprint', outlet: 'Daily', publishedAt: '2026-03-02' }) };
      a.db.prepare('UPDATE articles SET story_id = ?').run(story);
      a.statement(ids.a, { nation: 'US', speaker: 'Sabrina Singh', text: 'One.' });
      a.statement(ids.b, { nation: 'US', speaker: 'Sabrina Singh', text: 'One again.' });
    });
    const matrix = await h['positions.matrix']({ filters: {}, columns: 'stories' });
    expect(matrix.columns).toHaveLength(1);
    expect(matrix.columns[0]).toMatchObject({ id: ids.a, label: 'Wire copy', detail: '2 outlets, 2026-03-01' });
    expect(cellOf(matrix, 'US', ids.a)!.count).toBe(2);
    const cell = await h['positions.cell']({ filters: {}, nation: 'US', column: { kind: 'stories', id: ids.a }, limit: 10 });
    expect(cell.quotes.map((q) => q.outlet)).toEqual(['Wire', 'Daily']);
  });

  it('counts stances per nation and topic, with the newest quote, leaving rejected statements out', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { h } = setUp((a) => (fx = buildArmsDeal(a)));
    const matrix = await h['positions.matrix']({ filters: {}, columns: 'auto' });
    expect(matrix.columnKind).toBe('topics');
    expect(matrix.columns.map((c) => c.detail ?? c.label)).toEqual(['Arms transfers', 'Security', 'Security › Sanctions']);
    expect(matrix.nations).toEqual(['US', 'KP', 'KR', 'RU', '']);
    const us = cellOf(matrix, 'US', fx.topics.arms)!;
    expect(us.count).toBe(3);
    expect(us.stances).toMatchObject({ opposes: 2, supports: 1, concerned: 0 });
    expect(us.latest).toEqual({
      statementId: fx.s.usLate,
      text: 'We can live with limited cooperation.',
      speakerName: 'Sabrina Singh',
      outlet: 'Wire',
      publishedAt: '2026-03-20',
      stance: 'supports',
    });
    expectConsistentGrid(matrix);
    expect(cellOf(matrix, 'US', fx.topics.sanctions)).toMatchObject({ count: 1, stances: { supports: 1 } });
    expect(cellOf(matrix, 'KP', fx.topics.sanctions)).toBeUndefined();
    expect(cellOf(matrix, '', fx.topics.arms)!.stances.unset).toBe(1);

    const only = await h['positions.matrix']({ filters: {}, columns: 'topics', topicIds: [fx.topics.sanctions] });
    expect(only.columns.map((c) => c.id)).toEqual([fx.topics.sanctions]);
    expect(only.nations).toEqual(['US']);
  });

  it('filters by period (leaving undated statements out), outlet and review state', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { h } = setUp((a) => (fx = buildArmsDeal(a)));
    const march = await h['positions.matrix']({ filters: { from: '2026-03-05', to: '2026-03-31' }, columns: 'topics' });
    expect(cellOf(march, 'US', fx.topics.arms)).toMatchObject({ count: 2, stances: { opposes: 1, supports: 1 } });
    expect(cellOf(march, 'RU', fx.topics.arms)).toBeUndefined();
    expect(cellOf(march, 'KP', fx.topics.arms)).toBeUndefined();
    expect(march.nations).not.toContain('KP');

    const daily = await h['positions.matrix']({ filters: { outlets: ['Daily'] }, columns: 'topics' });
    expect(daily.nations).toEqual(['US', 'KR']);
    expect(cellOf(daily, 'US', fx.topics.arms)!.latest!.text).toBe('We still oppose it.');

    const confirmed = await h['positions.matrix']({ filters: { reviewStates: ['confirmed'] }, columns: 'topics' });
    expect(cellOf(confirmed, 'US', fx.topics.arms)).toMatchObject({ count: 2, stances: { opposes: 2, supports: 0 } });
    expect(cellOf(confirmed, 'US', fx.topics.arms)!.latest!.text).toBe('We still oppose it.');

    const none = await h['positions.matrix']({ filters: { outlets: [] }, columns: 'topics' });
    expect(none.nations).toEqual([]);
    expect(none.counts).toEqual([]);
    expect(none.columns.length).toBe(3);
  });

  it('keeps the index in step with tags, stances, reviews, deletions and article edits', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { archive, h } = setUp((a) => (fx = buildArmsDeal(a)));
    const db = archive.db;
    const arms = () => h['positions.matrix']({ filters: {}, columns: 'topics' }).then((m) => cellOf(m, 'US', fx.topics.arms));

    db.prepare(`UPDATE statements SET review_state = 'rejected' WHERE id = ?`).run(fx.s.usLate);
    expect(await arms()).toMatchObject({ count: 2, stances: { supports: 0, opposes: 2 } });
    db.prepare(`UPDATE statement_topics SET stance = 'neutral' WHERE statement_id = ? AND topic_id = ?`).run(fx.s.usEarly, fx.topics.arms);
    expect(await arms()).toMatchObject({ count: 2, stances: { neutral: 1, opposes: 1 } });
    db.prepare(`UPDATE statements SET nation = 'GB' WHERE id = ?`).run(fx.s.usMiddle);
    expect(await arms()).toMatchObject({ count: 1 });
    db.prepare('DELETE FROM statements WHERE id = ?').run(fx.s.usEarly);
    expect(await arms()).toBeUndefined();
    db.prepare(`UPDATE articles SET outlet = 'Herald' WHERE id = ?`).run(fx.articles.middle);
    const herald = await h['positions.matrix']({ filters: { outlets: ['Herald'] }, columns: 'topics' });
    expect(herald.nations.sort()).toEqual(['GB', 'KR']);
    // The newest quote moves back when the newest statement leaves, and forward when a later one arrives.
    db.prepare(`UPDATE articles SET published_at = '2026-04-01' WHERE id = ?`).run(fx.articles.early);
    db.prepare(`UPDATE statements SET review_state = 'confirmed' WHERE id = ?`).run(fx.s.usLate);
    db.prepare(`UPDATE statements SET nation = 'US' WHERE id = ?`).run(fx.s.usMiddle);
    expect((await arms())!.latest!.text).toBe('We can live with limited cooperation.');
    db.prepare(`DELETE FROM statement_topics WHERE statement_id = ? AND topic_id = ?`).run(fx.s.usLate, fx.topics.arms);
    expect((await arms())!.latest!.text).toBe('We still oppose it.');
    const later = archive.statement(fx.articles.early, { nation: 'US', speaker: 'Sabrina Singh', text: 'April: we are watching.' });
    archive.tag(later, fx.topics.arms, 'concerned');
    expect((await arms())!.latest!.text).toBe('April: we are watching.');
    db.prepare('DELETE FROM topics WHERE id = ?').run(fx.topics.security);

    // What the triggers kept equals a count from scratch, newest statement included.
    const newest = `max(printf('%s#%012d', CASE WHEN a.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
      THEN substr(a.published_at, 1, 10) ELSE '' END, s.id)) AS newest`;
    const kept = db.prepare('SELECT nation, topic_id, review_state, stance, n, newest FROM position_cells ORDER BY 1, 2, 3, 4').all();
    const fresh = db
      .prepare(
        `SELECT coalesce(s.nation, '') AS nation, t.topic_id, s.review_state,
           CASE WHEN t.stance = 'mixed' THEN 'ambiguous' ELSE coalesce(t.stance, '') END AS stance, count(*) AS n, ${newest}
         FROM statement_topics t JOIN statements s ON s.id = t.statement_id JOIN articles a ON a.id = s.article_id
         GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      )
      .all();
    expect(kept).toEqual(fresh);
    const keptPerOutlet = db
      .prepare('SELECT outlet, nation, topic_id, review_state, stance, n, newest FROM position_outlet_cells ORDER BY 1, 2, 3, 4, 5')
      .all();
    const freshPerOutlet = db
      .prepare(
        `SELECT coalesce(a.outlet, '') AS outlet, coalesce(s.nation, '') AS nation, t.topic_id, s.review_state,
           CASE WHEN t.stance = 'mixed' THEN 'ambiguous' ELSE coalesce(t.stance, '') END AS stance, count(*) AS n, ${newest}
         FROM statement_topics t JOIN statements s ON s.id = t.statement_id JOIN articles a ON a.id = s.article_id
         GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      )
      .all();
    expect(keptPerOutlet).toEqual(freshPerOutlet);
    const keptMulti = db.prepare('SELECT statement_id FROM position_multi_tagged ORDER BY 1').pluck().all();
    const freshMulti = db.prepare('SELECT statement_id FROM statement_topics GROUP BY 1 HAVING count(*) > 1 ORDER BY 1').pluck().all();
    expect(keptMulti).toEqual(freshMulti);
  });

  it('counts a statement tagged with a parent topic and its subtopics once in the parent’s cell', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { archive, h } = setUp((a) => (fx = buildArmsDeal(a)));
    const { arms, security, sanctions } = fx.topics;
    const embargo = archive.topic('Embargo', sanctions);
    // The US statement tagged on Sanctions (supports) is tagged on Security itself too, with its own stance;
    // South Korea's is tagged on two subtopics of Security (Sanctions and, below it, Embargo).
    archive.tag(fx.s.usMiddle, security, 'opposes');
    archive.tag(fx.s.krMiddle, sanctions, 'concerned');
    archive.tag(fx.s.krMiddle, embargo, 'supports');

    const expectOnce = (matrix: PositionsMatrix) => {
      expectConsistentGrid(matrix);
      // One statement, with the parent's own stance in the parent's column.
      expect(cellOf(matrix, 'US', security)).toMatchObject({ count: 1, stances: { opposes: 1, supports: 0 } });
      expect(cellOf(matrix, 'US', security)!.latest).toMatchObject({ text: 'We still oppose it.', stance: 'opposes' });
      expect(cellOf(matrix, 'US', sanctions)).toMatchObject({ count: 1, stances: { supports: 1, opposes: 0 } });
      // Two subtopics: once, with the first subtopic's stance where the column's own topic is not tagged.
      expect(cellOf(matrix, 'KR', security)).toMatchObject({ count: 1, stances: { concerned: 1, supports: 0 } });
      expect(cellOf(matrix, 'KR', sanctions)).toMatchObject({ count: 1, stances: { concerned: 1, supports: 0 } });
      expect(cellOf(matrix, 'KR', embargo)).toMatchObject({ count: 1, stances: { supports: 1 } });
      // A tag on an unrelated topic counts in its own column as before.
      expect(cellOf(matrix, 'US', arms)).toBeDefined();
    };
    // The whole archive (the counts kept per cell), some outlets (kept per outlet), a period (the index itself).
    expectOnce(await h['positions.matrix']({ filters: {}, columns: 'topics' }));
    expectOnce(await h['positions.matrix']({ filters: { outlets: ['Daily'] }, columns: 'topics' }));
    expectOnce(await h['positions.matrix']({ filters: { from: '2026-03-05', to: '2026-03-15' }, columns: 'topics' }));
    expectOnce(await h['positions.matrix']({ filters: { reviewStates: ['confirmed'] }, columns: 'topics' }));
    const onlySecurity = await h['positions.matrix']({ filters: {}, columns: 'topics', topicIds: [security] });
    expect(cellOf(onlySecurity, 'US', security)).toMatchObject({ count: 1, stances: { opposes: 1 } });
    expect(cellOf(onlySecurity, 'KR', security)).toMatchObject({ count: 1, stances: { concerned: 1 } });

    // The matrix and the cell's list of quotes agree.
    const list = await h['positions.cell']({ filters: {}, nation: 'KR', column: { kind: 'topics', id: security }, limit: 10 });
    expect(list.total).toBe(1);
    expect(list.quotes.map((q) => q.stance)).toEqual(['concerned']);

    // Untagged again, the statement counts once through its one remaining tag.
    archive.db.prepare('DELETE FROM statement_topics WHERE statement_id = ? AND topic_id = ?').run(fx.s.usMiddle, security);
    const after = await h['positions.matrix']({ filters: {}, columns: 'topics' });
    expect(cellOf(after, 'US', security)).toMatchObject({ count: 1, stances: { supports: 1, opposes: 0 } });
    expect(archive.db.prepare('SELECT statement_id FROM position_multi_tagged ORDER BY 1').pluck().all()).toEqual([fx.s.usMiddle, fx.s.krMiddle]);
  });

  it('fills the list of statements tagged more than once without rebuilding an index that is otherwise current', async () => {
    const path = join(tempDir(), 'archive.sqlite');
    const archive = new PositionArchive(path);
    const fx = buildArmsDeal(archive);
    createCore({ archivePath: path }).close();
    // As an archive indexed before the list existed: its triggers missing and the list empty.
    archive.db.exec('DROP TRIGGER positions_v3_tagged_again; DROP TRIGGER positions_v3_tag_left; DELETE FROM position_multi_tagged;');
    archive.db.exec(`UPDATE position_cells SET n = 99 WHERE topic_id = ${fx.topics.arms} AND nation = 'RU'`);
    const core = createCore({ archivePath: path });
    open.push(archive, core);
    expect(archive.db.prepare('SELECT statement_id FROM position_multi_tagged').pluck().all()).toEqual([fx.s.usMiddle]);
    // The rest of the index was left as it was (a rebuild would have counted RU's one statement again).
    const matrix = await core.handlers['positions.matrix']({ filters: {}, columns: 'topics' });
    expect(cellOf(matrix, 'RU', fx.topics.arms)!.count).toBe(99);
    // And the list is kept from then on.
    archive.tag(fx.s.krMiddle, fx.topics.sanctions, 'concerned');
    expect(archive.db.prepare('SELECT statement_id FROM position_multi_tagged ORDER BY 1').pluck().all()).toEqual([fx.s.usMiddle, fx.s.krMiddle]);
  });

  it('rebuilds its index when a later migration rebuilds a watched table (and drops its triggers)', async () => {
    const path = join(tempDir(), 'archive.sqlite');
    const archive = new PositionArchive(path);
    const fx = buildArmsDeal(archive);
    createCore({ archivePath: path }).close();
    archive.db.exec(`
      CREATE TABLE statement_topics_copy AS SELECT * FROM statement_topics;
      DROP TABLE statement_topics;
      CREATE TABLE statement_topics (statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE, stance TEXT, created_at TEXT NOT NULL,
        PRIMARY KEY (statement_id, topic_id)) STRICT, WITHOUT ROWID;
      INSERT INTO statement_topics SELECT * FROM statement_topics_copy;
      DROP TABLE statement_topics_copy;`);
    archive.tag(fx.s.krMiddle, fx.topics.sanctions, 'concerned');
    const core = createCore({ archivePath: path });
    open.push(archive, core);
    const matrix = await core.handlers['positions.matrix']({ filters: {}, columns: 'topics' });
    expect(cellOf(matrix, 'KR', fx.topics.sanctions)).toMatchObject({ count: 1, stances: { concerned: 1 } });
    expect(cellOf(matrix, 'US', fx.topics.arms)!.count).toBe(3);
    // And the triggers are back: a new tag shows at once.
    archive.tag(fx.s.ruEarly, fx.topics.sanctions, 'opposes');
    const after = await core.handlers['positions.matrix']({ filters: {}, columns: 'topics' });
    expect(cellOf(after, 'RU', fx.topics.sanctions)).toMatchObject({ count: 1, stances: { opposes: 1 } });
  });

  it('counts a subtopic’s statements in its parent topic’s column, cell, nation against nation and timeline', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { archive, h } = setUp((a) => (fx = buildArmsDeal(a)));
    const { security, sanctions } = fx.topics;
    const embargo = archive.topic('Embargo', sanctions);
    archive.tag(fx.s.krMiddle, embargo, 'concerned');
    archive.tag(fx.s.ruEarly, security, 'neutral');

    const matrix = await h['positions.matrix']({ filters: {}, columns: 'topics' });
    // Security takes in Sanctions, which takes in Embargo.
    expect(cellOf(matrix, 'US', security)).toMatchObject({ count: 1, stances: { supports: 1 } });
    expect(cellOf(matrix, 'US', security)!.latest).toMatchObject({ text: 'We still oppose it.', stance: 'supports' });
    expect(cellOf(matrix, 'KR', security)).toMatchObject({ count: 1, stances: { concerned: 1 } });
    expect(cellOf(matrix, 'KR', sanctions)).toMatchObject({ count: 1, stances: { concerned: 1 } });
    expect(cellOf(matrix, 'KR', embargo)).toMatchObject({ count: 1 });
    expect(cellOf(matrix, 'RU', security)).toMatchObject({ count: 1, stances: { neutral: 1 } });
    expect(cellOf(matrix, 'RU', sanctions)).toBeUndefined();

    // Over a period (the index, not the kept counts), and with the parent chosen alone.
    const march = await h['positions.matrix']({ filters: { from: '2026-03-05', to: '2026-03-31' }, columns: 'topics' });
    expect(cellOf(march, 'KR', security)).toMatchObject({ count: 1, stances: { concerned: 1 } });
    const only = await h['positions.matrix']({ filters: {}, columns: 'topics', topicIds: [security] });
    expect(only.columns.map((c) => c.id)).toEqual([security]);
    expect(only.nations.sort()).toEqual(['KR', 'RU', 'US']);

    const cell = await h['positions.cell']({ filters: {}, nation: 'KR', column: { kind: 'topics', id: security }, limit: 10 });
    expect(cell.total).toBe(1);
    expect(cell.quotes.map((q) => [q.text, q.stance])).toEqual([['It violates UNSC resolutions.', 'concerned']]);

    // A statement tagged with the parent and a subtopic is listed once, with the parent's own stance.
    archive.tag(fx.s.usMiddle, security, 'opposes');
    const versus = await h['positions.versus']({ filters: {}, topicId: security, nations: ['US', 'KR'] });
    expect(versus.map((c) => c.quotes.map((q) => [q.text, q.stance]))).toEqual([
      [['We still oppose it.', 'opposes']],
      [['It violates UNSC resolutions.', 'concerned']],
    ]);
    const timeline = await h['positions.timeline']({ filters: {}, topicId: security, nation: 'KR', actorId: null });
    expect(timeline.dated.map((q) => q.text)).toEqual(['It violates UNSC resolutions.']);
  });

  it('lists a cell’s quotes with their sources, newest first', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { h } = setUp((a) => (fx = buildArmsDeal(a)));
    const cell = await h['positions.cell']({ filters: {}, nation: 'US', column: { kind: 'topics', id: fx.topics.arms }, limit: 2 });
    expect(cell.total).toBe(3);
    expect(cell.quotes.map((q) => [q.text, q.stance, q.outlet, q.publishedAt?.slice(0, 10), q.articleTitle])).toEqual([
      ['We can live with limited cooperation.', 'supports', 'Wire', '2026-03-20', 'Washington softens'],
      ['We still oppose it.', 'opposes', 'Daily', '2026-03-10', 'Deal criticised'],
    ]);
  });

  it('sets nations against each other on one topic, each column in time order', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { h } = setUp((a) => (fx = buildArmsDeal(a)));
    const columns = await h['positions.versus']({ filters: {}, topicId: fx.topics.arms, nations: ['US', 'RU', 'KP'] });
    expect(columns.map((c) => c.nation)).toEqual(['US', 'RU', 'KP']);
    expect(columns[0]!.quotes.map((q) => [q.stance, q.speakerName])).toEqual([
      ['opposes', 'Sabrina Singh'],
      ['opposes', 'Sabrina Singh'],
      ['supports', 'Sabrina Singh'],
    ]);
    expect(columns[1]!.quotes.map((q) => q.text)).toEqual(['The cooperation is lawful.']);
    expect(columns[2]!.quotes[0]!.publishedAt).toBeNull();

    const everything = await h['positions.versus']({ filters: {}, topicId: null, nations: ['KR'] });
    expect(everything[0]!.quotes.map((q) => [q.text, q.stance])).toEqual([['It violates UNSC resolutions.', null]]);
  });

  it('draws a timeline that flags a change of stance and lists unknown dates apart', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { archive, h } = setUp((a) => (fx = buildArmsDeal(a)));
    const undatedUs = archive.statement(fx.articles.undated, { nation: 'US', speaker: 'Sabrina Singh', text: 'No date on this one.' });
    archive.tag(undatedUs, fx.topics.arms, 'opposes');
    const timeline = await h['positions.timeline']({ filters: {}, topicId: fx.topics.arms, nation: 'US', actorId: null });
    expect(timeline.dated.map((e) => [e.publishedAt?.slice(0, 10), e.stance, e.stanceChanged])).toEqual([
      ['2026-03-01', 'opposes', false],
      ['2026-03-10', 'opposes', false],
      ['2026-03-20', 'supports', true],
    ]);
    expect(timeline.undated.map((q) => q.text)).toEqual(['No date on this one.']);

    const singh = timeline.dated[0]!.actorId!;
    const byActor = await h['positions.timeline']({ filters: {}, topicId: fx.topics.arms, nation: null, actorId: singh });
    expect(byActor.dated).toHaveLength(3);
    expect(byActor.undated).toHaveLength(1);
  });

  it('links nations that agree or disagree on the same topics', async () => {
    let fx!: ReturnType<typeof buildArmsDeal>;
    const { archive, h } = setUp((a) => (fx = buildArmsDeal(a)));
    // Sanctions: RU opposes where the US supports.
    const ru = archive.statement(fx.articles.middle, { nation: 'RU', speaker: 'Dmitry Peskov', text: 'Sanctions are illegal.' });
    archive.tag(ru, fx.topics.sanctions, 'opposes');
    const network = await h['positions.network']({ filters: {}, nodes: 'nations' });
    expect(network.nodes.map((n) => n.id)).toEqual(['US', 'RU', 'KP', 'KR']);
    const edge = (a: string, b: string) => network.edges.find((e) => e.source === a && e.target === b);
    // US on arms: opposes twice, supports once, so it opposes.
    expect(edge('KR', 'US')).toMatchObject({ agree: 1, disagree: 0, agreeTopics: ['Arms transfers'] });
    expect(edge('RU', 'US')).toMatchObject({ agree: 0, disagree: 2, disagreeTopics: ['Arms transfers', 'Security › Sanctions'] });
    expect(edge('KP', 'RU')).toMatchObject({ agree: 1, disagree: 0 });
    expect(edge('KP', 'KR')).toMatchObject({ agree: 0, disagree: 1 });

    const actors = await h['positions.network']({ filters: {}, nodes: 'actors' });
    expect(actors.nodes.find((n) => n.label === 'Sabrina Singh')).toMatchObject({ nation: 'US', statements: 4 });
    expect(actors.edges.length).toBeGreaterThan(0);
  });

  it('saves, overwrites, lists and deletes named views', async () => {
    const { h } = setUp();
    const first = await h['positions.views.save']({ name: 'Arms, March', state: 'view=matrix&from=2026-03-01' });
    await h['positions.views.save']({ name: 'arms, march', state: 'view=matrix&from=2026-03-02' });
    await h['positions.views.save']({ name: 'Network', state: 'view=network' });
    const views = await h['positions.views.list']({});
    expect(views.map((v) => [v.name, v.state])).toEqual([
      ['Arms, March', 'view=matrix&from=2026-03-02'],
      ['Network', 'view=network'],
    ]);
    expect(await h['positions.views.delete']({ id: first.id })).toEqual({ deleted: true });
    expect((await h['positions.views.list']({})).map((v) => v.name)).toEqual(['Network']);
  });

  it('offers the outlets, topics, nations and period to filter on', async () => {
    const { h } = setUp(buildArmsDeal);
    const options = await h['positions.options']({});
    expect(options.outlets).toEqual(['Daily', 'Wire']);
    expect(options.topics.map((t) => t.path)).toEqual(['Arms transfers', 'Security', 'Security › Sanctions']);
    expect(options.nations).toEqual(['KP', 'KR', 'RU', 'US']);
    expect([options.earliest, options.latest]).toEqual(['2026-03-01', '2026-03-20']);
    expect(options.taggedCount).toBe(8);
  });
});
