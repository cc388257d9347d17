import { describe, expect, it } from 'vitest';
import { ENVOYS, useDesk } from './desk-fixture';

describe('reviewing and correcting statements', () => {
  const desk = useDesk();

  async function envoys() {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const statements = await core.handlers['statements.inArticle']({ articleId: articleId! });
    const find = (word: string) => statements.find((s) => s.content.text.includes(word))!;
    return { core, articleId: articleId!, berg: find('embargo'), holm: find('alert'), lind: find('Tariffs') };
  }

  it('confirms, rejects (kept, hidden) and restores to what it was', async () => {
    const { core, articleId, berg, holm } = await envoys();
    expect(berg.reviewState).toBe('unreviewed');
    expect((await core.handlers['statements.confirm']({ id: berg.id })).reviewState).toBe('confirmed');

    const rejected = await core.handlers['statements.reject']({ id: berg.id });
    expect(rejected.reviewState).toBe('rejected');
    const visible = await core.handlers['statements.inArticle']({ articleId });
    expect(visible.map((s) => s.id)).not.toContain(berg.id);
    const all = await core.handlers['statements.inArticle']({ articleId, includeRejected: true });
    expect(all.map((s) => s.id)).toContain(berg.id);
    expect((await core.handlers['articles.get']({ id: articleId })).statementCount).toBe(visible.length);

    expect((await core.handlers['statements.restore']({ id: berg.id })).reviewState).toBe('confirmed');
    await expect(core.handlers['statements.restore']({ id: holm.id })).rejects.toThrow(/not rejected/);
    expect(desk.deskChanges().at(-1)).toEqual({ domains: ['statements', 'history'], articleIds: [articleId] });
  });

  it('edits span, kind, speaker, role, organization and nation, marking it corrected', async () => {
    const { core, holm } = await envoys();
    const start = ENVOYS.indexOf('Our forces');
    const end = ENVOYS.indexOf(' until');
    const edited = await core.handlers['statements.update']({
      id: holm.id,
      changes: { start, end, kind: 'indirect', speakerName: 'Lars Holm', speakerRole: 'Defence Minister', speakerOrganization: 'Ministry of Defence', nation: 'NO' },
    });
    expect(edited.content).toEqual({ start, end, text: 'Our forces stay on alert' });
    expect(edited).toMatchObject({ kind: 'indirect', speakerOrganization: 'Ministry of Defence', nation: 'NO', nationSetByHand: true, reviewState: 'corrected' });
    await expect(core.handlers['statements.update']({ id: holm.id, changes: { start: 10, end: 5 } })).rejects.toThrow(/must end after it starts/);
    await expect(core.handlers['statements.update']({ id: holm.id, changes: { end: ENVOYS.length + 50 } })).rejects.toThrow(/runs past/);
  });

  it('suggests the speaker and cue for a selected span and creates the missed statement', async () => {
    const { core, articleId } = await envoys();
    const start = ENVOYS.indexOf('Tariffs will fall');
    const end = ENVOYS.indexOf(' if the talks');
    const suggestion = await core.handlers['statements.suggest']({ articleId, start, end });
    expect(suggestion.speakerName).toBe('Eva Lind');
    expect(suggestion.cue?.text).toBe('said');
    expect(suggestion.content.text).toBe('Tariffs will fall next year');

    const created = await core.handlers['statements.create']({
      articleId, start, end, kind: 'direct', cue: suggestion.cue, speakerMention: suggestion.speakerMention, speakerName: suggestion.speakerName,
    });
    expect(created).toMatchObject({ origin: 'manual', reviewState: 'confirmed', speakerName: 'Eva Lind', nationSetByHand: false });
    expect(created.actorId).toBe(suggestion.actorId);
    expect(created.cue?.text).toBe('said');
    await expect(core.handlers['statements.create']({ articleId, start: 5, end: 5, kind: 'direct' })).rejects.toThrow(/must end after/);
  });

  it('tags a statement with several topics, each with a stance, and notes statements, articles and topics', async () => {
    const { core, articleId, berg } = await envoys();
    const security = await core.handlers['topics.create']({ name: 'Security' });
    const arms = await core.handlers['topics.create']({ name: 'Arms transfer', parentId: security.id, colour: '#aa3300' });
    const trade = await core.handlers['topics.create']({ name: 'Trade' });
    await core.handlers['statements.tag']({ statementId: berg.id, topicId: arms.id, stance: 'opposes' });
    const tagged = await core.handlers['statements.tag']({ statementId: berg.id, topicId: trade.id, stance: 'concerned' });
    expect(tagged.topics.map((t) => [t.path.join(' > '), t.stance, t.colour])).toEqual([
      ['Security > Arms transfer', 'opposes', '#aa3300'],
      ['Trade', 'concerned', null],
    ]);
    const restanced = await core.handlers['statements.tag']({ statementId: berg.id, topicId: trade.id, stance: 'supports' });
    expect(restanced.topics.find((t) => t.topicId === trade.id)?.stance).toBe('supports');
    expect((await core.handlers['statements.untag']({ statementId: berg.id, topicId: trade.id })).topics).toHaveLength(1);

    const onStatement = await core.handlers['notes.create']({ target: { kind: 'statement', id: berg.id }, body: 'Check the embargo wording' });
    const span = { start: ENVOYS.indexOf('Envoys'), end: ENVOYS.indexOf('Envoys') + 11 };
    const onArticle = await core.handlers['notes.create']({ target: { kind: 'article', id: articleId, span }, body: 'Headline is vague' });
    await core.handlers['notes.create']({ target: { kind: 'topic', id: arms.id }, body: 'Transfers of weapons between states' });
    expect(onArticle.anchor).toMatchObject({ exact: 'Envoys meet', prefix: '' });
    expect((await core.handlers['statements.get']({ id: berg.id })).noteCount).toBe(1);
    expect((await core.handlers['notes.list']({ target: { kind: 'article', id: articleId } })).map((n) => n.body)).toEqual(['Headline is vague']);
    expect((await core.handlers['notes.list']({ target: { kind: 'topic', id: arms.id } }))[0]?.body).toMatch(/Transfers/);
    expect((await core.handlers['notes.update']({ id: onStatement.id, body: 'Checked' })).body).toBe('Checked');
    expect(await core.handlers['notes.delete']({ id: onStatement.id })).toEqual({ deleted: true });
    expect((await core.handlers['statements.get']({ id: berg.id })).noteCount).toBe(0);
  });

  it('edits article metadata, keeping an unknown date unknown', async () => {
    const { core, articleId } = await envoys();
    const updated = await core.handlers['articles.update']({
      id: articleId,
      changes: { title: 'Envoys meet in Oslo', outlet: 'Nordic Wire', byline: 'K. Dahl', publishedAt: '2024-03-05', language: 'en' },
    });
    expect(updated).toMatchObject({ title: 'Envoys meet in Oslo', outlet: 'Nordic Wire', byline: 'K. Dahl', publishedAt: '2024-03-05', language: 'en' });
    expect((await core.handlers['articles.update']({ id: articleId, changes: { publishedAt: null } })).publishedAt).toBeNull();
    expect(await core.handlers['articles.outlets']({})).toEqual([{ outlet: 'Nordic Wire', articles: 1 }]);
  });
});
