const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * The links Parley will hand to the operating system: web pages and e-mail addresses.
 * Anything else (file:, javascript:, custom app schemes, smb:, …) could run or open
 * something on the user's machine, so it is refused. Returns the normalized URL or null.
 */
export function externalUrlOrNull(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? url.href : null;
  // Credentials in a link are a classic way to disguise where it really goes.
  if (url.hostname.length === 0 || url.username !== '' || url.password !== '') return null;
  return url.href;
}
