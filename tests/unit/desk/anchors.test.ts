import { describe, expect, it } from 'vitest';
import { makeAnchor, reanchor } from '../../../shared/anchoring/text-anchor';
import { ENVOYS, useDesk } from './desk-fixture';

const CHANGED = ENVOYS.replace('Envoys meet\n', 'Envoys meet\n\nUpdated at noon with more detail from the ministries.\n').replace(
  'Our forces stay on alert until the talks end.',
  'Our troops remain ready while negotiations continue.',
);

describe('robust anchors', () => {
  const desk = useDesk();

  it('finds a span again by its words and context, and gives up rather than guess', () => {
    const text = 'He said yes. Later, she said yes. Then all said yes.';
    const second = text.indexOf('yes', 20);
    const anchor = makeAnchor(text, second, second + 3);
    const changed = `Preface. ${text}`;
    expect(reanchor(changed, anchor)).toEqual({ start: second + 9, end: second + 12 });
    expect(reanchor('He said yes.\nLater,  she   said\nyes.', makeAnchor(text, 20, 32))).toEqual({ start: 21, end: 35 });
    expect(reanchor('Nothing alike.', anchor)).toBeNull();
  });

  it('keeps reviewed, tagged and noted statements through a changed file, listing what it cannot place as orphans', async () => {
    const first = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const articleId = first['envoys.txt']!;
    const core = desk.core();
    const statements = await core.handlers['statements.inArticle']({ articleId });
    const berg = statements.find((s) => s.content.text.includes('embargo'))!;
    const holm = statements.find((s) => s.content.text.includes('alert'))!;
    await core.handlers['statements.confirm']({ id: berg.id });
    const topic = await core.handlers['topics.create']({ name: 'Defence' });
    await core.handlers['statements.tag']({ statementId: holm.id, topicId: topic.id, stance: 'supports' });
    const headline = { start: 0, end: 'Envoys meet'.length };
    await core.handlers['notes.create']({ target: { kind: 'article', id: articleId, span: headline }, body: 'Vague headline' });
    const quoteStart = ENVOYS.indexOf('Our forces');
    await core.handlers['notes.create']({ target: { kind: 'article', id: articleId, span: { start: quoteStart, end: quoteStart + 10 } }, body: 'Which forces?' });

    const again = await desk.importTexts({ 'envoys.txt': CHANGED });
    expect(again['envoys.txt']).toBe(articleId);
    const article = await core.handlers['articles.get']({ id: articleId });
    expect(article.text).toBe(CHANGED);
    expect((await core.handlers['articles.list']({ offset: 0, limit: 10 })).total).toBe(1);

    const moved = await core.handlers['statements.get']({ id: berg.id });
    expect(moved).toMatchObject({ reviewState: 'confirmed', anchorState: 'anchored' });
    expect(CHANGED.slice(moved.content.start, moved.content.end)).toBe(berg.content.text);
    expect(moved.content.start).toBeGreaterThan(berg.content.start);

    const orphan = await core.handlers['statements.get']({ id: holm.id });
    expect(orphan.anchorState).toBe('orphaned');
    expect(orphan.topics.map((t) => t.name)).toEqual(['Defence']);
    const orphans = await core.handlers['anchors.orphans']({ articleId });
    expect(orphans.map((o) => [o.kind, o.anchor.exact])).toEqual([
      ['statement', holm.content.text],
      ['note', 'Our forces'],
    ]);
    const notes = await core.handlers['notes.list']({ target: { kind: 'article', id: articleId } });
    expect(notes.find((n) => n.body === 'Vague headline')?.anchorState).toBe('anchored');

    // The untouched statements came from the new text; the new wording of Holm's quote is among them, for review.
    const now = await core.handlers['statements.inArticle']({ articleId });
    const fresh = now.find((s) => s.content.text.includes('troops remain ready'));
    expect(fresh).toBeDefined();

    const start = CHANGED.indexOf('Our troops');
    await core.handlers['anchors.reattach']({ kind: 'statement', id: holm.id, start, end: CHANGED.indexOf('”', start) });
    expect(await core.handlers['anchors.orphans']({ articleId })).toHaveLength(1);
    expect((await core.handlers['statements.get']({ id: holm.id })).content.text).toBe('Our troops remain ready while negotiations continue.');
  });

  it('flags new findings next to a reviewed statement for review instead of merging them', async () => {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const statements = await core.handlers['statements.inArticle']({ articleId: articleId! });
    const holm = statements.find((s) => s.content.text.includes('alert'))!;
    await core.handlers['statements.confirm']({ id: holm.id });
    const outcome = await core.handlers['statements.reextract']({ articleIds: [articleId!] });
    expect(outcome.kept).toBe(1);
    const after = await core.handlers['statements.inArticle']({ articleId: articleId! });
    expect(after.filter((s) => s.content.text.includes('alert'))).toHaveLength(1);
    const flagged = after.filter((s) => s.flaggedForReview).map((s) => s.content.text);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((t) => !t.includes('alert'))).toBe(true);
    expect(after.find((s) => s.id === holm.id)?.flaggedForReview).toBe(false);

    // The offers are findable across the archive, and leave the list once reviewed.
    const offered = await core.handlers['statements.search']({ offeredForReview: true });
    expect(offered.rows.map((r) => r.statement.id).sort()).toEqual(after.filter((s) => s.flaggedForReview).map((s) => s.id).sort());
    await core.handlers['statements.confirm']({ id: offered.rows[0]!.statement.id });
    expect((await core.handlers['statements.search']({ offeredForReview: true })).total).toBe(offered.total - 1);
  });

  it('discards an orphan with its tags and notes as one undoable edit, and refuses to discard an anchored statement', async () => {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const statements = await core.handlers['statements.inArticle']({ articleId: articleId! });
    const holm = statements.find((s) => s.content.text.includes('alert'))!;
    const berg = statements.find((s) => s.content.text.includes('embargo'))!;
    const topic = await core.handlers['topics.create']({ name: 'Defence' });
    await core.handlers['statements.tag']({ statementId: holm.id, topicId: topic.id, stance: 'supports' });
    await core.handlers['notes.create']({ target: { kind: 'statement', id: holm.id }, body: 'Check the date' });
    await core.handlers['statements.confirm']({ id: berg.id });
    await desk.importTexts({ 'envoys.txt': CHANGED });
    expect((await core.handlers['statements.get']({ id: holm.id })).anchorState).toBe('orphaned');

    await expect(core.handlers['anchors.discard']({ kind: 'statement', id: berg.id })).rejects.toThrow(/only an orphan/);
    await core.handlers['anchors.discard']({ kind: 'statement', id: holm.id });
    await expect(core.handlers['statements.get']({ id: holm.id })).rejects.toThrow(/No statement/);
    expect(await core.handlers['anchors.orphans']({ articleId: articleId! })).toEqual([]);

    const undone = await core.handlers['history.undo']({});
    expect(undone.entry?.label).toBe('Discard orphaned statement');
    const back = await core.handlers['statements.get']({ id: holm.id });
    expect(back).toMatchObject({ anchorState: 'orphaned', noteCount: 1 });
    expect(back.topics.map((t) => [t.name, t.stance])).toEqual([['Defence', 'supports']]);
    await core.handlers['history.redo']({});
    expect(await core.handlers['anchors.orphans']({ articleId: articleId! })).toEqual([]);
  });
});
