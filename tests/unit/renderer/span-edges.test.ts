import { describe, expect, it } from 'vitest';
import { moveEdge, snapToWord, wordStep } from '../../../renderer/src/features/desk/span-edges';
import { describeRoleDates, isPartialDate, roleProblem, rolesSeen } from '../../../renderer/src/features/actors/roles-seen';
import type { ActorStatement } from '../../../shared/domain/desk';

const TEXT = 'She said, “We will not accept any deal.” Then she left.';

describe('moving a statement’s ends', () => {
  it('snaps a dragged start to its word’s beginning and a dragged end to its word’s end', () => {
    const deal = TEXT.indexOf('deal');
    expect(snapToWord(TEXT, 'start', deal + 2)).toBe(deal);
    expect(snapToWord(TEXT, 'end', deal + 2)).toBe(deal + 4);
    // Dropped on a space: the start moves on to the next word, the end back after the last one.
    expect(snapToWord(TEXT, 'start', deal - 1)).toBe(deal);
    expect(snapToWord(TEXT, 'end', deal)).toBe(deal - 1);
  });

  it('steps a word at a time: starts to word beginnings, ends to word ends', () => {
    const open = TEXT.indexOf('“');
    expect(wordStep(TEXT, open, 1, 'start')).toBe(open + 1);
    expect(wordStep(TEXT, open + 1, 1, 'start')).toBe(TEXT.indexOf('will'));
    expect(wordStep(TEXT, TEXT.indexOf('will'), -1, 'start')).toBe(TEXT.indexOf('We'));
    const close = TEXT.indexOf('”') + 1;
    expect(wordStep(TEXT, close, -1, 'end')).toBe(TEXT.indexOf('deal') + 4);
    expect(wordStep(TEXT, TEXT.indexOf('deal') + 4, -1, 'end')).toBe(TEXT.indexOf('any') + 3);
    expect(wordStep(TEXT, TEXT.indexOf('any') + 3, 1, 'end')).toBe(TEXT.indexOf('deal') + 4);
  });

  it('never lets one end cross the other or leave the text', () => {
    expect(moveEdge({ start: 5, end: 10 }, 'start', 12, 50)).toEqual({ start: 9, end: 10 });
    expect(moveEdge({ start: 5, end: 10 }, 'end', 2, 50)).toEqual({ start: 5, end: 6 });
    expect(moveEdge({ start: 5, end: 10 }, 'end', 80, 50)).toEqual({ start: 5, end: 50 });
    expect(moveEdge({ start: 5, end: 10 }, 'start', -3, 50)).toEqual({ start: 0, end: 10 });
  });
});

function said(role: string | null, organization: string | null, publishedAt: string | null): ActorStatement {
  return {
    statement: { speakerRole: role, speakerOrganization: organization } as ActorStatement['statement'],
    article: { id: 1, title: null, outlet: null, publishedAt } as ActorStatement['article'],
  };
}

describe('an actor’s roles over time', () => {
  it('dates each role the articles give by its first and last article, leaving out known roles', () => {
    const seen = rolesSeen(
      [
        said('Deputy spokesperson', 'Pentagon', '2023-09-14T10:00:00Z'),
        said('deputy spokesperson', 'Pentagon', '2023-02-01'),
        said('Spokesperson', 'Pentagon', null),
        said(null, null, '2023-05-01'),
        said('Press secretary', 'White House', '2024-01-10'),
      ],
      [{ role: 'Press secretary', organization: 'White House', from: '2024', to: null }],
    );
    expect(seen).toEqual([
      { role: 'Deputy spokesperson', organization: 'Pentagon', from: '2023-02-01', to: '2023-09-14', statements: 2 },
      { role: 'Spokesperson', organization: 'Pentagon', from: null, to: null, statements: 1 },
    ]);
  });

  it('describes what is known of the dates and refuses what is not a date', () => {
    expect(describeRoleDates({ from: '2023-02', to: '2023-09-14' })).toBe('2023-02 – 2023-09-14');
    expect(describeRoleDates({ from: '2023', to: null })).toBe('since 2023');
    expect(describeRoleDates({ from: null, to: null })).toBe('');
    expect(roleProblem({ role: null, organization: null, from: '2023', to: null })).toMatch(/title or an organization/);
    expect(roleProblem({ role: 'Minister', organization: null, from: '2023-13-40x', to: null })).toMatch(/not a date/);
    expect(roleProblem({ role: 'Minister', organization: null, from: '2024', to: '2023' })).toMatch(/ends before/);
    expect(roleProblem({ role: 'Minister', organization: null, from: null, to: null })).toBeNull();
    expect(isPartialDate('2024-13')).toBe(false);
    expect(isPartialDate('2023-02-30')).toBe(false);
    expect(isPartialDate('2024-02-29')).toBe(true);
    expect(isPartialDate('2024')).toBe(true);
  });
});
