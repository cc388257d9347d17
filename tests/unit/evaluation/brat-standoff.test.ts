import { describe, expect, it } from 'vitest';
import { parseBratAttributions } from '../../../electron/core/evaluation/brat-standoff';
import { codePointSpan } from './brat-corpus-builder';

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('reading brat attribution files', () => {
  it('converts code-point offsets to string indices past emoji and other astral characters', () => {
    const text = 'Fans cheered 🎉🎉 loudly. The mayor said that the 𝒻estival would return next year.';
    const ann = [
      `T1\tSource ${codePointSpan(text, 'The mayor')}\tThe mayor`,
      `T2\tCue ${codePointSpan(text, 'said')}\tsaid`,
      `T3\tContent ${codePointSpan(text, 'that the 𝒻estival would return next year')}\tthat the 𝒻estival would return next year`,
      `T4\tAttribution ${codePointSpan(text, 'said')}\tsaid`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    ].join('\n');

    const [gold] = parseBratAttributions(ann, text);

    expect(slice(text, gold!.source)).toBe('The mayor');
    expect(slice(text, gold!.cue)).toBe('said');
    expect(slice(text, gold!.content)).toBe('that the 𝒻estival would return next year');
  });

  it('reads a span in several pieces as running from the first start to the last end', () => {
    const text = '“We will win,” the senator said, “and we will win big.”';
    const first = codePointSpan(text, '“We will win,”');
    const second = codePointSpan(text, '“and we will win big.”');
    const ann = [
      `T1\tContent ${first};${second}\t“We will win,” “and we will win big.”`,
      `T2\tSource ${codePointSpan(text, 'the senator')}\tthe senator`,
      `T3\tAttribution ${codePointSpan(text, 'said')}\tsaid`,
      'E1\tAttribution:T3 Content:T1 Source:T2',
    ].join('\n');

    const [gold] = parseBratAttributions(ann, text);

    expect(slice(text, gold!.content)).toBe(text);
    expect(gold!.cue).toBeNull();
  });

  it('keeps attributions without a source, with a null source', () => {
    const text = 'It was reported that talks had stalled.';
    const ann = [
      `T1\tCue ${codePointSpan(text, 'It was reported')}\tIt was reported`,
      `T2\tContent ${codePointSpan(text, 'that talks had stalled')}\tthat talks had stalled`,
      `T3\tAttribution-no-source ${codePointSpan(text, 'It was reported')}\tIt was reported`,
      'E1\tAttribution-no-source:T3 Content:T2 Cue:T1',
    ].join('\n');

    const gold = parseBratAttributions(ann, text);

    expect(gold).toHaveLength(1);
    expect(gold[0]!.source).toBeNull();
    expect(slice(text, gold[0]!.content)).toBe('that talks had stalled');
  });

  it('ignores notes, discarded spans and continuation lines of span texts that hold a line break', () => {
    const text = 'Editor’s note.\nShe said the plan\nwas dead.';
    const ann = [
      `T1\tDiscard ${codePointSpan(text, 'Editor’s note.')}\tEditor’s note.`,
      `T2\tContent ${codePointSpan(text, 'the plan\nwas dead')}\tthe plan`,
      'was dead',
      `T3\tSource ${codePointSpan(text, 'She')}\tShe`,
      `T4\tAttribution ${codePointSpan(text, 'said')}\tsaid`,
      '#1\tAnnotatorNotes T2\tsplit over two lines',
      'E1\tAttribution:T4 Content:T2 Source:T3',
      '',
    ].join('\n');

    const gold = parseBratAttributions(ann, text);

    expect(gold).toHaveLength(1);
    expect(slice(text, gold[0]!.content)).toBe('the plan\nwas dead');
    expect(slice(text, gold[0]!.source)).toBe('She');
  });

  it('covers a second content argument together with the first', () => {
    const text = 'Costs will rise, the minister said, and taxes too.';
    const ann = [
      `T1\tContent ${codePointSpan(text, 'Costs will rise')}\tCosts will rise`,
      `T2\tContent ${codePointSpan(text, 'and taxes too')}\tand taxes too`,
      `T3\tSource ${codePointSpan(text, 'the minister')}\tthe minister`,
      `T4\tAttribution ${codePointSpan(text, 'said')}\tsaid`,
      'E1\tAttribution:T4 Source:T3 Content:T1 Content2:T2',
    ].join('\n');

    const [gold] = parseBratAttributions(ann, text);

    expect(slice(text, gold!.content)).toBe('Costs will rise, the minister said, and taxes too');
  });
});
