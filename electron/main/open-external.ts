import { shell } from 'electron';
import { externalUrlOrNull } from './external-link-policy';

/**
 * The only place Parley opens anything outside itself. Every other use of
 * `shell.openExternal` is forbidden by lint, so the check below cannot be skipped.
 * Returns false when the link was refused.
 */
export async function openExternalSafely(raw: unknown): Promise<boolean> {
  const url = externalUrlOrNull(raw);
  if (url === null) return false;
  await shell.openExternal(url, { activate: true });
  return true;
}
