import { inflateZipEntry, listZipEntries, verifyZipEntry, type ZipEntryInfo } from '../containers/zip-reader';
import { ImportFailure, type ImportLimits, type ImportSource } from '../types';

/** The first bytes of an OLE compound file, which is what Office writes for a password-protected document. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Office documents (DOCX, ODT) are zip packages. This opens one within the import limits before any
 * library inflates it, and tells an encrypted document from a damaged one.
 */
export function openOfficePackage(source: ImportSource, limits: ImportLimits, kind: string): OfficePackage {
  const describe = `The ${kind} file ${source.name}`;
  if (source.bytes.length === 0) throw new ImportFailure('empty', `${describe} is empty (0 bytes).`);
  if (COMPOUND_FILE.every((b, i) => source.bytes[i] === b)) {
    throw new ImportFailure(
      'encrypted',
      `${describe} is password-protected (or an old binary Office file); save an unprotected copy and import that.`,
    );
  }
  if (source.bytes[0] !== 0x50 || source.bytes[1] !== 0x4b) {
    throw new ImportFailure('corrupt', `${describe} is not a valid ${kind} file (it is not a zip package).`);
  }
  const entries = listZipEntries(source.bytes, describe);
  if (entries.length > limits.maxEntries) {
    throw new ImportFailure('too-many-entries', `${describe} holds ${entries.length} parts, more than the ${limits.maxEntries} allowed.`);
  }
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxExpandedBytes) {
    throw new ImportFailure('too-large', `${describe} would expand to ${declared} bytes, over the ${limits.maxExpandedBytes}-byte limit.`);
  }
  return new OfficePackage(source.bytes, entries, describe, Math.min(limits.maxExpandedBytes, limits.maxDocumentBytes));
}

export class OfficePackage {
  constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntryInfo[],
    private readonly describe: string,
    private readonly maxBytes: number,
  ) {}

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /**
   * Checks every part against the limits by inflating it and keeping nothing, before a library that
   * trusts the sizes parts declare (mammoth's zip reader) inflates them: a part that declares a few
   * bytes and inflates to gigabytes is refused here, having cost a running count, not the memory.
   */
  verifyParts(): void {
    for (const entry of this.entries) {
      if (!entry.isDirectory) verifyZipEntry(this.bytes, entry, this.maxBytes, `${this.describe} (part ${entry.name})`);
    }
  }

  /** The part's text, or null when the package has no such part. */
  readText(name: string): string | null {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) return null;
    const data = inflateZipEntry(this.bytes, entry, this.maxBytes, `${this.describe} (part ${name})`);
    return new TextDecoder('utf-8').decode(data);
  }
}
