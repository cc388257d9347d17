import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../../shared/api/wire';

describe('wire format', () => {
  it('carries byte arrays as base64 and brings them back as bytes', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const back = fromWire(toWire({ name: 'file.txt', bytes, nested: [{ bytes }] })) as { bytes: Uint8Array; nested: { bytes: Uint8Array }[] };
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.bytes]).toEqual([...bytes]);
    expect([...back.nested[0]!.bytes]).toEqual([...bytes]);
  });

  it('leaves everything else as JSON has it, text that mentions the byte key included', () => {
    const value = { text: 'a quote about "$bytes"', record: { $bytes: 'AAEC', other: 1 }, numbers: [1, 2.5, -3], none: null };
    expect(fromWire(toWire(value))).toEqual(value);
    expect(fromWire(toWire({ counts: [0, 3, 0], latest: [null, { text: 'Said' }] }))).toEqual({ counts: [0, 3, 0], latest: [null, { text: 'Said' }] });
  });
});
