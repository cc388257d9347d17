import { analyse } from 'chardet';
import { decodeWindows1252 } from './windows-1252';

export type TextEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'windows-1252'
  | 'iso-8859-1'
  | 'windows-1250'
  | 'windows-1251'
  | 'windows-1253'
  | 'windows-1254'
  | 'iso-8859-2'
  | 'iso-8859-7'
  | 'koi8-r';

export interface DecodedText {
  /** The decoded text, byte-order mark removed, nothing else changed. */
  text: string;
  encoding: TextEncoding;
}

const SAMPLE_BYTES = 64 * 1024;
// Single-byte code pages chardet may name that a TextDecoder can read; anything else falls back to 1252.
const CHARDET_SINGLE_BYTE: Record<string, TextEncoding> = {
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'windows-1251',
  'ISO-8859-7': 'iso-8859-7',
  'KOI8-R': 'koi8-r',
};

/**
 * Decodes a text file whose encoding nobody declared: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (by BOM or by where the zero bytes fall), else a single-byte code page chosen from byte
 * statistics — Windows-1252 by default, so a curly quote stays a curly quote.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decodeAs(utf16, bytes), encoding: utf16 };

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const encoding = guessSingleByte(bytes);
  return { text: decodeSingleByte(bytes, encoding), encoding };
}

/**
 * Node 20's TextDecoder reads "windows-1252" as plain Latin-1 (0x93 stays a control code), so those two
 * are decoded here: Latin-1 for every byte, then the 0x80–0x9F range mapped by Windows-1252's table.
 */
function decodeSingleByte(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding !== 'windows-1252' && encoding !== 'iso-8859-1') return new TextDecoder(encoding).decode(bytes);
  if (encoding === 'iso-8859-1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return decodeWindows1252(bytes);
}

/**
 * Decodes bytes whose encoding a page declares (a `<meta charset>`, a MIME part's charset). A BOM
 * overrides the declaration, and a declaration the bytes contradict or nobody knows falls back to detection.
 */
export function decodeDeclared(bytes: Uint8Array, label: string | null): DecodedText {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!label || hasBom) return decodeText(bytes);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label.trim().toLowerCase());
  } catch {
    return decodeText(bytes);
  }
  const encoding = decoder.encoding as TextEncoding;
  // A page cannot really be UTF-16 when its own markup declared it in ASCII.
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeText(bytes);
  if (encoding === 'utf-8') {
    const strict = strictUtf8(bytes);
    return strict === null ? decodeText(bytes) : { text: strict, encoding };
  }
  if (encoding === 'windows-1252') return { text: decodeSingleByte(bytes, encoding), encoding };
  return { text: decoder.decode(bytes), encoding };
}

function decodeAs(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: Latin text has a zero in every other byte, on the odd side for little-endian.
 * Text in other scripts has no zeros but repeats a few high bytes (the script's block) on one side.
 */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  // Distinct byte values on each side, counted with a table (a Set per byte costs more than the rest of decoding).
  const seenEven = new Uint8Array(256);
  const seenOdd = new Uint8Array(256);
  let evenDistinct = 0;
  let oddDistinct = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i]!;
    const odd = bytes[i + 1]!;
    if (even === 0) zeroEven++;
    if (odd === 0) zeroOdd++;
    if (seenEven[even] === 0) {
      seenEven[even] = 1;
      evenDistinct++;
    }
    if (seenOdd[odd] === 0) {
      seenOdd[odd] = 1;
      oddDistinct++;
    }
  }
  const pairs = n / 2;
  if (zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.3 && zeroOdd / pairs < 0.05) return 'utf-16be';
  // Cyrillic, Greek or Arabic text: one side keeps to the script's block byte (and 0 for spaces).
  if (pairs >= 8) {
    if (oddDistinct <= 3 && evenDistinct >= 2 * oddDistinct + 4 && zeroEven / pairs < 0.05) return 'utf-16le';
    if (evenDistinct <= 3 && oddDistinct >= 2 * evenDistinct + 4 && zeroOdd / pairs < 0.05) return 'utf-16be';
  }
  return null;
}

/**
 * A single-byte code page. Latin text has a few high bytes among ASCII; bytes 0x80–0x9F are
 * punctuation in Windows-1252 (curly quotes, dashes) and unused control codes in ISO-8859-1.
 * Text mostly made of high bytes is another script: there chardet's statistics are worth asking.
 */
function guessSingleByte(bytes: Uint8Array): TextEncoding {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let high = 0;
  let c1 = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b >= 0x80) {
      high++;
      if (b <= 0x9f) c1++;
    } else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  if (high > 0 && high / (high + letters) > 0.3) {
    const verdict = analyse(bytes.subarray(0, n)).find((m) => CHARDET_SINGLE_BYTE[m.name]);
    if (verdict && verdict.confidence >= 30) return CHARDET_SINGLE_BYTE[verdict.name] ?? 'windows-1252';
  } else if (high > 0 && n >= 400) {
    // Central European text still looks Latin; trust chardet only when it is sure and has enough to go on.
    const verdict = analyse(bytes.subarray(0, n))[0];
    const named = verdict ? CHARDET_SINGLE_BYTE[verdict.name] : undefined;
    if (verdict && named && (named === 'windows-1250' || named === 'iso-8859-2') && verdict.confidence >= 60) return named;
  }
  return c1 > 0 ? 'windows-1252' : 'iso-8859-1';
}
