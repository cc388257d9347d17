import { byteLimitFor, ImportFailure, type FormatParser, type ImportLimits, type ImportSource, type ParseOutcome } from '../types';
import { inflateZipEntry, listZipEntries, type ZipEntryInfo } from './zip-reader';
import { checkContainerDepth, entrySource, type ContainerOutcome, type RefusedEntry } from './container-outcome';

/** Files that operating systems add to archives and that no analyst means to import. */
const SYSTEM_CLUTTER = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._[^/]*$)/i;

/**
 * Lists a zip's files as sources for the importers, one level deeper. Bounded before anything is inflated
 * (entry count, declared sizes against the expansion budget), and while inflating (no entry may produce
 * more than it declares). Entries that are unsafe, encrypted or damaged are refused one by one, so the
 * rest of the archive still imports.
 */
export const zipParser: FormatParser = {
  format: 'zip',
  extensions: ['.zip'],
  parse: async (source, limits) => readZipArchive(source, limits),
};

export function readZipArchive(source: ImportSource, limits: ImportLimits): ParseOutcome {
  const describe = `The zip archive ${source.name}`;
  if (source.bytes.length === 0) throw new ImportFailure('empty', `${describe} is empty (0 bytes).`);
  checkContainerDepth(source, limits);
  const files = listZipEntries(source.bytes, describe).filter((e) => !e.isDirectory && !SYSTEM_CLUTTER.test(e.name));
  if (files.length === 0) throw new ImportFailure('empty', `${describe} holds no files.`);
  if (files.length > limits.maxEntries) {
    throw new ImportFailure('too-many-entries', `${describe} holds ${files.length} files, more than the ${limits.maxEntries} allowed.`);
  }
  const declaredTotal = files.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declaredTotal > limits.maxExpandedBytes) {
    throw new ImportFailure(
      'too-large',
      `${describe} would expand to ${declaredTotal} bytes, over the ${limits.maxExpandedBytes}-byte limit (a possible zip bomb).`,
    );
  }

  const entries: ImportSource[] = [];
  const refused: RefusedEntry[] = [];
  let budget = limits.maxExpandedBytes;
  for (const info of files) {
    const path = `${source.path}/${info.name}`;
    try {
      const name = safeEntryName(info);
      // Each entry is held to its own format's limit from its declared size, before any of it is inflated.
      const bytes = inflateZipEntry(source.bytes, info, Math.min(budget, byteLimitFor(name, limits)), `The file ${name} in ${source.name}`);
      budget -= bytes.length;
      entries.push(entrySource(source, name, bytes, info.modifiedAt));
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      refused.push({ path, failure: error });
    }
  }
  if (entries.length === 0) {
    const first = refused[0]!.failure;
    const allSame = refused.every((r) => r.failure.code === first.code);
    throw new ImportFailure(
      allSame ? first.code : 'corrupt',
      refused.length === 1 ? first.message : `None of the ${refused.length} files in ${source.name} could be read; the first: ${first.message}`,
    );
  }
  const outcome: ContainerOutcome = { kind: 'container', format: 'zip', entries, refused };
  return outcome;
}

/**
 * Entry names are only ever used as labels (nothing is written to disk), but a name that climbs out of the
 * archive or is absolute marks a hostile or broken archive, so the entry is refused and reported.
 */
function safeEntryName(info: ZipEntryInfo): string {
  const name = info.name.replace(/\\/g, '/');
  const segments = name.split('/');
  if (name.startsWith('/') || /^[a-z]:/i.test(name) || segments.includes('..') || name.includes('\0')) {
    throw new ImportFailure('corrupt', `The zip entry "${info.name}" points outside the archive; refused.`);
  }
  return segments.filter((s) => s !== '' && s !== '.').join('/');
}
