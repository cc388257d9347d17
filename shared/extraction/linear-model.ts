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
  // The maps hold small-integer indices into one Float64Array rather than the weights
  // themselves: a weight stored in a map is a boxed number, one more pointer to follow (and
  // cache line to miss) on every hit.
  const entries = Object.entries(stored.weights);
  const weights = new Float64Array(entries.length);
  const single = new Map<string, Map<string, number>>();
  const paired = new Map<string, Map<string, Map<string, number>>>();
  entries.forEach(([feature, weight], index) => {
    weights[index] = weight;
    const eq = feature.indexOf('=');
    const template = feature.slice(0, eq);
    const value = feature.slice(eq + 1);
    if (template.includes('+')) {
      const bar = value.indexOf('|');
      const byTemplate = paired.get(template) ?? new Map<string, Map<string, number>>();
      const byFirst = byTemplate.get(value.slice(0, bar)) ?? new Map<string, number>();
      byFirst.set(value.slice(bar + 1), index);
      byTemplate.set(value.slice(0, bar), byFirst);
      paired.set(template, byTemplate);
    } else {
      const byTemplate = single.get(template) ?? new Map<string, number>();
      byTemplate.set(value, index);
      single.set(template, byTemplate);
    }
  });
  // One visitor for the model's lifetime (scoring is synchronous); the sum lives in a typed
  // array because a captured number variable would allocate on every addition.
  const sum = new Float64Array(1);
  const visit: FeatureVisitor = (template, value, second) => {
    const at = second === undefined ? single.get(template)?.get(value) : paired.get(template)?.get(value)?.get(second);
    if (at !== undefined) sum[0]! += weights[at]!;
  };
  return (visitAll) => {
    sum[0] = 0;
    visitAll(visit);
    return sum[0]!;
  };
}
