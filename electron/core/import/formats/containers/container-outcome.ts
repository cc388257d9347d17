import { ImportFailure, type ImportLimits, type ImportSource, type OpenedContainer, type ParseOutcome, type RefusedEntry } from '../types';

export type { RefusedEntry } from '../types';

/**
 * A container's answer with the entries it had to refuse. It is a ParseOutcome (the extra field is
 * optional to read), so the driver can report refused entries beside the ones that import.
 */
export type ContainerOutcome = Extract<ParseOutcome, { kind: 'container' }> & { refused: RefusedEntry[] };

export function refusedEntries(outcome: ParseOutcome): RefusedEntry[] {
  return outcome.kind === 'container' && 'refused' in outcome && Array.isArray(outcome.refused)
    ? (outcome.refused as RefusedEntry[])
    : [];
}

/** Every file of an opened container taken out at once: the whole answer, for callers that want it so. */
export function unpackAll(opened: OpenedContainer): ContainerOutcome {
  const entries: ImportSource[] = [];
  const refused: RefusedEntry[] = [];
  for (const item of opened.entries()) {
    if ('source' in item) entries.push(item.source);
    else refused.push(item.refused);
  }
  return { kind: 'container', format: opened.format, entries, refused };
}

export function checkContainerDepth(source: ImportSource, limits: ImportLimits): void {
  if (source.depth >= limits.maxDepth) {
    throw new ImportFailure(
      'too-deep',
      `${source.path} is nested ${source.depth} containers deep; Parley opens at most ${limits.maxDepth} levels.`,
    );
  }
}

export function entrySource(parent: ImportSource, relativePath: string, bytes: Uint8Array, modifiedAt: Date | null): ImportSource {
  const name = relativePath.split('/').pop() ?? relativePath;
  return {
    path: `${parent.path}/${relativePath}`,
    name,
    bytes,
    modifiedAt: modifiedAt ?? parent.modifiedAt,
    depth: parent.depth + 1,
  };
}
