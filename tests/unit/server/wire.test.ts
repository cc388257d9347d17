import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../../shared/api/wire';

describe('the browser-mode wire', () => {
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
