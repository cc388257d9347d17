import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { ENVOYS, useDesk } from './desk-fixture';

describe('undo and redo', () => {
  const desk = useDesk();

  async function envoys() {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const statements = await core.handlers['statements.inArticle']({ articleId: articleId! });
    return { core, articleId: articleId!, first: statements[0]!, second: statements[1]! };
  }

  /** Runs an edit, then checks undo brings back `before` and redo brings back `after`. */
  async function roundTrip<T>(core: Core, read: () => Promise<T>, edit: () => Promise<unknown>): Promise<void> {
    const before = await read();
    await edit();
    const after = await read();
    expect(after).not.toEqual(before);
    const undone = await core.handlers['history.undo']({});
    expect(undone.entry?.undone).toBe(true);
    expect(await read()).toEqual(before);
    await core.handlers['history.redo']({});
    expect(await read()).toEqual(after);
  }

  it('undoes and redoes every kind of edit', async () => {
    const { core, articleId, first, second } = await envoys();
    const statement = () => core.handlers['statements.get']({ id: first.id });
    const article = () => core.handlers['statements.inArticle']({ articleId, includeRejected: true });
    await roundTrip(core, statement, () => core.handlers['statements.confirm']({ id: first.id }));
    await roundTrip(core, statement, () => core.handlers['statements.reject']({ id: first.id }));
    await roundTrip(core, statement, () => core.handlers['statements.restore']({ id: first.id }));
    await roundTrip(core, statement, () => core.handlers['statements.update']({ id: first.id, changes: { nation: 'SE', speakerRole: 'Envoy', start: first.content.start + 1 } }));
    await roundTrip(core, article, () => core.handlers['statements.create']({ articleId, start: 0, end: 11, kind: 'indirect', speakerName: 'Nobody Known' }));
    const metadata = async () => {
      const a = await core.handlers['articles.get']({ id: articleId });
      return [a.title, a.outlet, a.publishedAt];
    };
    await roundTrip(core, metadata, () => core.handlers['articles.update']({ id: articleId, changes: { title: 'New title', outlet: 'Wire', publishedAt: '2024-01-02' } }));

    const topics = () => core.handlers['topics.tree']({});
    await roundTrip(core, topics, () => core.handlers['topics.create']({ name: 'Security' }));
    const security = (await topics())[0]!;
    const trade = await core.handlers['topics.create']({ name: 'Trade' });
    await roundTrip(core, topics, () => core.handlers['topics.update']({ id: security.id, changes: { name: 'Defence', colour: '#ff0000' } }));
    await roundTrip(core, topics, () => core.handlers['topics.move']({ id: trade.id, parentId: security.id }));
    await roundTrip(core, statement, () => core.handlers['statements.tag']({ statementId: first.id, topicId: trade.id, stance: 'supports' }));
    await roundTrip(core, statement, () => core.handlers['statements.untag']({ statementId: first.id, topicId: trade.id }));
    await core.handlers['statements.tag']({ statementId: second.id, topicId: trade.id, stance: 'opposes' });
    const tagsAndTopics = async () => [await topics(), await core.handlers['statements.get']({ id: second.id })];
    await roundTrip(core, tagsAndTopics, () => core.handlers['topics.merge']({ sourceId: trade.id, targetId: security.id }));
    await roundTrip(core, tagsAndTopics, () => core.handlers['topics.delete']({ id: security.id }));

    const notes = () => core.handlers['notes.list']({ target: { kind: 'statement', id: first.id } });
    await roundTrip(core, notes, () => core.handlers['notes.create']({ target: { kind: 'statement', id: first.id }, body: 'Check' }));
    const note = (await notes())[0]!;
    await roundTrip(core, notes, () => core.handlers['notes.update']({ id: note.id, body: 'Checked twice' }));
    await roundTrip(core, notes, () => core.handlers['notes.delete']({ id: note.id }));

    const actors = async () => [(await core.handlers['actors.list']({})).rows, await core.handlers['statements.inArticle']({ articleId })];
    await roundTrip(core, actors, () => core.handlers['actors.create']({ name: 'Anna B.', aliases: ['A. Berg'] }));
    const listed = (await core.handlers['actors.list']({})).rows;
    const berg = listed.find((a) => a.name === 'Anna Berg')!;
    const holm = listed.find((a) => a.name === 'Lars Holm')!;
    await roundTrip(core, actors, () => core.handlers['actors.update']({ id: berg.id, changes: { aliases: ['Berg'], role: 'Foreign Minister' } }));
    await roundTrip(core, actors, () => core.handlers['actors.setNation']({ id: berg.id, nation: 'SE' }));
    await roundTrip(core, actors, () => core.handlers['actors.merge']({ sourceId: holm.id, targetId: berg.id }));
    const bergStatement = (await core.handlers['actors.get']({ id: berg.id })).statements[0]!.statement;
    await roundTrip(core, actors, () => core.handlers['actors.split']({ id: berg.id, statementIds: [bergStatement.id], name: 'Someone Else' }));
  });

  it('keeps the history across a restart, and a new edit drops what was undone', async () => {
    const { first } = await envoys();
    let core = desk.core();
    await core.handlers['statements.confirm']({ id: first.id });
    await core.handlers['statements.update']({ id: first.id, changes: { nation: 'FI' } });
    await core.handlers['history.undo']({});

    core = desk.reopen();
    const state = await core.handlers['history.state']({});
    expect(state.nextRedo?.kind).toBe('statement.edit');
    expect(state.nextUndo?.label).toMatch(/^Confirm “/);
    await core.handlers['history.redo']({});
    expect((await core.handlers['statements.get']({ id: first.id })).nation).toBe('FI');

    core = desk.reopen();
    await core.handlers['history.undo']({});
    await core.handlers['history.undo']({});
    expect((await core.handlers['statements.get']({ id: first.id })).reviewState).toBe('unreviewed');
    await core.handlers['statements.reject']({ id: first.id });
    expect(await core.handlers['history.state']({})).toMatchObject({ canRedo: false, canUndo: true });
    expect((await core.handlers['history.undo']({})).entry?.kind).toBe('statement.review');
    expect((await core.handlers['history.undo']({})).entry).toBeNull();
    expect((await core.handlers['history.list']({})).entries.map((e) => e.undone)).toEqual([true]);
  });

  it('tells open panes what an undo changed', async () => {
    const { core, articleId, first } = await envoys();
    await core.handlers['statements.confirm']({ id: first.id });
    desk.events.length = 0;
    await core.handlers['history.undo']({});
    expect(desk.deskChanges()).toEqual([{ domains: ['statements', 'history'], articleIds: [articleId] }]);
  });
});
