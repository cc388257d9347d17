import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/** The names this server answers to; anything else in Host is a DNS-rebinding attempt. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function tokensEqual(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The browser's session after its first visit with the token: a cookie per port (cookies ignore
 * ports, so two Parley servers on one machine must not share a name) whose value is derived from
 * the token, so the token itself never sits in the cookie jar and a restart with the same token
 * keeps the session.
 */
export function sessionCookieName(port: number): string {
  return `parley_session_${port}`;
}

export function sessionCookieValue(token: string): string {
  return createHash('sha256').update(`parley-browser-session\0${token}`).digest('base64url');
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it), this server's paths only. */
export function sessionCookieHeader(port: number, token: string): string {
  return `${sessionCookieName(port)}=${sessionCookieValue(token)}; Path=/; HttpOnly; SameSite=Strict`;
}

function cookieValue(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * Host on every request; Origin (when the browser sends one) and the token, or the session cookie
 * from a same-origin page, on API requests.
 */
export function checkRequest(
  req: IncomingMessage,
  options: { port: number; token: string; givenToken: string | null; api: boolean },
): GuardVerdict {
  const hosts = allowedHosts(options.port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return { ok: false, status: 403, reason: 'foreign host' };
  if (!options.api) return { ok: true };
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
    return { ok: false, status: 403, reason: 'foreign origin' };
  }
  if (tokensEqual(options.givenToken, options.token)) return { ok: true };
  const cookie = cookieValue(req, sessionCookieName(options.port));
  if (cookie !== null && tokensEqual(cookie, sessionCookieValue(options.token))) {
    // Belt and braces over SameSite: a browser that says the request came from elsewhere is refused.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return { ok: false, status: 403, reason: 'cross-site request' };
    return { ok: true };
  }
  return { ok: false, status: 401, reason: 'missing or wrong token' };
}
