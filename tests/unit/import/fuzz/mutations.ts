import { concatBytes } from '../../../fixtures-builders/bytes';
/** A small seeded PRNG (mulberry32), so every fuzz case can be rebuilt from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type MutationKind = 'bit-flips' | 'truncate' | 'insert-garbage' | 'duplicate-chunk' | 'zero-range' | 'tweak-numbers' | 'combined';

const KINDS: MutationKind[] = ['bit-flips', 'truncate', 'insert-garbage', 'duplicate-chunk', 'zero-range', 'tweak-numbers', 'combined'];

/** Damages a file the ways disks, networks and careless tools do, chosen by the random source. */
export function mutate(bytes: Uint8Array, random: () => number): { kind: MutationKind; bytes: Uint8Array } {
  const kind = KINDS[Math.floor(random() * KINDS.length)]!;
  if (kind === 'combined') {
    let out = bytes;
    const steps = 2 + Math.floor(random() * 3);
    for (let i = 0; i < steps; i++) out = apply(KINDS[Math.floor(random() * (KINDS.length - 1))]!, out, random);
    return { kind, bytes: out };
  }
  return { kind, bytes: apply(kind, bytes, random) };
}

function apply(kind: MutationKind, bytes: Uint8Array, random: () => number): Uint8Array {
  const at = (limit = bytes.length) => Math.floor(random() * Math.max(1, limit));
  switch (kind) {
    case 'bit-flips': {
      const out = bytes.slice();
      const flips = 1 + Math.floor(random() * 16);
      for (let i = 0; i < flips && out.length > 0; i++) {
        const index = at();
        out[index] = out[index]! ^ (1 << Math.floor(random() * 8));
      }
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at(bytes.length));
    case 'insert-garbage': {
      const garbage = Uint8Array.from({ length: 1 + Math.floor(random() * 128) }, () => Math.floor(random() * 256));
      const index = at(bytes.length + 1);
      return concatBytes(bytes.subarray(0, index), garbage, bytes.subarray(index));
    }
    case 'duplicate-chunk': {
      const start = at();
      const chunk = bytes.subarray(start, start + 1 + Math.floor(random() * 512));
      const index = at(bytes.length + 1);
      return concatBytes(bytes.subarray(0, index), chunk, chunk, bytes.subarray(index));
    }
    case 'zero-range': {
      const out = bytes.slice();
      const start = at();
      out.fill(random() < 0.5 ? 0 : 0xff, start, start + 1 + Math.floor(random() * 256));
      return out;
    }
    case 'tweak-numbers': {
      // Lengths, offsets and counts written as digits (PDF xref, RTF \binN, \ucN) are where parsers trust input.
      const out = bytes.slice();
      const digits: number[] = [];
      for (let i = 0; i < out.length; i++) if (out[i]! >= 0x30 && out[i]! <= 0x39) digits.push(i);
      for (let n = 0; n < 1 + Math.floor(random() * 6) && digits.length > 0; n++) {
        out[digits[Math.floor(random() * digits.length)]!] = random() < 0.3 ? 0x39 : 0x30 + Math.floor(random() * 10);
      }
      return out;
    }
    default:
      return bytes;
  }
}

