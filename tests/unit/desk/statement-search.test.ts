import { describe, expect, it } from 'vitest';
import { useDesk } from './desk-fixture';

const WIRE = [
  'Arms deal criticised',
  '',
  'Foreign Minister Anna Berg said, “Sweden will not accept any arms transfer that breaks the embargo on the region.”',
  '',
  'Defence Minister Lars Holm said, “Our forces stay on alert until the talks in Geneva end.”',
  '',
].join('\n');

const REWRITE = [
  'Minister rejects arms transfer',
  '',
  'Anna Berg, the foreign minister, commented: “Sweden will never accept any arms transfer that breaks the embargo.”',
  '',
  'The weather in Stockholm was mild for the season, forecasters said on Tuesday.',
  '',
].join('\n');

describe('finding statements', () => {
  const desk = useDesk();

  async function archive() {
    const ids = await desk.importTexts({ 'wire.txt': WIRE, 'rewrite.txt': REWRITE });
    const core = desk.core();
    await core.handlers['articles.update']({ id: ids['wire.txt']!, changes: { outlet: 'Nordic Wire', publishedAt: '2024-03-05' } });
    await core.handlers['articles.update']({ id: ids['rewrite.txt']!, changes: { outlet: 'Daily Post', publishedAt: '2024-04-10' } });
    return { core, wire: ids['wire.txt']!, rewrite: ids['rewrite.txt']! };
  }

  it('combines query, nation, actor, topic, stance, kind, outlet, date and review filters', async () => {
    const { core, wire } = await archive();
    const all = await core.handlers['statements.search']({});
    expect(all.total).toBeGreaterThanOrEqual(3);
    const berg = all.rows.find((r) => r.statement.content.text.includes('Sweden will not'))!.statement;
    const holm = all.rows.find((r) => r.statement.content.text.includes('alert'))!.statement;
    await core.handlers['statements.update']({ id: berg.id, changes: { nation: 'SE' } });
    const topic = await core.handlers['topics.create']({ name: 'Arms transfer' });
    const child = await core.handlers['topics.create']({ name: 'Embargo', parentId: topic.id });
    await core.handlers['statements.tag']({ statementId: berg.id, topicId: child.id, stance: 'opposes' });
    await core.handlers['statements.tag']({ statementId: holm.id, topicId: topic.id, stance: 'supports' });

    const ids = async (args: Parameters<typeof core.handlers['statements.search']>[0]) =>
      (await core.handlers['statements.search'](args)).rows.map((r) => r.statement.id).sort();
    expect(await ids({ query: 'arms transfer', nations: ['SE'] })).toEqual([berg.id]);
    expect(await ids({ topicIds: [topic.id] })).toEqual([berg.id, holm.id].sort());
    expect(await ids({ topicIds: [topic.id], stances: ['opposes'] })).toEqual([berg.id]);
    expect(await ids({ outlets: ['Nordic Wire'], kinds: ['direct'], query: 'forces' })).toEqual([holm.id]);
    expect(await ids({ dateFrom: '2024-04-01', query: 'Sweden' })).not.toContain(berg.id);
    expect(await ids({ dateTo: '2024-03-31', query: 'Sweden' })).toEqual([berg.id]);
    expect(await ids({ actorIds: [holm.actorId!] })).toEqual([holm.id]);
    expect(await ids({ articleIds: [wire], nationUnknown: true, nations: ['SE'] })).toEqual([berg.id, holm.id].sort());

    await core.handlers['statements.reject']({ id: holm.id });
    expect(await ids({ topicIds: [topic.id] })).toEqual([berg.id]);
    expect(await ids({ topicIds: [topic.id], reviewStates: ['rejected'] })).toEqual([holm.id]);
  });

  it('returns snippets with the hits marked and their places in the article', async () => {
    const { core } = await archive();
    const page = await core.handlers['statements.search']({ query: '"arms transfer" embargo -never' });
    expect(page.rows).toHaveLength(1);
    const hit = page.rows[0]!;
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['arms transfer', 'embargo']);
    expect(hit.snippet.map((p) => p.text).join('')).toContain('Sweden will not accept');
    expect(hit.highlights.map((h) => WIRE.slice(h.start, h.end))).toEqual(['arms transfer', 'embargo']);
    expect(hit.article).toMatchObject({ outlet: 'Nordic Wire', publishedAt: '2024-03-05' });
  });

  it('refuses a query it cannot parse', async () => {
    const { core } = await archive();
    await expect(core.handlers['statements.search']({ query: 'C++' })).rejects.toThrow(/cannot be searched/);
    await expect(core.handlers['statements.search']({ query: '-Sweden' })).rejects.toThrow(/at least one word/);
  });

  it('pairs the same statement reported by two articles, with a word-level diff', async () => {
    const { core, wire, rewrite } = await archive();
    const pairs = await core.handlers['quotes.pairs']({ articleId: wire });
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair!.left.article.id).toBe(wire);
    expect(pair!.right.article.id).toBe(rewrite);
    const removed = pair!.contentDiff.filter((p) => p.change === 'removed').map((p) => p.text.trim());
    const added = pair!.contentDiff.filter((p) => p.change === 'added').map((p) => p.text.trim());
    expect(removed).toContain('not');
    expect(added).toContain('never');
    expect(removed.join(' ')).toMatch(/on the region/);
    expect(pair!.attributionDiff.some((p) => p.change === 'added' && /commented/.test(p.text))).toBe(true);
    expect(await core.handlers['quotes.pairs']({ articleId: rewrite, otherArticleId: wire })).toHaveLength(1);
  });

  it("keeps an article's pairs through a tag, and finds them again after an edit that can change them", async () => {
    const { core, wire, rewrite } = await archive();
    const [pair] = await core.handlers['quotes.pairs']({ articleId: wire });
    const topic = await core.handlers['topics.create']({ name: 'Arms transfer' });
    desk.events.length = 0;
    await core.handlers['statements.tag']({ statementId: pair!.right.statement.id, topicId: topic.id, stance: 'opposes' });
    // The tag tells panes which statement to read again, so they need not reload the article or its pairs.
    expect(desk.events.filter((e) => e.name === 'desk.changed').map((e) => e.payload)).toEqual([
      expect.objectContaining({ articleIds: [rewrite], tagsOf: [pair!.right.statement.id] }),
    ]);
    expect((await core.handlers['quotes.pairs']({ articleId: wire })).map((p) => p.right.statement.id)).toEqual([pair!.right.statement.id]);

    await core.handlers['statements.reject']({ id: pair!.right.statement.id });
    expect(desk.events.some((e) => e.name === 'desk.changed' && !(e.payload as { tagsOf?: number[] }).tagsOf)).toBe(true);
    expect(await core.handlers['quotes.pairs']({ articleId: wire })).toEqual([]);
    await core.handlers['history.undo']({});
    expect(await core.handlers['quotes.pairs']({ articleId: wire })).toHaveLength(1);
  });

  it('lists the other articles of the same story', async () => {
    const text = (outlet: string) => `Talks resume\n\n${outlet} reports that the foreign ministers of Sweden and Norway met in Oslo on Monday to discuss the northern security pact, the grain corridor, fishing quotas and the embargo on arms exports, and agreed to meet again in the spring.\n`;
    const ids = await desk.importTexts({ 'a.txt': text('Nordic Wire'), 'b.txt': text('Baltic News'), 'c.txt': 'Other story\n\nNothing in common at all with anything else here, said nobody.\n' });
    const core = desk.core();
    expect((await core.handlers['articles.siblings']({ id: ids['a.txt']! })).map((a) => a.id)).toEqual([ids['b.txt']]);
    expect(await core.handlers['articles.siblings']({ id: ids['c.txt']! })).toEqual([]);
  });
});
