import { deflateSync, strToU8 } from 'fflate';
import { concatBytes } from './bytes';

/** A file in a zip to build: its bytes, or the entries of a zip nested inside. */
export type ZipEntrySpec =
  | {
      path: string;
      bytes: Uint8Array | string;
      /** Store the bytes as they are instead of deflating them. */
      stored?: boolean;
      /** Encrypt with traditional PKWARE ("ZipCrypto") encryption under this password. */
      password?: string;
      /** Write this uncompressed size into the headers instead of the true one, as zip bombs do. */
      declaredSize?: number;
    }
  | { path: string; entries: ZipEntrySpec[] };

/**
 * Writes a zip archive, nesting zips where an entry lists entries of its own. Written by hand rather than
 * with a library so tests can also make the hostile archives a library would refuse to write.
 */
export function buildZip(entries: ZipEntrySpec[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = 'entries' in entry ? buildZip(entry.entries) : typeof entry.bytes === 'string' ? strToU8(entry.bytes) : entry.bytes;
    const spec = 'entries' in entry ? { path: entry.path } : entry;
    const stored = 'stored' in spec && spec.stored === true;
    let body = stored ? data : deflateSync(data, { level: 6 });
    const crc = crc32(data);
    let flags = 0x0800;
    if ('password' in spec && spec.password !== undefined) {
      body = zipCryptoEncrypt(body, spec.password, crc);
      flags |= 0x0001;
    }
    const size = 'declaredSize' in spec && spec.declaredSize !== undefined ? spec.declaredSize : data.length;
    const name = strToU8(spec.path);
    const method = stored ? 0 : 8;
    const local = header(0x04034b50, [
      [2, 20], [2, flags], [2, method], [2, 0x6000], [2, 0x5c84], [4, crc], [4, body.length], [4, size],
      [2, name.length], [2, 0],
    ]);
    const central = header(0x02014b50, [
      [2, 20], [2, 20], [2, flags], [2, method], [2, 0x6000], [2, 0x5c84], [4, crc], [4, body.length], [4, size],
      [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset],
    ]);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = concatBytes(...centrals);
  const end = header(0x06054b50, [
    [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, directory.length], [4, offset], [2, 0],
  ]);
  return concatBytes(...locals, directory, end);
}

function header(signature: number, fields: [2 | 4, number][]): Uint8Array {
  const out = new Uint8Array(4 + fields.reduce((sum, [width]) => sum + width, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, signature, true);
  let at = 4;
  for (const [width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += width;
  }
  return out;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function crcStep(crc: number, byte: number): number {
  return (CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8)) >>> 0;
}

/** Traditional PKWARE encryption (APPNOTE 6.1): a 12-byte header whose last byte checks the password. */
function zipCryptoEncrypt(data: Uint8Array, password: string, crc: number): Uint8Array {
  let keys = [0x12345678, 0x23456789, 0x34567890];
  const update = (byte: number) => {
    const k0 = crcStep(keys[0]!, byte);
    const k1 = (Math.imul((keys[1]! + (k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    const k2 = crcStep(keys[2]!, k1 >>> 24);
    keys = [k0, k1, k2];
  };
  const streamByte = () => {
    const t = (keys[2]! | 2) & 0xffff;
    return (Math.imul(t, t ^ 1) >>> 8) & 0xff;
  };
  for (const byte of strToU8(password)) update(byte);
  const plain = new Uint8Array(12 + data.length);
  for (let i = 0; i < 11; i++) plain[i] = (i * 37 + 11) & 0xff;
  plain[11] = crc >>> 24;
  plain.set(data, 12);
  const out = new Uint8Array(plain.length);
  for (let i = 0; i < plain.length; i++) {
    out[i] = plain[i]! ^ streamByte();
    update(plain[i]!);
  }
  return out;
}

