import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedStatement, ExtractionResult } from '../../../shared/domain/extraction';
import { evaluateCorpus, listCorpusDocuments, parseBratAttributions } from '../../../electron/core/evaluation/index';

const DEV = fileURLToPath(new URL('../../../../shared/corpora/polnear/dev', import.meta.url));
const present = existsSync(DEV);
if (!present) console.warn(`PolNeAR dev not found at ${DEV}: skipping the real-corpus scorer checks.`);

/** An extractor that answers with the annotators' own attributions. */
async function goldAnswers(): Promise<(text: string) => ExtractionResult> {
  const byText = new Map<string, ExtractedStatement[]>();
  for (const doc of await listCorpusDocuments(DEV)) {
    if (!doc.annotationPath) continue;
    const text = readFileSync(doc.textPath, 'utf8');
    const gold = parseBratAttributions(readFileSync(doc.annotationPath, 'utf8'), text);
    byText.set(
      text,
      gold.map((g) => ({
        kind: 'indirect',
        content: { ...g.content, text: text.slice(g.content.start, g.content.end) },
        cue: null,
        speaker: {
          mention: g.source ? { ...g.source, text: text.slice(g.source.start, g.source.end) } : null,
          name: null,
          role: null,
          organization: null,
          nation: null,
        },
        confidence: 1,
      })),
    );
  }
  return (text) => ({ title: null, statements: byText.get(text) ?? [] });
}

describe.skipIf(!present)('scoring on the PolNeAR dev split', () => {
  it('gives the annotators’ own attributions a perfect score', async () => {
    const report = await evaluateCorpus(DEV, { extract: await goldAnswers() });

    expect(report.documents).toBe(84);
    expect(report.overall.content.gold).toBeGreaterThan(2000);
    expect(report.overall.content.f1).toBe(1);
    expect(report.overall.attribution.f1).toBe(1);
  });

  it('gives an extractor that finds nothing a zero score, not an error', async () => {
    const report = await evaluateCorpus(DEV, { extract: () => ({ title: null, statements: [] }) });

    expect(report.overall.content).toMatchObject({ predicted: 0, precision: 0, recall: 0, f1: 0 });
  });
});
