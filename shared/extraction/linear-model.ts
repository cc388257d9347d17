import type { FeatureVisitor } from './anchor-features';

/** A logistic-regression model stored as { "template=value": weight, "template=a|b": weight }. */
export interface StoredModel {
  weights: Record<string, number>;
}

/**
 * Turns stored weights into nested maps (template -> value [-> second value] -> weight)
 * so that scoring never builds a string.
 */
export function compileModel(stored: StoredModel): (visitAll: (visit: FeatureVisitor) => void) => number {
  const logit = compileModelLogit(stored);
  return (visitAll) => 1 / (1 + Math.exp(-logit(visitAll)));
}

/** The model's raw sum of weights (its log-odds), for callers that add parts together. */
export function compileModelLogit(stored: StoredModel): (visitAll: (visit: FeatureVisitor) => void) => number {
  const single = new Map<string, Map<string, number>>();
  const paired = new Map<string, Map<string, Map<string, number>>>();
  for (const [feature, weight] of Object.entries(stored.weights)) {
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
  // One visitor for the model's lifetime (scoring is synchronous); the sum lives in a typed
  // array because a captured number variable would allocate on every addition.
  const sum = new Float64Array(1);
  const visit: FeatureVisitor = (template, value, second) => {
    const w = second === undefined ? single.get(template)?.get(value) : paired.get(template)?.get(value)?.get(second);
    if (w !== undefined) sum[0]! += w;
  };
  return (visitAll) => {
    sum[0] = 0;
    visitAll(visit);
    return sum[0]!;
  };
}
