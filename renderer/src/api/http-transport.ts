import type { RawBridge } from '../../../shared/api/bridge';
import { eventNames } from '../../../shared/api/events';
import {
  CALL_PATH,
  EVENTS_PATH,
  TOKEN_HEADER,
  TOKEN_QUERY,
  type CallReply,
} from '../../../shared/api/http-protocol';
import { fromWire, toWire } from '../../../shared/api/wire';
import type { ConnectionMonitor } from './connection-state';

const TOKEN_STORAGE_KEY = 'parley.token';
const MAX_RECONNECT_DELAY_MS = 10_000;

/**
 * Takes the session token from `?token=` on first load, keeps it for this tab only,
 * and removes it from the address bar so it does not linger in history or screenshots.
 * Other tabs, windows and reloads have no token: the server's HttpOnly session cookie, set on
 * that first visit, speaks for them (null here means "rely on the cookie").
 */
export function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_QUERY);
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_QUERY);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

function isCallReply(value: unknown): value is CallReply {
  if (value === null || typeof value !== 'object') return false;
  const ok = (value as { ok?: unknown }).ok;
  return ok === true || (ok === false && typeof (value as { error?: unknown }).error === 'string');
}

function describeHttpFailure(response: Response, body: string): string {
  if (response.status === 401 || response.status === 403) {
    return 'Parley refused this page’s session (this browser has no session with it, or Parley was restarted with a new address). Open the address printed by “parley serve” again.';
  }
  return `Parley answered ${response.status} ${response.statusText}${body ? `: ${body.slice(0, 300)}` : ''}`;
}

/** Browser mode: calls are POSTs, pushed events arrive over one reconnecting EventSource. */
export function createHttpTransport(token: string | null, monitor: ConnectionMonitor): RawBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  let reconnectDelay = 500;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  function dispatch(event: string, data: string): void {
    let payload: unknown;
    try {
      payload = fromWire(data);
    } catch {
      return;
    }
    for (const listener of listeners.get(event) ?? []) listener(payload);
  }

  function openEvents(): void {
    const url = new URL(EVENTS_PATH, window.location.origin);
    if (token) url.searchParams.set(TOKEN_QUERY, token);
    const next = new EventSource(url);
    source = next;
    next.onopen = () => {
      reconnectDelay = 500;
      monitor.set('connected');
    };
    for (const name of eventNames) {
      next.addEventListener(name, (event) => dispatch(name, (event as MessageEvent<string>).data));
    }
    next.onerror = () => {
      // The browser retries by itself while the stream is merely interrupted; once it
      // gives up (the server answered with an error) we retry with a growing delay.
      monitor.set('reconnecting');
      if (next.readyState !== EventSource.CLOSED || reconnectTimer) return;
      reconnectTimer = setTimeout(() => {
        reconnectTimer = null;
        openEvents();
      }, reconnectDelay);
      reconnectDelay = Math.min(reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
    };
  }

  return {
    async invoke(name, args) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers[TOKEN_HEADER] = token;
      let response: Response;
      try {
        response = await fetch(CALL_PATH + encodeURIComponent(name), {
          method: 'POST',
          headers,
          body: toWire(args ?? {}),
        });
      } catch {
        throw new Error('Parley is not reachable. Is “parley serve” still running?');
      }
      const text = await response.text();
      let reply: unknown;
      try {
        reply = fromWire(text);
      } catch {
        reply = null;
      }
      if (isCallReply(reply)) {
        if (!reply.ok) throw new Error(reply.error);
        return reply.result;
      }
      throw new Error(describeHttpFailure(response, text));
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
      if (!source) openEvents();
      return () => {
        set.delete(listener);
      };
    },
  };
}
