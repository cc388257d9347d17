import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../../electron/core/evaluation/index';
import { polnearSplitDir } from '../../../scripts/polnear';

const DEV = polnearSplitDir('dev');
const present = existsSync(DEV);
if (!present) console.warn(`PolNeAR dev split not found at ${DEV}: skipping the score floor test`);

// Floors slightly under the figures reached, so that a regression fails the build.
const CONTENT_F1_FLOOR = 0.715;
const ATTRIBUTION_F1_FLOOR = 0.66;

describe.skipIf(!present)('PolNeAR dev score', () => {
  it('stays above the content and attribution floors', async () => {
    const report = await evaluateCorpus(DEV);
    expect(report.overall.content.gold).toBeGreaterThan(2000);
    expect(report.overall.content.f1).toBeGreaterThanOrEqual(CONTENT_F1_FLOOR);
    expect(report.overall.attribution.f1).toBeGreaterThanOrEqual(ATTRIBUTION_F1_FLOOR);
  });
});
