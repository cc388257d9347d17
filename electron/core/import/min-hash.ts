/**
 * MinHash signatures computed by the WebAssembly kernel of min-hash-kernel.wat: sixteen hash functions
 * a pass over the shingles, four SIMD lanes at a time, the same values to the bit as mix32 in
 * JavaScript. This module owns the kernel's memory: the seeds, the signature, then the shingles.
 */
import { instantiateKernel, type WasmMemory } from '../../../shared/wasm/kernel-instance';
import { MIN_HASH_KERNEL_WASM } from './min-hash-kernel';

const PAGE = 65536;
const SEEDS_AT = 0;
const SIGNATURE_AT = 256;
const SHINGLES_AT = 512;
/** The kernel's shape: 64 hash functions, their seeds and minimums 256 bytes each. */
export const MIN_HASH_FUNCTIONS = 64;

interface KernelExports {
  memory: WasmMemory;
  minHash: (count: number) => void;
}

export class MinHashKernel {
  private readonly kernel: KernelExports;

  constructor(seeds: Uint32Array) {
    if (seeds.length !== MIN_HASH_FUNCTIONS) throw new Error(`the MinHash kernel takes ${MIN_HASH_FUNCTIONS} seeds, not ${seeds.length}`);
    this.kernel = instantiateKernel<KernelExports>(MIN_HASH_KERNEL_WASM);
    new Uint32Array(this.kernel.memory.buffer, SEEDS_AT, MIN_HASH_FUNCTIONS).set(seeds);
  }

  /** Room for `count` shingle hashes, to be filled before signature(count). Valid until the next call. */
  shingles(count: number): Uint32Array {
    const memory = this.kernel.memory;
    const missing = Math.ceil((SHINGLES_AT + count * 4 - memory.buffer.byteLength) / PAGE);
    if (missing > 0) memory.grow(missing);
    return new Uint32Array(memory.buffer, SHINGLES_AT, count);
  }

  /** For each hash function, its least value over the first `count` shingles (0xffffffff for none). */
  signature(count: number): Uint32Array {
    this.kernel.minHash(count);
    return new Uint32Array(this.kernel.memory.buffer.slice(SIGNATURE_AT, SIGNATURE_AT + MIN_HASH_FUNCTIONS * 4));
  }
}
