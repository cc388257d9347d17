import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSplit, POLNEAR_DIR, scoreDocument, type Tally } from '../../../scripts/tune-extractor';
import { extractStatements } from '../../../shared/extraction/index';

const DEV = new URL('dev/', POLNEAR_DIR);
const present = existsSync(DEV);
if (!present) console.warn(`PolNeAR dev split not found at ${DEV.pathname}: skipping the score floor test`);

// Floors slightly under the figures reached, so that a regression fails the build.
const CONTENT_F1_FLOOR = 0.64;
const ATTRIBUTION_F1_FLOOR = 0.59;

const f1 = (matched: number, predicted: number, gold: number) => (2 * matched) / Math.max(1, predicted + gold);

describe.skipIf(!present)('PolNeAR dev score', () => {
  it('stays above the content and attribution floors', () => {
    const tally: Tally = { gold: 0, predicted: 0, matched: 0, attributed: 0, directGold: 0, directPredicted: 0, directMatched: 0 };
    for (const doc of loadSplit('dev')) scoreDocument(doc, extractStatements(doc.text).statements, tally);
    expect(tally.gold).toBeGreaterThan(2000);
    expect(f1(tally.matched, tally.predicted, tally.gold)).toBeGreaterThanOrEqual(CONTENT_F1_FLOOR);
    expect(f1(tally.attributed, tally.predicted, tally.gold)).toBeGreaterThanOrEqual(ATTRIBUTION_F1_FLOOR);
  });
});
