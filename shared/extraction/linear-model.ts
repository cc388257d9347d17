import { internValue, UNKNOWN_VALUE, valueName } from './feature-values';

/** A logistic-regression model stored as { "template=value": weight, "template=a|b": weight }. */
export interface StoredModel {
  weights: Record<string, number>;
}

/**
 * Receives one feature: a template and its value, or a pair of values, as ids from
 * feature-values.ts (a value of UNKNOWN_VALUE matches no weight).
 */
export type FeatureVisitor = (template: number, value: number, second?: number) => void;

/** The `second` of a feature with one value; no id is ever negative but UNKNOWN_VALUE. */
const SINGLE = -2;
const EMPTY = -1;
// A feature's key packs its three ids into one exact double: template, value, second + 2.
const VALUE_RANGE = 2 ** 18;
const TEMPLATE_RANGE = 2 ** 17;

/**
 * The weights by (template, value, second value) ids, in one open-addressing table: each
 * slot is a packed key and its weight side by side, so that a look-up hashes three integers
 * and reads one cache line, where nested maps of strings hashed and compared two or three
 * strings.
 */
class WeightTable {
  private readonly mask: number;
  /** Slot i: key at 2i (EMPTY when free), weight at 2i + 1. */
  private readonly slots: Float64Array;

  constructor(entries: number) {
    // At most about two thirds full: short probe runs, and small enough to stay in cache.
    let size = 16;
    while (size * 2 < entries * 3) size *= 2;
    this.mask = size - 1;
    this.slots = new Float64Array(size * 2).fill(EMPTY);
  }

  private static hash(template: number, value: number, second: number): number {
    let h = Math.imul(template, 0x9e3779b1) ^ Math.imul(value, 0x85ebca77) ^ Math.imul(second, 0xc2b2ae3d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }

  private static key(template: number, value: number, second: number): number {
    return (template * VALUE_RANGE + value) * VALUE_RANGE + second + 2;
  }

  set(template: number, value: number, second: number, weight: number): void {
    if (template >= TEMPLATE_RANGE || value >= VALUE_RANGE || second + 2 >= VALUE_RANGE) throw new Error('too many distinct feature values for the weight table');
    let at = WeightTable.hash(template, value, second) & this.mask;
    while (this.slots[at * 2] !== EMPTY) at = (at + 1) & this.mask;
    this.slots[at * 2] = WeightTable.key(template, value, second);
    this.slots[at * 2 + 1] = weight;
  }

  /**
   * Adds the feature's weight to sum[0], when the model has one. The weight is added here
   * rather than returned: a double returned from a call that is not inlined is boxed, and
   * that was one heap number per feature.
   */
  addTo(sum: Float64Array, template: number, value: number, second: number): void {
    const { slots, mask } = this;
    // Ids beyond the packing's range were never stored (set() refuses them).
    if (template >= TEMPLATE_RANGE || value >= VALUE_RANGE || second + 2 >= VALUE_RANGE) return;
    const key = WeightTable.key(template, value, second);
    let at = WeightTable.hash(template, value, second) & mask;
    for (;;) {
      const k = slots[at * 2]!;
      if (k === key) {
        sum[0]! += slots[at * 2 + 1]!;
        return;
      }
      if (k === EMPTY) return;
      at = (at + 1) & mask;
    }
  }
}

/** Turns stored weights into a table keyed by feature-value ids, so that scoring never builds or hashes a string. */
export function compileModel(stored: StoredModel): (visitAll: (visit: FeatureVisitor) => void) => number {
  const logit = compileModelLogit(stored);
  return (visitAll) => 1 / (1 + Math.exp(-logit(visitAll)));
}

/** The model's raw sum of weights (its log-odds), for callers that add parts together. */
export function compileModelLogit(stored: StoredModel): (visitAll: (visit: FeatureVisitor) => void) => number {
  const entries = Object.entries(stored.weights);
  const table = new WeightTable(entries.length);
  for (const [feature, weight] of entries) {
    const eq = feature.indexOf('=');
    const template = feature.slice(0, eq);
    const value = feature.slice(eq + 1);
    if (template.includes('+')) {
      // Split as the string form always was, at the first bar (a value holding "|" never matched).
      const bar = value.indexOf('|');
      table.set(internValue(template), internValue(value.slice(0, bar)), internValue(value.slice(bar + 1)), weight);
    } else {
      table.set(internValue(template), internValue(value), SINGLE, weight);
    }
  }
  // One visitor for the model's lifetime (scoring is synchronous); the sum lives in a typed
  // array because a captured number variable would allocate on every addition.
  const sum = new Float64Array(1);
  const visit: FeatureVisitor = (template, value, second) => {
    if (value === UNKNOWN_VALUE || second === UNKNOWN_VALUE) return;
    table.addTo(sum, template, value, second === undefined ? SINGLE : second);
  };
  return (visitAll) => {
    sum[0] = 0;
    visitAll(visit);
    return sum[0]!;
  };
}

/** The features one visit reports, as the trainer stores them: "template=value" or "template=a|b". */
export function featureStrings(visitAll: (visit: FeatureVisitor) => void): string[] {
  const out: string[] = [];
  visitAll((template, value, second) =>
    out.push(second === undefined ? `${valueName(template)}=${valueName(value)}` : `${valueName(template)}=${valueName(value)}|${valueName(second)}`),
  );
  return out;
}
