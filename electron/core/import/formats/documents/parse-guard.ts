import { ImportFailure, type ImportFailureCode } from '../types';

/**
 * Runs a parser's work so that whatever a malformed file makes a library throw reaches the user as an
 * ImportFailure with a reason, never as a library's stack trace.
 */
export async function withImportFailures<T>(
  describe: string,
  fallback: ImportFailureCode,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asImportFailure(error, describe, fallback);
  }
}

export function asImportFailure(error: unknown, describe: string, fallback: ImportFailureCode): ImportFailure {
  if (error instanceof ImportFailure) return error;
  if (error instanceof RangeError && /allocation|array buffer|invalid array length|memory/i.test(error.message)) {
    return new ImportFailure('too-large', `${describe} needs more memory than allowed to read.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  const reason = detail.trim().split('\n')[0]?.slice(0, 200) || 'unknown error';
  return new ImportFailure(fallback, `${describe} could not be read: ${reason}`);
}

/** Refuses an empty file before a library is asked to make sense of it. */
export function assertNotEmpty(bytes: Uint8Array, describe: string): void {
  if (bytes.length === 0) throw new ImportFailure('empty', `${describe} is empty (0 bytes).`);
}
