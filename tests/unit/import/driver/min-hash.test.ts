import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';
import { describe, expect, it } from 'vitest';
import { MIN_HASH_FUNCTIONS, MinHashKernel } from '../../../../electron/core/import/min-hash';
import { MIN_HASH_KERNEL_WASM } from '../../../../electron/core/import/min-hash-kernel';

const SOURCE = new URL('../../../../electron/core/import/min-hash-kernel.wat', import.meta.url);

/** The signature as the JavaScript computed it before the kernel: mix32 of shingle ^ seed, least value kept. */
function plainMinHash(shingles: Uint32Array, seeds: Uint32Array): Uint32Array {
  const signature = new Uint32Array(seeds.length).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < seeds.length; i++) {
      let h = shingle ^ seeds[i]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h >>>= 0;
      if (h < signature[i]!) signature[i] = h;
    }
  }
  return signature;
}

/** Deterministic 32-bit values covering the whole range, the top bit set in about half. */
function values(count: number, state: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state;
  }
  return out;
}

describe('the MinHash kernel', () => {
  const seeds = values(MIN_HASH_FUNCTIONS, 7);

  it('gives the signature the plain JavaScript gives, to the bit, for any number of shingles', () => {
    const kernel = new MinHashKernel(seeds);
    // 40 000 shingles need more memory than the kernel starts with; the small ones after reuse it.
    for (const count of [1, 2, 3, 17, 1000, 40_000, 5]) {
      const shingles = values(count, count);
      kernel.shingles(count).set(shingles);
      expect(Array.from(kernel.signature(count))).toEqual(Array.from(plainMinHash(shingles, seeds)));
    }
  });

  it('leaves every slot empty without shingles', () => {
    const kernel = new MinHashKernel(seeds);
    expect(Array.from(kernel.signature(0))).toEqual(Array<number>(MIN_HASH_FUNCTIONS).fill(0xffffffff));
  });

  it('returns signatures that later calls do not change', () => {
    const kernel = new MinHashKernel(seeds);
    kernel.shingles(2).set([1, 2]);
    const first = kernel.signature(2);
    const kept = Array.from(first);
    kernel.shingles(2).set([3, 4]);
    kernel.signature(2);
    expect(Array.from(first)).toEqual(kept);
  });

  // The shipped module is base64; this keeps it honest to the readable source beside it.
  it('ships exactly the module its .wat assembles to (rebuild: node scripts/build-min-hash-kernel.mjs)', async () => {
    const wabt = await wabtInit();
    const module = wabt.parseWat('min-hash-kernel.wat', readFileSync(SOURCE, 'utf8'), { simd: true });
    try {
      const { buffer } = module.toBinary({});
      expect(Buffer.from(buffer).toString('base64')).toBe(MIN_HASH_KERNEL_WASM);
    } finally {
      module.destroy();
    }
  });
});
