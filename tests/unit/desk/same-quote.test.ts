import { describe, expect, it } from 'vitest';
import { contentStems, dayWindow, daysApart, sameQuote, sameSpeaker, type QuoteSide } from '../../../shared/desk/same-quote';
import { useDesk } from './desk-fixture';

/** One Korean quote as two agencies translated it: few words in common, the same content. */
const FIRST_TRANSLATION = 'There may be parts that violate UNSC resolutions, and Russia already knows this. I hope Russia complies with them.';
const SECOND_TRANSLATION = 'Some parts may breach the resolutions of the UN Security Council, which Russia is aware of. We hope Russia will comply with the resolutions.';

const side = (text: string, over: Partial<QuoteSide> = {}): QuoteSide => ({ text, actorId: null, speakerName: 'Jeon Ha-kyu', publishedAt: '2023-09-13', ...over });

describe('the same quote in other words', () => {
  it('reduces wordings to the stems of their content words', () => {
    expect(contentStems('I hope Russia complies with them')).toEqual(['hope', 'russia', 'compli']);
    expect(contentStems('We hope Russia will comply')).toEqual(['hope', 'russia', 'will', 'compli']);
  });

  it('pairs two translations of one speaker’s quote, but not the same words of another speaker or another week', () => {
    const translated = sameQuote(side(FIRST_TRANSLATION), side(SECOND_TRANSLATION, { speakerName: 'Jeon', publishedAt: '2023-09-14' }));
    expect(translated?.basis).toBe('translation');
    expect(sameQuote(side(FIRST_TRANSLATION), side(SECOND_TRANSLATION, { speakerName: 'Kim Yo-jong' }))).toBeNull();
    expect(sameQuote(side(FIRST_TRANSLATION), side(SECOND_TRANSLATION, { publishedAt: '2023-11-02' }))).toBeNull();
    // Copies of the same words pair whoever is named as the speaker.
    const copy = sameQuote(side(FIRST_TRANSLATION), side(FIRST_TRANSLATION.replace('already knows', 'knows'), { speakerName: null }));
    expect(copy?.basis).toBe('wording');
    // Unrelated words of the same speaker do not.
    expect(sameQuote(side(FIRST_TRANSLATION), side('The ministry will brief reporters again on Friday about the drills near the border.'))).toBeNull();
  });

  it('matches speakers by registry identity or by surname, and dates to the day', () => {
    expect(sameSpeaker(side('x', { actorId: 4, speakerName: 'Singh' }), side('x', { actorId: 4, speakerName: 'Pentagon' }))).toBe(true);
    expect(sameSpeaker(side('x', { speakerName: 'Sabrina Singh' }), side('x', { speakerName: 'Singh' }))).toBe(true);
    expect(sameSpeaker(side('x', { speakerName: 'Sabrina Singh' }), side('x', { speakerName: null }))).toBe(false);
    expect(daysApart('2023-09-13', '2023-09-20T10:00:00Z')).toBe(7);
    expect(daysApart('2023-09', '2023-09-20')).toBeNull();
    expect(dayWindow('2024-03-01T09:00:00Z', 7)).toEqual({ from: '2024-02-23', to: '2024-03-08' });
    expect(dayWindow('2024', 7)).toBeNull();
  });
});

describe('quote pairs across the archive', () => {
  const desk = useDesk();

  it('finds a quote translated twice in an article that is not open, with the wording differences', async () => {
    const ids = await desk.importTexts({
      'agency-a.txt': [
        'Seoul watches summit',
        '',
        `Defense Ministry spokesman Jeon Ha-kyu said: “${FIRST_TRANSLATION}”`,
        '',
        'Trade Minister Eva Lind said, “Tariffs will fall next year if the talks succeed.”',
        '',
      ].join('\n'),
      'agency-b.txt': [
        'South Korea warns Moscow',
        '',
        `Ministry spokesman Jeon said, “${SECOND_TRANSLATION}”`,
        '',
      ].join('\n'),
      'unrelated.txt': ['Harvest report', '', 'Farm Minister Ola Dahl said, “The harvest was the best in ten years despite the rain in May.”', ''].join('\n'),
    });
    const core = desk.core();
    for (const name of ['agency-a.txt', 'agency-b.txt']) {
      await core.handlers['articles.update']({ id: ids[name]!, changes: { publishedAt: name === 'agency-a.txt' ? '2023-09-13' : '2023-09-14' } });
    }
    const pairs = await core.handlers['quotes.pairs']({ articleId: ids['agency-a.txt']! });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.right.article.id).toBe(ids['agency-b.txt']);
    expect(pairs[0]!.contentDiff.some((p) => p.change === 'added' && /breach/.test(p.text))).toBe(true);
    expect(pairs[0]!.contentDiff.some((p) => p.change === 'same' && /Russia/.test(p.text))).toBe(true);
    // Compared with one other article, the same pair is found from the other side.
    expect(await core.handlers['quotes.pairs']({ articleId: ids['agency-b.txt']!, otherArticleId: ids['agency-a.txt']! })).toHaveLength(1);
  });
});
