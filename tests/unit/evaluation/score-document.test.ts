import { describe, expect, it } from 'vitest';
import type { GoldAttribution } from '../../../electron/core/evaluation/brat-standoff';
import { isDirectGold, scoreDocument } from '../../../electron/core/evaluation/score-document';
import { predicted } from './brat-corpus-builder';

function gold(text: string, content: string, source: string | null, id = 'E1'): GoldAttribution {
  const at = text.indexOf(content);
  const sourceAt = source === null ? -1 : text.indexOf(source);
  return {
    id,
    content: { start: at, end: at + content.length },
    cue: null,
    source: source === null ? null : { start: sourceAt, end: sourceAt + source.length },
  };
}

describe('matching predicted statements to gold attributions', () => {
  const text = 'The governor said that the new bridge will open in May and cost less than planned.';

  it('matches when the spans share at least half of the words of their union', () => {
    const g = gold(text, 'that the new bridge will open in May', 'The governor');
    // 4 shared words ("the new bridge will") out of 8 in the union: exactly one half.
    const half = predicted(text, 'the new bridge will', { mention: 'The governor' });
    const less = predicted(text, 'the new bridge', { mention: 'The governor' });

    expect(scoreDocument(text, [g], [half]).pairs).toHaveLength(1);
    expect(scoreDocument(text, [g], [less]).pairs).toHaveLength(0);
  });

  it('counts words cut by a span boundary as inside it', () => {
    const g = gold(text, 'that the new bridge will open in May', 'The governor');
    const cut = predicted(text, 'at the new bridge will open in M', { mention: 'The governor' });

    expect(scoreDocument(text, [g], [cut]).pairs[0]?.overlap).toBe(1);
  });

  it('pairs one to one, the closest overlap first', () => {
    const a = 'Prices rose in every region last year, and wages stalled in most of them';
    const story = `The report said ${a}.`;
    const goldWhole = gold(story, a, 'The report', 'E1');
    const goldFirstHalf = gold(story, 'Prices rose in every region last year', 'The report', 'E2');
    const exactWhole = predicted(story, a, { mention: 'The report' });
    const nearlyWhole = predicted(story, 'Prices rose in every region last year, and wages stalled', { mention: 'The report' });

    const score = scoreDocument(story, [goldWhole, goldFirstHalf], [nearlyWhole, exactWhole]);

    // The exact prediction takes the whole-sentence gold; the near one is left to the
    // first-half gold it overlaps by 7/10 words, instead of both chasing one gold.
    expect(score.pairs.map((p) => [p.gold, p.predicted])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(score.missed).toEqual([]);
    expect(score.falseAlarms).toEqual([]);
  });

  it('leaves a duplicate prediction as a false alarm', () => {
    const g = gold(text, 'that the new bridge will open in May', 'The governor');
    const p = predicted(text, 'that the new bridge will open in May', { mention: 'The governor' });

    const score = scoreDocument(text, [g], [p, p]);

    expect(score.pairs).toHaveLength(1);
    expect(score.falseAlarms).toEqual([1]);
  });
});

describe('judging the speaker of a matched statement', () => {
  const text = 'Senator Ann Ortiz spoke on Monday. Ortiz said that the vote was rigged. It was claimed that turnout fell.';
  const content = 'that the vote was rigged';

  const ortizSource = (): GoldAttribution => {
    const at = text.indexOf('Ortiz said');
    return { ...gold(text, content, null), source: { start: at, end: at + 'Ortiz'.length } };
  };

  it('accepts a speaker mention overlapping the gold source', () => {
    const onSource = predicted(text, content, { mention: 'Ortiz said', name: null });
    expect(scoreDocument(text, [ortizSource()], [onSource]).pairs[0]?.attributed).toBe(true);
  });

  it('does not use names when the gold source is a longer description', () => {
    const longSource = gold(text, content, 'Senator Ann Ortiz spoke on Monday');
    const elsewhere = predicted(text, 'that the vote was rigged', { mention: 'Ortiz said', name: 'Ann Ortiz' });
    expect(scoreDocument(text, [longSource], [elsewhere]).pairs[0]?.attributed).toBe(false);
  });

  it('accepts the resolved name of a speaker when the gold source is a short form', () => {
    const g = ortizSource();
    const elsewhere = predicted(text, content, { mention: 'Senator', name: 'Ann Ortiz' });
    const someoneElse = predicted(text, content, { mention: 'Senator', name: 'Bob Lee' });

    expect(scoreDocument(text, [g], [elsewhere]).pairs[0]?.attributed).toBe(true);
    expect(scoreDocument(text, [g], [someoneElse]).pairs[0]?.attributed).toBe(false);
  });

  it('counts naming nobody as right only where gold has no source', () => {
    const noSource = gold(text, 'that turnout fell', null);
    const nobody = predicted(text, 'that turnout fell');
    const somebody = predicted(text, 'that turnout fell', { mention: 'Ortiz' });

    expect(scoreDocument(text, [noSource], [nobody]).pairs[0]?.attributed).toBe(true);
    expect(scoreDocument(text, [noSource], [somebody]).pairs[0]?.attributed).toBe(false);
    expect(scoreDocument(text, [gold(text, content, 'Ortiz')], [predicted(text, content)]).pairs[0]?.attributed).toBe(false);
  });
});

describe('telling direct quotes apart', () => {
  it('treats gold content opening with a quotation mark as a direct quote', () => {
    const text = '“We are ready,” he said. He said they were ready. «Prêts», a-t-il dit.';
    expect(isDirectGold(text, { start: 0, end: 15 })).toBe(true);
    expect(isDirectGold(text, { start: text.indexOf('they'), end: text.indexOf('ready.', 30) })).toBe(false);
    expect(isDirectGold(text, { start: text.indexOf('«'), end: text.indexOf('»') + 1 })).toBe(true);
  });
});
