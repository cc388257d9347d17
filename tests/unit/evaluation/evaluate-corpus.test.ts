import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { evaluateCorpus, formatEvalReport } from '../../../electron/core/evaluation/index';
import { codePointSpan, makeCorpus, predicted } from './brat-corpus-builder';

const bridge = 'Bridge to open 🌉\n\nThe governor said that the new bridge will open in May. “It is a good day,” she added. Critics claimed the cost was hidden.';

function bridgeAnn(text: string): string {
  return [
    `T1\tSource ${codePointSpan(text, 'The governor')}\tThe governor`,
    `T2\tContent ${codePointSpan(text, 'that the new bridge will open in May')}\tthat the new bridge will open in May`,
    `T3\tAttribution ${codePointSpan(text, 'said')}\tsaid`,
    'E1\tAttribution:T3 Content:T2 Source:T1',
    `T4\tSource ${codePointSpan(text, 'she')}\tshe`,
    `T5\tContent ${codePointSpan(text, '“It is a good day,”')}\t“It is a good day,”`,
    `T6\tAttribution ${codePointSpan(text, 'added')}\tadded`,
    'E2\tAttribution:T6 Content:T5 Source:T4',
    `T7\tSource ${codePointSpan(text, 'Critics')}\tCritics`,
    `T8\tContent ${codePointSpan(text, 'the cost was hidden')}\tthe cost was hidden`,
    `T9\tAttribution ${codePointSpan(text, 'claimed')}\tclaimed`,
    'E3\tAttribution:T9 Content:T8 Source:T7',
  ].join('\n');
}

// A stand-in extractor with known answers: finds the reported statement and the quote
// (naming the wrong speaker for the quote), misses the critics, and invents one more.
function knownAnswers(text: string): ExtractionResult {
  return {
    title: null,
    statements: [
      predicted(text, 'that the new bridge will open in May', { mention: 'The governor' }),
      predicted(text, '“It is a good day,”', { mention: 'Critics' }, 'direct'),
      predicted(text, 'Bridge to open', { mention: 'The governor' }),
    ],
  };
}

describe('scoring an extractor on a brat corpus', () => {
  it('reports content and attribution precision, recall and F1, overall and for direct quotes', async () => {
    const dir = makeCorpus({ bridge: { text: bridge, anns: { b2: 'E1\tAttribution:T9\n', a1: bridgeAnn(bridge) } } });

    const report = await evaluateCorpus(dir, { extract: knownAnswers });

    expect(report.documents).toBe(1);
    expect(report.overall.content).toMatchObject({ gold: 3, predicted: 3, goldFound: 2, predictedRight: 2 });
    expect(report.overall.content.f1).toBeCloseTo(2 / 3);
    expect(report.overall.attribution).toMatchObject({ goldFound: 1, predictedRight: 1 });
    expect(report.overall.attribution.precision).toBeCloseTo(1 / 3);
    expect(report.direct.content).toMatchObject({ gold: 1, predicted: 1, goldFound: 1, predictedRight: 1, f1: 1 });
    expect(report.direct.attribution.f1).toBe(0);
  });

  it('lists misses, false alarms and wrong speakers per document on request', async () => {
    const dir = makeCorpus({
      bridge: { text: bridge, anns: { a1: bridgeAnn(bridge) } },
      unread: { text: 'Nobody annotated this one.', anns: {} },
    });

    const report = await evaluateCorpus(dir, { extract: knownAnswers });
    const withErrors = formatEvalReport(report, { errors: true });
    const plain = formatEvalReport(report, { errors: false });

    expect(report.unannotated).toEqual(['unread']);
    expect(report.perDocument[0]).toMatchObject({
      name: 'bridge',
      misses: [{ content: 'the cost was hidden', speaker: 'Critics' }],
      falseAlarms: [{ content: 'Bridge to open', speaker: 'The governor' }],
      wrongSpeakers: [{ content: '“It is a good day,”', goldSource: 'she', predictedSpeaker: 'Critics' }],
    });
    expect(withErrors).toContain('miss         [the cost was hidden]  source: Critics');
    expect(withErrors).toContain('false alarm  [Bridge to open]');
    expect(withErrors).toContain('gold: she  predicted: Critics');
    expect(plain).toMatch(/content\s+0\.667\s+0\.667\s+0\.667/);
    expect(plain).not.toContain('false alarm');
  });
});
