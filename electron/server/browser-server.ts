import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type * as Contract from '../../shared/api/calls';
import type { CallName } from '../../shared/api/calls';
import { ApiRequestError } from '../../shared/api/request-error';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER, TOKEN_QUERY, type CallReply } from '../../shared/api/http-protocol';
import { fromWire, toWire } from '../../shared/api/wire';
import type { Core } from '../core';
import { checkRequest, sessionCookieHeader, tokensEqual } from './request-guard';
import { readStaticFile } from './static-files';

export interface BrowserServerOptions {
  core: Core;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; random otherwise. */
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Dropped files travel base64-encoded in JSON; this bounds one call's body. */
const MAX_BODY_BYTES = 512 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** Browser mode: the same renderer and the same API as the desktop app, on loopback only. */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core } = options;
  const liveStreams = new Set<ServerResponse>();
  let port = options.port;
  // The API contract (its zod schemas) loads once the server listens, so the address is out
  // before it; a call that comes sooner waits for it.
  let contract: Promise<typeof Contract> | undefined;
  const loadContract = () => (contract ??= import('../../shared/api/calls'));

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${String(error)}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = URL.parse(req.url ?? '/', 'http://127.0.0.1');
    // An address no URL parser reads ('//%') is the client's error, like a malformed call name.
    if (!url) return send(res, 400, 'text/plain; charset=utf-8', 'Malformed address');
    const api = url.pathname.startsWith('/api/');
    const givenToken = url.pathname === EVENTS_PATH ? url.searchParams.get(TOKEN_QUERY) : headerValue(req, TOKEN_HEADER);
    const verdict = checkRequest(req, { port, token, givenToken, api });
    if (!verdict.ok) return send(res, verdict.status, 'text/plain; charset=utf-8', `Refused: ${verdict.reason}`);

    if (api && url.pathname.startsWith(CALL_PATH) && req.method === 'POST') {
      return answerCall(url.pathname.slice(CALL_PATH.length), req, res);
    }
    if (url.pathname === EVENTS_PATH && req.method === 'GET') return streamEvents(res);
    if (api) return send(res, 404, 'text/plain; charset=utf-8', 'No such API endpoint');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');

    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    // The first visit with the token opens a session for this browser: reloads, new tabs and
    // windows on the same address work without the token in their address bar.
    const opensSession = tokensEqual(url.searchParams.get(TOKEN_QUERY), token);
    send(res, 200, file.type, file.body, opensSession ? { 'set-cookie': sessionCookieHeader(port, token) } : {});
  }

  async function answerCall(encodedName: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let reply: CallReply;
    let status = 200;
    try {
      const name = decodeCallName(encodedName);
      const body = await readBody(req, MAX_BODY_BYTES);
      const { parseCall } = await loadContract();
      const call = parseCall(name, body.length === 0 ? {} : fromWire(body.toString('utf8')));
      const handler = core.handlers[call.name as CallName] as (args: unknown) => Promise<unknown>;
      reply = { ok: true, result: await handler(call.args) };
    } catch (error) {
      status = error instanceof ApiRequestError || error instanceof SyntaxError ? 400 : 200;
      reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    send(res, status, 'application/json; charset=utf-8', toWire(reply));
  }

  function streamEvents(res: ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    liveStreams.add(res);
    const unsubscribe = core.events.on((event, payload) => {
      res.write(`event: ${event}\ndata: ${toWire(payload)}\n\n`);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    res.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      liveStreams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // Failing to load is reported by the first call that needs it.
  loadContract().catch(() => undefined);

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of liveStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A call name as the path spells it; a malformed escape is the caller's error (400), not ours. */
function decodeCallName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new ApiRequestError(`Unknown call: ${encoded.slice(0, 100)}`);
  }
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' ? value : null;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new ApiRequestError(`Request too large (${declared} bytes; the limit is ${limit}).`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ApiRequestError(`Request too large (the limit is ${limit} bytes).`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
