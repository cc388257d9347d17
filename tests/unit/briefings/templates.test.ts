import { describe, expect, it } from 'vitest';
import { stanceWords } from '../../../electron/core/briefings/templates';
import { citationsIn, type BriefingNode } from '../../../shared/domain/briefings';
import { useDesk } from '../desk/desk-fixture';
import { DIALOGUE, SUMMIT } from './briefing-texts';

const textOf = (node: BriefingNode): string => node.text ?? (node.content ?? []).map(textOf).join('');

describe('positions-by-nation template', () => {
  const desk = useDesk();

  it('from a topic: only its statements, one section per nation, with the tagged stances as words', async () => {
    const ids = await desk.importTexts({ 'summit.txt': SUMMIT, 'dialogue.txt': DIALOGUE });
    const h = desk.core().handlers;
    const summit = await h['statements.forArticle']({ articleId: ids['summit.txt']! });
    const singh = summit.find((s) => s.speakerName === 'Sabrina Singh')!;
    const matsuno = summit.find((s) => s.nation === 'JP' && s.kind === 'direct')!;
    const topic = await h['topics.create']({ name: 'Arms transfers' });
    await h['statements.tag']({ statementId: singh.id, topicId: topic.id, stance: 'opposes' });
    await h['statements.tag']({ statementId: matsuno.id, topicId: topic.id, stance: 'concerned' });

    const made = await h['briefings.create']({ template: 'positions-by-nation', topicId: topic.id });
    expect(made.title).toBe('Positions by nation: Arms transfers');
    const blocks = made.body.content;
    const nations = blocks.filter((n) => n.type === 'heading' && n.attrs?.level === 2).map(textOf);
    expect(nations.sort()).toEqual(['Japan', 'United States']);
    expect(citationsIn(made.body).map((c) => c.statementId).sort()).toEqual([singh.id, matsuno.id].sort());
    const us = blocks.findIndex((n) => textOf(n) === 'United States');
    expect(textOf(blocks[us + 1]!)).toBe('Stance: opposes (1)');
    const jp = blocks.findIndex((n) => textOf(n) === 'Japan');
    expect(textOf(blocks[jp + 1]!)).toBe('Stance: concerned (1)');

    const topics = await h['briefings.topics']({});
    expect(topics).toEqual([{ id: topic.id, name: 'Arms transfers', statementCount: 2 }]);
    await expect(h['briefings.create']({ template: 'positions-by-nation', topicId: 99_999 })).rejects.toThrow(/No topic with id 99999/);
  });

  it('with nothing tagged: every nation from the statements alone; rejected statements are left out', async () => {
    const ids = await desk.importTexts({ 'summit.txt': SUMMIT, 'dialogue.txt': DIALOGUE });
    const h = desk.core().handlers;
    const wang = (await h['statements.forArticle']({ articleId: ids['dialogue.txt']! })).find((s) => s.speakerName === 'Wang Wenbin')!;
    await h['statements.reject']({ id: wang.id });
    const made = await h['briefings.create']({ template: 'positions-by-nation' });
    expect(made.body.content.filter((n) => n.type === 'heading' && n.attrs?.level === 2).map(textOf).sort()).toEqual(['China', 'Japan', 'United States']);
    expect(citationsIn(made.body).map((c) => c.statementId)).not.toContain(wang.id);
    expect(made.body.content.map(textOf)).toContain('Stance: not yet assessed — say in a few words where this nation stands.');
  });

  it('says what to do when no statement has a nation', async () => {
    const made = await desk.core().handlers['briefings.create']({ template: 'positions-by-nation' });
    expect(made.body.content.map(textOf).join('\n')).toMatch(/No statement with a nation is in the archive yet/);
  });

  it('words stances most frequent first', () => {
    expect(stanceWords({ supports: 1, opposes: 3, concerned: 1 })).toBe('opposes (3), supports (1), concerned (1)');
    expect(stanceWords({})).toBeNull();
  });
});

describe('positions-by-nation from the matrix', () => {
  const desk = useDesk();

  it('takes the matrix’s statements: its outlets and review states, tagged ones when its columns are topics', async () => {
    const ids = await desk.importTexts({ 'summit.txt': SUMMIT, 'dialogue.txt': DIALOGUE });
    const h = desk.core().handlers;
    const summit = await h['statements.forArticle']({ articleId: ids['summit.txt']! });
    const singh = summit.find((s) => s.speakerName === 'Sabrina Singh')!;
    const wang = (await h['statements.forArticle']({ articleId: ids['dialogue.txt']! })).find((s) => s.speakerName === 'Wang Wenbin')!;
    const topic = await h['topics.create']({ name: 'Arms transfers' });
    await h['statements.tag']({ statementId: singh.id, topicId: topic.id, stance: 'opposes' });
    await h['statements.tag']({ statementId: wang.id, topicId: topic.id, stance: 'neutral' });

    const nationsOf = async (matrix: { filters: Record<string, unknown>; columns: 'auto' | 'topics' | 'articles' | 'stories' }) => {
      const made = await h['briefings.create']({ template: 'positions-by-nation', matrix });
      return made.body.content.filter((n) => n.type === 'heading' && n.attrs?.level === 2).map(textOf).sort();
    };
    // Topics as columns: the tagged statements only.
    expect(await nationsOf({ filters: {}, columns: 'auto' })).toEqual(['China', 'United States']);
    // Only one outlet.
    expect(await nationsOf({ filters: { outlets: ['Xinhua'] }, columns: 'topics' })).toEqual(['China']);
    // Articles as columns: every statement with a nation.
    expect(await nationsOf({ filters: {}, columns: 'articles' })).toEqual(['China', 'Japan', 'United States']);
    // Confirmed statements only: none yet.
    expect(await nationsOf({ filters: { reviewStates: ['confirmed'] }, columns: 'topics' })).toEqual([]);
    await h['statements.confirm']({ id: singh.id });
    expect(await nationsOf({ filters: { reviewStates: ['confirmed'] }, columns: 'topics' })).toEqual(['United States']);
  });
});
