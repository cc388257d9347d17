import { describe, expect, it } from 'vitest';
import { FirstLayerKernel, SECOND_LAYER_SHAPE } from '../../../shared/extraction/tagger-first-layer';

const HIDDEN = 24;
const KERNEL = 5;
const GROUPS = 4;
const ROWS = 50;

/** A fixed pseudo-random sequence (xorshift), so a failure can be replayed. */
function randomSource(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** The first layer written plainly: float32 sums in the trained order, then ReLU. */
function reference(table: Float32Array, bias: Float32Array, gids: Int32Array, n: number): Float32Array {
  const x = new Float32Array(n * HIDDEN);
  const pad = KERNEL >> 1;
  for (let t = 0; t < n; t++) {
    for (let h = 0; h < HIDDEN; h++) {
      let a = bias[h]!;
      for (let src = Math.max(0, t - pad); src <= Math.min(n - 1, t + KERNEL - 1 - pad); src++) {
        for (let g = 0; g < GROUPS; g++) a = Math.fround(a + table[gids[src * GROUPS + g]! + (src - t + pad) * HIDDEN + h]!);
      }
      x[t * HIDDEN + h] = a > 0 ? a : 0;
    }
  }
  return x;
}

describe("the span tagger's first-layer kernel", () => {
  it('gives the plain float32 sums to the bit, for sentences shorter and longer than its kernel', () => {
    const random = randomSource(20261202);
    const block = KERNEL * HIDDEN;
    // Values of mixed magnitude, so that rounding at each addition matters.
    const table = Float32Array.from({ length: ROWS * block }, () => (random() - 0.5) * 10 ** Math.floor(random() * 6 - 3));
    const bias = Float32Array.from({ length: HIDDEN }, () => random() - 0.5);
    const kernel = new FirstLayerKernel(table, bias, HIDDEN, KERNEL, GROUPS);
    for (const n of [1, 2, 3, 7, 40, 300]) {
      kernel.reserve(n, HIDDEN);
      for (let i = 0; i < n * GROUPS; i++) kernel.gids[i] = Math.floor(random() * ROWS) * block;
      const expected = reference(table, bias, kernel.gids.slice(0, n * GROUPS), n);
      kernel.run(n);
      const got = kernel.x.slice(0, n * HIDDEN);
      expect(new Uint32Array(got.buffer)).toEqual(new Uint32Array(expected.buffer));
    }
  });

  it('runs the second layer with the float64 sums of the plain form, to the bit', () => {
    const random = randomSource(20261203);
    const { inputs, outputs, kernel: width } = SECOND_LAYER_SHAPE;
    const block = KERNEL * HIDDEN;
    const table = Float32Array.from({ length: ROWS * block }, () => (random() - 0.5) * 10 ** Math.floor(random() * 6 - 3));
    const bias = Float32Array.from({ length: HIDDEN }, () => random() - 0.5);
    const byInput = Float32Array.from({ length: width * inputs * outputs }, () => (random() - 0.5) * 10 ** Math.floor(random() * 6 - 3));
    const secondBias = Float32Array.from({ length: outputs }, () => random() - 0.5);
    const kernel = new FirstLayerKernel(table, bias, HIDDEN, KERNEL, GROUPS, { byInput, bias: secondBias });
    for (const n of [1, 2, 3, 7, 40, 300]) {
      kernel.reserve(n, HIDDEN);
      for (let i = 0; i < n * GROUPS; i++) kernel.gids[i] = Math.floor(random() * ROWS) * block;
      kernel.run(n);
      const x = kernel.x.slice(0, n * HIDDEN);
      // The plain form: bias, then each position in reach and each input above zero, in float64; ReLU; float32.
      const expected = new Float32Array(n * outputs);
      const pad = width >> 1;
      for (let t = 0; t < n; t++) {
        for (let o = 0; o < outputs; o++) {
          let s = secondBias[o]!;
          for (let src = Math.max(0, t - pad); src <= Math.min(n - 1, t + width - 1 - pad); src++) {
            for (let i = 0; i < inputs; i++) {
              const v = x[src * HIDDEN + i]!;
              if (v > 0) s += byInput[((src - t + pad) * inputs + i) * outputs + o]! * v;
            }
          }
          expected[t * outputs + o] = s > 0 ? s : 0;
        }
      }
      kernel.runSecond(n);
      const got = kernel.y.slice(0, n * outputs);
      expect(new Uint32Array(got.buffer)).toEqual(new Uint32Array(expected.buffer));
    }
  });

  it('refuses a width it is not written for', () => {
    expect(() => new FirstLayerKernel(new Float32Array(KERNEL * 16), new Float32Array(16), 16, KERNEL, GROUPS)).toThrow(/24 hidden units, not 16/);
  });
});
