import type { PickedFile } from './picked-file';

/**
 * Browser mode sends file bytes as base64 inside JSON, so one call is kept under this
 * many bytes of files; a single bigger file still goes, alone in its batch.
 */
export const MAX_BATCH_BYTES = 32 * 1024 * 1024;
export const MAX_BATCH_FILES = 500;
/** Files above this are refused here rather than read into the page's memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function planBatches(files: readonly PickedFile[]): PickedFile[][] {
  const batches: PickedFile[][] = [];
  let current: PickedFile[] = [];
  let bytes = 0;
  for (const picked of files) {
    const size = picked.file.size;
    if (current.length > 0 && (bytes + size > MAX_BATCH_BYTES || current.length >= MAX_BATCH_FILES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(picked);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
