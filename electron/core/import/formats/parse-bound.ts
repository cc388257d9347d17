import type { ImportLimits } from './types';

const DEFAULT_PARSE_MILLIS = 30_000;
/** A big bulk file is not a slow one: the time it may take grows with its size. */
export const PARSE_MS_PER_MEGABYTE = 5_000;

/** How long one file's own parse may take before it is given up as 'timed-out'. */
export function parseBoundMs(bytes: number, limits: ImportLimits): number {
  return (limits.maxParseMillis ?? DEFAULT_PARSE_MILLIS) + Math.ceil((bytes / (1024 * 1024)) * PARSE_MS_PER_MEGABYTE);
}
