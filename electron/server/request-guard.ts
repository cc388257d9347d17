import { timingSafeEqual } from 'node:crypto';
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

/** Host on every request; Origin (when the browser sends one) and the token on API requests. */
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
  if (!tokensEqual(options.givenToken, options.token)) return { ok: false, status: 401, reason: 'missing or wrong token' };
  return { ok: true };
}
