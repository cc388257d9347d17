/** Where the PolNeAR splits sit next to the repository (never inside it). */
import { fileURLToPath } from 'node:url';

export function polnearSplitDir(split: string): string {
  return fileURLToPath(new URL(`../../shared/corpora/polnear/${split}`, import.meta.url));
}
