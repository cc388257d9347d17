import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../../shared/domain/extraction';
import { evaluateCorpus, formatEvalReport } from '../../../electron/core/evaluation/index';
import { predicted } from './brat-corpus-builder';

const text = [
  'Harbour deal signed',
  '',
  'In Maputo, Transport Minister Rui Macie said the harbour would open in May. The WTO said it would study the deal. Analysts said the cost was hidden. A union leader said wages would rise.',
  '',
].join('\n');

function span(needle: string) {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle };
}

const gold = {
  file: 'harbour.txt',
  statements: [
    { content: span('the harbour would open in May'), source: span('Transport Minister Rui Macie'), cue: span('said'), speaker: 'Rui Macie', nation: 'MZ', kind: 'indirect', optional: false },
    { content: span('it would study the deal'), source: span('The WTO'), cue: null, speaker: 'World Trade Organization', nation: null, kind: 'indirect', optional: false },
    { content: span('the cost was hidden'), source: span('Analysts'), cue: null, speaker: 'unnamed analysts', nation: 'MZ', kind: 'indirect', optional: false },
    { content: span('wages would rise'), source: span('A union leader'), cue: null, speaker: 'unnamed union leader', nation: null, kind: 'indirect', optional: true },
  ],
};

const cases = {
  'harbour.txt': [
    { content: 'the harbour would open in May', nation: 'MZ', cases: ['context'] },
    { content: 'it would study the deal', nation: null, cases: ['org-null'] },
    { content: 'the cost was hidden', nation: 'MZ', cases: ['unnamed', 'context'] },
    { content: 'wages would rise', nation: null, cases: ['unnamed'] },
  ],
};

function makeJsonCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-json-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'text', 'harbour.txt'), text);
  writeFileSync(join(dir, 'gold', 'harbour.json'), JSON.stringify(gold));
  writeFileSync(join(dir, 'nation-cases.json'), JSON.stringify(cases));
  return dir;
}

// Known answers: the minister right with his nation, the WTO right with no nation, the
// analysts missed (so their nation counts wrong), and the optional union leader found.
function knownAnswers(t: string): ExtractionResult {
  const minister = predicted(t, 'the harbour would open in May', { mention: 'Transport Minister Rui Macie', name: 'Rui Macie' });
  const wto = predicted(t, 'it would study the deal', { mention: 'The WTO' });
  const union = predicted(t, 'wages would rise', { mention: 'A union leader' });
  minister.speaker.nation = 'MZ';
  return { title: null, statements: [minister, wto, union] };
}

describe('scoring on a JSON gold corpus (the nations-dev layout)', () => {
  it('detects the layout, leaves optional statements out and scores nations over gold with a nation', async () => {
    const report = await evaluateCorpus(makeJsonCorpus(), { extract: knownAnswers });

    // The optional statement is neither a hit nor a false alarm nor a miss.
    expect(report.overall.content).toMatchObject({ gold: 3, predicted: 2, goldFound: 2, predictedRight: 2 });
    expect(report.nations).toMatchObject({ withNation: 2, withNationRight: 1, accuracy: 0.5, nullGold: 1, nullRight: 1 });
    expect(report.nations!.cases).toEqual([
      { case: 'context', statements: 2, right: 1 },
      { case: 'org-null', statements: 1, right: 1 },
      { case: 'unnamed', statements: 1, right: 0 },
    ]);
    const printed = formatEvalReport(report, { errors: true });
    expect(printed).toMatch(/nation accuracy\s+0\.500\s+1\/2/);
    expect(printed).toMatch(/context\s+2\s+1\s+0\.500/);
    expect(printed).toContain('gold MZ (unnamed analysts)  predicted statement not found');
  });

  it('names the file and the span when a gold span does not hold its text', async () => {
    const dir = makeJsonCorpus();
    const bad = { ...gold, statements: [{ ...gold.statements[0]!, content: { ...gold.statements[0]!.content, text: 'something else' } }] };
    writeFileSync(join(dir, 'gold', 'harbour.json'), JSON.stringify(bad));
    await expect(evaluateCorpus(dir, { extract: knownAnswers })).rejects.toThrow(/harbour\.json: content span \d+-\d+ does not hold its text "something else"/);
  });
});
