import { describe, expect, it } from 'vitest';
import { ENVOYS, useDesk } from './desk-fixture';

describe('the topic codebook', () => {
  const desk = useDesk();

  it('creates, renames, recolours, describes and moves topics in a tree', async () => {
    const core = desk.core();
    const security = await core.handlers['topics.create']({ name: 'Security' });
    const arms = await core.handlers['topics.create']({ name: 'Arms transfer', parentId: security.id });
    const trade = await core.handlers['topics.create']({ name: 'Trade', description: 'Tariffs and quotas' });
    await expect(core.handlers['topics.create']({ name: 'Arms transfer', parentId: security.id })).rejects.toThrow(/already a topic/);

    await core.handlers['topics.update']({ id: arms.id, changes: { name: 'Arms transfers', colour: '#123456', description: 'Weapons between states' } });
    await core.handlers['topics.move']({ id: trade.id, parentId: security.id });
    await expect(core.handlers['topics.move']({ id: security.id, parentId: arms.id })).rejects.toThrow(/inside it/);
    const tree = await core.handlers['topics.tree']({});
    expect(tree.map((t) => t.path.join(' > '))).toEqual(['Security', 'Security > Arms transfers', 'Security > Trade']);
    expect(tree[1]).toMatchObject({ colour: '#123456', description: 'Weapons between states', parentId: security.id });
    await core.handlers['topics.move']({ id: trade.id, parentId: null });
    expect((await core.handlers['topics.tree']({})).find((t) => t.id === trade.id)?.parentId).toBeNull();
  });

  it('merges a topic into another: tags, notes and children follow', async () => {
    const { 'envoys.txt': articleId } = await desk.importTexts({ 'envoys.txt': ENVOYS });
    const core = desk.core();
    const [a, b] = await core.handlers['statements.inArticle']({ articleId: articleId! });
    const weapons = await core.handlers['topics.create']({ name: 'Weapons' });
    const small = await core.handlers['topics.create']({ name: 'Small arms', parentId: weapons.id });
    const arms = await core.handlers['topics.create']({ name: 'Arms transfer' });
    await core.handlers['statements.tag']({ statementId: a!.id, topicId: weapons.id, stance: 'opposes' });
    await core.handlers['statements.tag']({ statementId: b!.id, topicId: weapons.id, stance: 'supports' });
    await core.handlers['statements.tag']({ statementId: b!.id, topicId: arms.id, stance: 'neutral' });
    await core.handlers['notes.create']({ target: { kind: 'topic', id: weapons.id }, body: 'Old codebook entry' });

    const merged = await core.handlers['topics.merge']({ sourceId: weapons.id, targetId: arms.id });
    expect(merged.statementCount).toBe(2);
    expect((await core.handlers['statements.get']({ id: a!.id })).topics.map((t) => [t.name, t.stance])).toEqual([['Arms transfer', 'opposes']]);
    // A statement already tagged with the target keeps the target's stance.
    expect((await core.handlers['statements.get']({ id: b!.id })).topics.map((t) => [t.name, t.stance])).toEqual([['Arms transfer', 'neutral']]);
    expect((await core.handlers['notes.list']({ target: { kind: 'topic', id: arms.id } })).map((n) => n.body)).toEqual(['Old codebook entry']);
    expect((await core.handlers['topics.tree']({})).find((t) => t.id === small.id)?.path).toEqual(['Arms transfer', 'Small arms']);

    expect(await core.handlers['topics.delete']({ id: arms.id })).toEqual({ deleted: 2 });
    expect(await core.handlers['topics.tree']({})).toEqual([]);
    expect((await core.handlers['statements.get']({ id: a!.id })).topics).toEqual([]);
  });
});
