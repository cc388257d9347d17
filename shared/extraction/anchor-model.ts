import model from '../../resources/extraction/anchor-model.json';
import { visitAnchorFeatures } from './anchor-features';
import type { TextAnalysis } from './text-analysis';

/** Logistic-regression weights learned from PolNeAR train by `npm run train:extractor`. */
const stored = (model as unknown as { weights: Record<string, number> }).weights;

// template -> value -> weight, or template -> value -> second value -> weight, so that a
// lookup never builds a string.
const single = new Map<string, Map<string, number>>();
const paired = new Map<string, Map<string, Map<string, number>>>();
for (const [feature, weight] of Object.entries(stored)) {
  const eq = feature.indexOf('=');
  const template = feature.slice(0, eq);
  const value = feature.slice(eq + 1);
  if (template.includes('+')) {
    const bar = value.indexOf('|');
    const byTemplate = paired.get(template) ?? new Map<string, Map<string, number>>();
    const byFirst = byTemplate.get(value.slice(0, bar)) ?? new Map<string, number>();
    byFirst.set(value.slice(bar + 1), weight);
    byTemplate.set(value.slice(0, bar), byFirst);
    paired.set(template, byTemplate);
  } else {
    const byTemplate = single.get(template) ?? new Map<string, number>();
    byTemplate.set(value, weight);
    single.set(template, byTemplate);
  }
}

/** How likely token i is to anchor an attribution cue. */
export function anchorProbability(a: TextAnalysis, i: number): number {
  let z = 0;
  visitAnchorFeatures(a, i, (template, value, second) => {
    z += (second === undefined ? single.get(template)?.get(value) : paired.get(template)?.get(value)?.get(second)) ?? 0;
  });
  return 1 / (1 + Math.exp(-z));
}
