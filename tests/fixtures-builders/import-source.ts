import type { ImportSource } from '../../electron/core/import/formats/types';

/** Wraps built bytes as the importers receive a dropped file. */
export function asImportSource(
  name: string,
  content: Uint8Array | string,
  options: { modifiedAt?: Date | null; depth?: number; path?: string } = {},
): ImportSource {
  return {
    path: options.path ?? name,
    name,
    bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
    modifiedAt: options.modifiedAt ?? null,
    depth: options.depth ?? 0,
  };
}
