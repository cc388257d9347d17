import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { ALL_LEARNED_PARTS } from '../../../shared/extraction/pipeline';
import { expectSpansToMatch } from './helpers';

const RULES_ONLY = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false } };
const WITHOUT_NEW_FRAMES = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false, moreFrames: false } };

function article(...paragraphs: string[]): string {
  return ['Harbour fees split the council', 'Harbour roads reopened on Monday after a week of repairs.', ...paragraphs].join('\n\n');
}

describe('frames the first rules missed', () => {
  it('lets a phrase between the cue and “that” belong to the cue', () => {
    const text = article('Mayor Lena Ortiz said during a hearing of the budget committee that the harbour fees would double next year.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = result.statements.find((x) => x.cue?.text === 'said');
    expect(s?.content.text).toBe('that the harbour fees would double next year');
    expect(s?.speaker.name).toBe('Lena Ortiz');
    const before = extractStatements(text, WITHOUT_NEW_FRAMES).statements.find((x) => x.cue?.text === 'said');
    expect(before?.content.text).not.toBe('that the harbour fees would double next year');
  });

  it('stops at a verb or a new subject: the phrase must run straight into “that”', () => {
    const text = article('Ortiz spoke on Tuesday to reporters who said that the fees were fair.');
    const result = extractStatements(text, RULES_ONLY);
    expect(result.statements.some((x) => x.cue?.text === 'spoke' && x.content.text.startsWith('that'))).toBe(false);
  });

  it('reads a quotation signed with a dash and a name as that person’s statement', () => {
    const text = article(
      'Readers sent us their views.',
      '“The harbour belongs to the people who work in it. Keep the fees low.” ― Pamela Okafor',
      '“We will not pay twice for the same pier.” — Jorge M. Falcon',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const signed = result.statements.filter((s) => s.cue?.text === '―' || s.cue?.text === '—');
    expect(signed.map((s) => [s.speaker.name, s.kind])).toEqual([
      ['Pamela Okafor', 'direct'],
      ['Jorge M. Falcon', 'direct'],
    ]);
    expect(signed[0]!.content.text).toBe('“The harbour belongs to the people who work in it. Keep the fees low.”');
  });

  it('reads a signature that ends with a full stop, and a quotation opened with a closing-style mark', () => {
    const text = article(
      'Readers sent us their views.',
      '“Ferries should run every hour in winter too.”― Lena Brodsky.',
      '”Fares went up twice this year. Nobody asked us.” ― Tomas Ruiz',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const signed = result.statements.filter((s) => s.cue?.text === '―');
    expect(signed.map((s) => [s.speaker.name, s.kind, s.content.text])).toEqual([
      ['Lena Brodsky', 'direct', '“Ferries should run every hour in winter too.”'],
      ['Tomas Ruiz', 'direct', '”Fares went up twice this year. Nobody asked us.”'],
    ]);
  });

  it('does not take a dash inside running text for a signature', () => {
    const text = article('The pier — rebuilt in 1990 — needs “urgent work” — Ortiz said on Friday.');
    const result = extractStatements(text, RULES_ONLY);
    expect(result.statements.some((s) => s.cue?.text === '—')).toBe(false);
  });
});
