import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';
import { describe, expect, it } from 'vitest';
import { TAGGER_KERNEL_WASM } from '../../../shared/extraction/span-tagger-kernel';

const SOURCE = new URL('../../../shared/extraction/span-tagger-kernel.wat', import.meta.url);

describe('span tagger kernel', () => {
  // The shipped module is base64; this keeps it honest to the readable source beside it.
  it('ships exactly the module its .wat assembles to (rebuild: node scripts/build-tagger-kernel.mjs)', async () => {
    const wabt = await wabtInit();
    const module = wabt.parseWat('span-tagger-kernel.wat', readFileSync(SOURCE, 'utf8'), { simd: true });
    try {
      const { buffer } = module.toBinary({});
      expect(Buffer.from(buffer).toString('base64')).toBe(TAGGER_KERNEL_WASM);
    } finally {
      module.destroy();
    }
  });
});
