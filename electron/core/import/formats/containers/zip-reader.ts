import { Inflate } from 'fflate';
import { ImportFailure } from '../types';

/** One entry of a zip's central directory, as the archive declares it (nothing inflated yet). */
export interface ZipEntryInfo {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  crc: number;
  localHeaderOffset: number;
  modifiedAt: Date | null;
  isDirectory: boolean;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
/** Compressed input fed to the inflater per step, so a bomb is caught after at most ~1000x this much output. */
const INFLATE_STEP = 16 * 1024;
/** Smaller steps for a watched entry: at most ~2 MB is produced past the point where the watch stops it. */
const WATCHED_STEP = 2 * 1024;

/**
 * Reads a zip's central directory. Throws 'corrupt' when the bytes are not a readable zip; sizes are
 * taken as declared, and {@link inflateZipEntry} holds each entry to its declared size.
 */
export function listZipEntries(bytes: Uint8Array, describe: string): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) throw new ImportFailure('corrupt', `${describe} is not a readable zip archive (no central directory).`);
  let count = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    const locator = end - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
      const zip64End = safeNumber(view.getBigUint64(locator + 8, true));
      if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END) {
        throw new ImportFailure('corrupt', `${describe} has a damaged zip64 directory.`);
      }
      count = safeNumber(view.getBigUint64(zip64End + 32, true));
      directorySize = safeNumber(view.getBigUint64(zip64End + 40, true));
      directoryOffset = safeNumber(view.getBigUint64(zip64End + 48, true));
    }
  }
  if (directoryOffset + directorySize > bytes.length) {
    throw new ImportFailure('corrupt', `${describe} is truncated: its directory points past the end of the file.`);
  }
  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) {
      throw new ImportFailure('corrupt', `${describe} has a damaged directory (entry ${i + 1} of ${count}).`);
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > bytes.length) {
      throw new ImportFailure('corrupt', `${describe} has a damaged directory (entry ${i + 1} of ${count}).`);
    }
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    let compressedSize = view.getUint32(at + 20, true);
    let declaredSize = view.getUint32(at + 24, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const sizes = readZip64Sizes(view, at + 46 + nameLength, extraLength, {
      declaredSize,
      compressedSize,
      localHeaderOffset,
    });
    ({ compressedSize, declaredSize, localHeaderOffset } = sizes);
    const name = decodeEntryName(nameBytes, (flags & 0x0800) !== 0);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      encrypted: (flags & 0x0001) !== 0,
      compressedSize,
      declaredSize,
      crc: view.getUint32(at + 16, true),
      localHeaderOffset,
      modifiedAt: dosDate(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
      isDirectory: name.endsWith('/'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Sees each piece of an entry as it is inflated, and may stop the inflation by throwing an
 * ImportFailure: what the entry is can be refused long before all of it has been produced.
 */
export type InflateWatch = (chunk: Uint8Array) => void;

/**
 * Inflates one entry, never producing more than its declared size nor more than `maxBytes`: an entry
 * whose data inflates past what its header claims is refused as corrupt rather than trusted.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntryInfo, maxBytes: number, describe: string, watch?: InflateWatch): Uint8Array {
  return inflateLocated(locateZipEntry(bytes, entry, maxBytes, describe), entry, describe, watch);
}

/**
 * An entry's compressed data, once everything that can refuse it without inflating has been asked:
 * encryption, declared size against `maxBytes`, where its data lies, its compression method.
 */
export function locateZipEntry(bytes: Uint8Array, entry: ZipEntryInfo, maxBytes: number, describe: string): Uint8Array {
  if (entry.encrypted || entry.method === 99) {
    throw new ImportFailure('encrypted', `${describe} is password-protected inside the zip; Parley cannot read it.`);
  }
  if (entry.declaredSize > maxBytes) {
    throw new ImportFailure('too-large', `${describe} would expand to ${entry.declaredSize} bytes, over the ${maxBytes}-byte limit.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_ENTRY) {
    throw new ImportFailure('corrupt', `${describe} is damaged (its data is missing from the zip).`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ImportFailure('corrupt', `${describe} is truncated inside the zip.`);
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ImportFailure('unsupported-type', `${describe} uses zip compression method ${entry.method}, which Parley cannot read.`);
  }
  return bytes.subarray(start, end);
}

/** The data {@link locateZipEntry} found, inflated and checked against the entry's declared size and checksum. */
export function inflateLocated(compressed: Uint8Array, entry: ZipEntryInfo, describe: string, watch?: InflateWatch): Uint8Array {
  // Stored data is already in memory whole: there is nothing to stop early.
  const data = entry.method === 0 ? compressed : inflateBounded(compressed, entry.declaredSize, describe, watch ? new GatheredOutput() : new PreallocatedOutput(entry.declaredSize), watch);
  checkInflated(data.length, crc32(data), entry, describe);
  return data;
}

/**
 * Inflates an entry only to check it, keeping nothing: it must stay within its declared size and
 * `maxBytes` and match its checksum. For a package whose parts a library will inflate on its own,
 * trusting what they declare.
 */
export function verifyZipEntry(bytes: Uint8Array, entry: ZipEntryInfo, maxBytes: number, describe: string): void {
  const compressed = locateZipEntry(bytes, entry, maxBytes, describe);
  if (entry.method === 0) {
    checkInflated(compressed.length, crc32(compressed), entry, describe);
    return;
  }
  const output = new CheckedOutput();
  inflateBounded(compressed, entry.declaredSize, describe, output);
  checkInflated(output.produced, output.crc(), entry, describe);
}

function checkInflated(length: number, crc: number, entry: ZipEntryInfo, describe: string): void {
  if (length !== entry.declaredSize) {
    throw new ImportFailure('corrupt', `${describe} holds ${length} bytes but its zip header declares ${entry.declaredSize}.`);
  }
  if (crc !== entry.crc) throw new ImportFailure('corrupt', `${describe} is damaged (checksum mismatch).`);
}

/** Where inflated bytes go: kept in one buffer, kept in pieces, or only counted and checksummed. */
interface InflateOutput {
  readonly produced: number;
  add(chunk: Uint8Array): void;
  bytes(): Uint8Array;
}

function inflateBounded(compressed: Uint8Array, limit: number, describe: string, output: InflateOutput, watch?: InflateWatch): Uint8Array {
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    if (output.produced + chunk.length > limit) {
      throw new ImportFailure('corrupt', `${describe} inflates past the size its zip header declares (${limit} bytes); refused as a possible zip bomb.`);
    }
    if (chunk.length > 0) {
      output.add(chunk);
      watch?.(chunk);
    }
    if (final) finished = true;
  });
  if (compressed.length === 0) throw new ImportFailure('corrupt', `${describe} has no compressed data.`);
  const step = watch ? WATCHED_STEP : INFLATE_STEP;
  for (let at = 0; at < compressed.length; at += step) {
    const last = at + step >= compressed.length;
    try {
      inflater.push(compressed.subarray(at, at + step), last);
    } catch (error) {
      if (error instanceof ImportFailure) throw error;
      throw new ImportFailure('corrupt', `${describe} is damaged (its compressed data does not inflate).`);
    }
    if (finished) break;
  }
  if (!finished) throw new ImportFailure('corrupt', `${describe} is damaged (its compressed data ends early).`);
  return output.bytes();
}

/**
 * An entry written straight into one buffer of its declared size (already held to the limits): joining
 * pieces at the end would hold it twice.
 */
class PreallocatedOutput implements InflateOutput {
  produced = 0;
  private readonly out: Uint8Array;
  constructor(size: number) {
    this.out = new Uint8Array(size);
  }
  add(chunk: Uint8Array): void {
    this.out.set(chunk, this.produced);
    this.produced += chunk.length;
  }
  bytes(): Uint8Array {
    return this.produced === this.out.length ? this.out : this.out.subarray(0, this.produced);
  }
}

/**
 * An entry a watch may stop early, gathered in pieces: a buffer of its full declared size is often
 * zero-filled whole by the allocator, which would cost what stopping early saves.
 */
class GatheredOutput implements InflateOutput {
  produced = 0;
  private readonly chunks: Uint8Array[] = [];
  add(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.produced += chunk.length;
  }
  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.produced);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/** Only the count and checksum of what was inflated. */
class CheckedOutput implements InflateOutput {
  produced = 0;
  private running = CRC_START;
  add(chunk: Uint8Array): void {
    this.running = crc32Update(this.running, chunk);
    this.produced += chunk.length;
  }
  crc(): number {
    return crc32Finish(this.running);
  }
  bytes(): Uint8Array {
    return new Uint8Array(0);
  }
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function readZip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  sizes: { declaredSize: number; compressedSize: number; localHeaderOffset: number },
): { declaredSize: number; compressedSize: number; localHeaderOffset: number } {
  const result = { ...sizes };
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const fieldEnd = Math.min(at + 4 + size, end);
      const next = (): number | null => {
        if (field + 8 > fieldEnd) return null;
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.declaredSize === 0xffffffff) result.declaredSize = next() ?? result.declaredSize;
      if (sizes.compressedSize === 0xffffffff) result.compressedSize = next() ?? result.compressedSize;
      if (sizes.localHeaderOffset === 0xffffffff) result.localHeaderOffset = next() ?? result.localHeaderOffset;
      break;
    }
    at += 4 + size;
  }
  return result;
}

function safeNumber(value: bigint): number {
  // Anything past 2^53 is beyond any file Parley accepts; clamp so comparisons against limits still refuse it.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function decodeEntryName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  try {
    // Most tools write UTF-8 names without setting the flag; fall back to Latin-1 for old DOS encodings.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function dosDate(date: number, time: number): Date | null {
  if (date === 0) return null;
  const year = 1980 + (date >> 9);
  const month = ((date >> 5) & 0x0f) - 1;
  const day = date & 0x1f;
  const result = new Date(Date.UTC(year, month, day, time >> 11, (time >> 5) & 0x3f, (time & 0x1f) * 2));
  return Number.isNaN(result.getTime()) || month < 0 || month > 11 || day === 0 ? null : result;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const CRC_START = 0xffffffff;

function crc32Update(crc: number, data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return crc;
}

function crc32Finish(crc: number): number {
  return (crc ^ 0xffffffff) >>> 0;
}

export function crc32(data: Uint8Array): number {
  return crc32Finish(crc32Update(CRC_START, data));
}
