import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../../shared/api/wire';

describe('the browser-mode wire', () => {
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

  it('carries byte arrays deep inside an answer, and plain answers exactly as JSON', () => {
    const withBytes = { files: [{ name: 'a.txt', bytes: new Uint8Array([0, 1, 254, 255]) }], note: 'x' };
    const back = fromWire(toWire(withBytes)) as typeof withBytes;
    expect(back.files[0]!.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.files[0]!.bytes]).toEqual([0, 1, 254, 255]);
    expect(back.note).toBe('x');

    const plain = { statements: [{ id: 1, text: 'He said "$bytes" twice', topics: [] }], next: null };
    expect(toWire(plain)).toBe(JSON.stringify(plain));
    expect(fromWire(toWire(plain))).toEqual(plain);
  });
});
