import { Option } from 'commander';
import { resolveArchivePath } from '../core/archive-location';

export function archiveOption(): Option {
  return new Option('--archive <path>', 'archive file (default: $PARLEY_ARCHIVE, else the user data folder)');
}

export function archivePathFrom(options: { archive?: string }): string {
  return resolveArchivePath(options.archive ?? null);
}
