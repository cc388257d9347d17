import { articleCharLimit, byteLimitFor, ImportFailure, type FormatParser, type ImportLimits, type ImportSource, type OpenedContainer, type ParseOutcome } from '../types';
import { inflateLocated, listZipEntries, locateZipEntry, type ZipEntryInfo } from './zip-reader';
import { checkContainerDepth, entrySource, unpackAll, type RefusedEntry } from './container-outcome';
import { textEntryWatch } from './text-entry-watch';

/** Files that operating systems add to archives and that no analyst means to import. */
const SYSTEM_CLUTTER = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._[^/]*$)/i;

/**
 * Lists a zip's files as sources for the importers, one level deeper. Bounded before anything is inflated
 * (entry count, declared sizes against the expansion budget and each entry's own format limit), and while
 * inflating (no entry may produce more than it declares; a plain text entry stops as soon as it is
 * certain to be over the text limit for one article). Entries that are unsafe, encrypted or damaged are
 * refused one by one, so the rest of the archive still imports.
 */
export const zipParser: FormatParser = {
  format: 'zip',
  extensions: ['.zip'],
  parse: async (source, limits) => readZipArchive(source, limits),
  open: (source, limits) => openZipArchive(source, limits),
};

/** The whole archive inflated at once; the importer takes entries out one at a time with {@link openZipArchive}. */
export function readZipArchive(source: ImportSource, limits: ImportLimits): ParseOutcome {
  return unpackAll(openZipArchive(source, limits));
}

/** One file of the archive as planned from its directory: where its data lies, or why it is refused. */
type PlannedEntry =
  | { index: number; info: ZipEntryInfo; name: string; compressed: Uint8Array; refused?: undefined }
  | { index: number; refused: RefusedEntry };

export function openZipArchive(source: ImportSource, limits: ImportLimits): OpenedContainer {
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

  // Everything the directory alone can refuse is refused here; each entry is held to its own format's
  // limit from its declared size, before any of it is inflated.
  let budget = limits.maxExpandedBytes;
  const planned: PlannedEntry[] = files.map((info, index) => {
    try {
      const name = safeEntryName(info);
      const compressed = locateZipEntry(source.bytes, info, Math.min(budget, byteLimitFor(name, limits)), `The file ${name} in ${source.name}`);
      budget -= info.declaredSize;
      return { index, info, name, compressed };
    } catch (error) {
      if (!(error instanceof ImportFailure)) throw error;
      return { index, refused: { path: `${source.path}/${info.name}`, failure: error } };
    }
  });
  const readable = planned.filter((p) => p.refused === undefined);
  const maxChars = articleCharLimit(limits);

  function* entries(): Generator<{ source: ImportSource } | { refused: RefusedEntry }> {
    // Refusals wait until an entry has been taken out (read whole or far enough to be judged): if none can
    // be, the archive is refused as a whole.
    const waiting = planned.flatMap((p) => (p.refused ? [{ index: p.index, refused: p.refused }] : []));
    let gave = false;
    for (const plan of planned) {
      if (plan.refused) continue;
      const describe = `The file ${plan.name} in ${source.name}`;
      const text = textEntryWatch(plan.name.split('/').pop() ?? plan.name, maxChars);
      let taken: { source: ImportSource } | { refused: RefusedEntry };
      try {
        taken = { source: entrySource(source, plan.name, inflateLocated(plan.compressed, plan.info, describe, text?.watch), plan.info.modifiedAt) };
      } catch (error) {
        if (!(error instanceof ImportFailure)) throw error;
        if (error !== text?.refusal) {
          const refused = { path: `${source.path}/${plan.info.name}`, failure: error };
          if (gave) yield { refused };
          else waiting.push({ index: plan.index, refused });
          continue;
        }
        // Stopped for what it holds, not damaged: reported under the name it would have been read by.
        taken = { refused: { path: `${source.path}/${plan.name}`, failure: error } };
      }
      if (!gave) {
        gave = true;
        for (const wait of waiting.sort((a, b) => a.index - b.index)) yield { refused: wait.refused };
      }
      yield taken;
    }
    if (!gave) throw noneReadable(waiting.sort((a, b) => a.index - b.index).map((w) => w.refused), source.name);
  }

  return {
    format: 'zip',
    count: readable.length,
    declaredBytes: readable.reduce((sum, p) => sum + (p.refused ? 0 : p.info.declaredSize), 0),
    entries,
  };
}

function noneReadable(refused: RefusedEntry[], archiveName: string): ImportFailure {
  const first = refused[0]!.failure;
  const allSame = refused.every((r) => r.failure.code === first.code);
  return new ImportFailure(
    allSame ? first.code : 'corrupt',
    refused.length === 1 ? first.message : `None of the ${refused.length} files in ${archiveName} could be read; the first: ${first.message}`,
  );
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
