import { describe, expect, it } from 'vitest';
import { ENVOYS, useDesk } from './desk-fixture';

const SINGH_ONE = [
  'Pentagon briefing',
  '',
  'Deputy Pentagon Press Secretary Sabrina Singh said, “The shipment left on Monday and will arrive within days.”',
  '',
].join('\n');

const SINGH_TWO = [
  'Aid questions',
  '',
  'Singh told reporters, “We have no plans to change the schedule of deliveries this month.”',
  '',
].join('\n');

describe('actors', () => {
  const desk = useDesk();

  it('registers the extractor’s speakers as actors, matching later speakers by name and alias', async () => {
    const core = desk.core();
    const singh = await core.handlers['actors.create']({ name: 'Sabrina Singh', aliases: ['Singh', 'the Pentagon deputy spokesperson'], nation: 'US' });
    const ids = await desk.importTexts({ 'one.txt': SINGH_ONE, 'two.txt': SINGH_TWO, 'envoys.txt': ENVOYS });
    const first = await core.handlers['statements.inArticle']({ articleId: ids['one.txt']! });
    expect(first[0]?.actorId).toBe(singh.id);
    const second = await core.handlers['statements.inArticle']({ articleId: ids['two.txt']! });
    expect(second[0]?.speakerName).toBe('Singh');
    expect(second[0]?.actorId).toBe(singh.id);
    // The actor's nation reaches a statement whose text named none.
    expect(second[0]?.nation).toBe('US');

    const found = await core.handlers['actors.list']({ query: 'berg' });
    expect(found.rows.map((a) => a.name)).toEqual(['Anna Berg']);
    expect(found.rows[0]?.statementCount).toBe(1);
    const detail = await core.handlers['actors.get']({ id: singh.id });
    expect(detail.statements.map((s) => s.article.id).sort()).toEqual([ids['one.txt'], ids['two.txt']].sort());
  });

  it('sets a nation once: every statement follows unless its nation was set by hand', async () => {
    const ids = await desk.importTexts({ 'one.txt': SINGH_ONE, 'two.txt': SINGH_TWO });
    const core = desk.core();
    const one = (await core.handlers['statements.inArticle']({ articleId: ids['one.txt']! }))[0]!;
    const two = (await core.handlers['statements.inArticle']({ articleId: ids['two.txt']! }))[0]!;
    const actor = await core.handlers['actors.create']({ name: 'Sabrina Singh' });
    await core.handlers['statements.update']({ id: one.id, changes: { actorId: actor.id } });
    await core.handlers['statements.update']({ id: two.id, changes: { actorId: actor.id, nation: 'GB' } });

    const outcome = await core.handlers['actors.setNation']({ id: actor.id, nation: 'US' });
    expect(outcome).toMatchObject({ statementsKeptByHand: 1 });
    expect((await core.handlers['statements.get']({ id: one.id })).nation).toBe('US');
    expect((await core.handlers['statements.get']({ id: two.id })).nation).toBe('GB');
    expect((await core.handlers['statements.get']({ id: two.id })).nationSetByHand).toBe(true);
  });

  it('merges two actors (all statements follow) and splits a wrong merge', async () => {
    const ids = await desk.importTexts({ 'one.txt': SINGH_ONE, 'two.txt': SINGH_TWO });
    const core = desk.core();
    const actors = (await core.handlers['actors.list']({})).rows;
    const full = actors.find((a) => a.name === 'Sabrina Singh')!;
    const short = actors.find((a) => a.name === 'Singh')!;
    expect(full && short).toBeTruthy();
    await core.handlers['actors.setNation']({ id: full.id, nation: 'US' });

    const merged = await core.handlers['actors.merge']({ sourceId: short.id, targetId: full.id });
    expect(merged.aliases).toContain('Singh');
    expect(merged.statementCount).toBe(2);
    const two = (await core.handlers['statements.inArticle']({ articleId: ids['two.txt']! }))[0]!;
    expect(two).toMatchObject({ actorId: full.id, nation: 'US' });
    await expect(core.handlers['actors.get']({ id: short.id })).rejects.toThrow(/No actor/);
    await expect(core.handlers['actors.merge']({ sourceId: full.id, targetId: full.id })).rejects.toThrow(/itself/);

    const split = await core.handlers['actors.split']({ id: full.id, statementIds: [two.id], name: 'Raj Singh', nation: 'IN' });
    expect(split.statementsMoved).toBe(1);
    expect(split.created).toMatchObject({ name: 'Raj Singh', nation: 'IN', statementCount: 1 });
    expect(split.original.statementCount).toBe(1);
    expect((await core.handlers['statements.get']({ id: two.id })).nation).toBe('IN');
    await expect(core.handlers['actors.split']({ id: full.id, statementIds: [two.id], name: 'X' })).rejects.toThrow(/not Sabrina Singh’s/);
  });

  it('updates names, aliases and dated roles; a new name keeps the old one as an alias', async () => {
    const core = desk.core();
    const actor = await core.handlers['actors.create']({ name: 'Singh' });
    const updated = await core.handlers['actors.update']({
      id: actor.id,
      changes: { name: 'Sabrina Singh', roles: [{ role: 'Deputy Press Secretary', organization: 'Pentagon', from: '2023-02', to: null }] },
    });
    expect(updated.aliases).toEqual(['Singh']);
    expect(updated.roles[0]?.from).toBe('2023-02');
    expect((await core.handlers['actors.list']({ query: 'singh' })).total).toBe(1);
  });
});
