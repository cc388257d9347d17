import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { ALL_LEARNED_PARTS } from '../../../shared/extraction/pipeline';
import { expectSpansToMatch } from './helpers';

// PolNeAR gives each word to one attribution: what the governor claimed is part of what Ruiz said.
const TEXT = [
  'Harbour roads reopened on Monday.',
  'Senator Ana Ruiz said the governor had claimed that the budget was balanced when it was not.',
].join('\n\n');

describe('statements inside other statements', () => {
  it('keeps the outer statement and drops the one whose cue lies inside its content', () => {
    const result = extractStatements(TEXT);
    expectSpansToMatch(TEXT, result);
    const cues = result.statements.map((s) => s.cue?.text);
    expect(cues).toContain('said');
    expect(cues).not.toContain('claimed');
    const said = result.statements.find((s) => s.cue?.text === 'said')!;
    expect(said.content.text).toBe('the governor had claimed that the budget was balanced when it was not');
    expect(said.speaker.name).toBe('Ana Ruiz');
  });

  it("gives a government's position to the spokesperson who voiced it, with the position whole", () => {
    const statement = (paragraph: string) => {
      const [only, ...rest] = extractStatements(`Positions\n\n${paragraph}\n`).statements;
      expect(rest).toEqual([]);
      return { speaker: only!.speaker.mention?.text, content: only!.content.text };
    };
    expect(statement('China firmly opposes the new tariffs, Foreign Ministry spokesperson Lin Jian told reporters on Monday.')).toEqual({
      speaker: 'Foreign Ministry spokesperson Lin Jian',
      content: 'China firmly opposes the new tariffs',
    });
    expect(statement('Russia welcomes the proposal, Kremlin spokesman Dmitry Peskov said.')).toEqual({ speaker: 'Kremlin spokesman Dmitry Peskov', content: 'Russia welcomes the proposal' });
    expect(statement('The United States condemns the attack in the strongest terms, Secretary of State Antony Blinken said in a statement.')).toEqual({
      speaker: 'Secretary of State Antony Blinken',
      content: 'The United States condemns the attack in the strongest terms',
    });
  });

  it('keeps the spokesperson\'s statement when a position before it would run on over her name', () => {
    const [only, ...rest] = extractStatements('Sanctions\n\nMoscow will respond to any new sanctions, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Wednesday.\n').statements;
    expect(rest).toEqual([]);
    expect([only!.speaker.name, only!.cue?.text, only!.content.text]).toEqual(['Maria Zakharova', 'said', 'Moscow will respond to any new sanctions']);
  });

  it('finds the nested statement when the filter is switched off', () => {
    const result = extractStatements(TEXT, { learned: { ...ALL_LEARNED_PARTS, noNested: false } });
    expect(result.statements.map((s) => s.cue?.text)).toContain('claimed');
  });
});
