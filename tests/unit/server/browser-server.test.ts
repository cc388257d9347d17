import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_PATH, EVENTS_PATH, TOKEN_HEADER } from '../../../shared/api/http-protocol';
import { fromWire, toWire } from '../../../shared/api/wire';
import { createCore, type Core } from '../../../electron/core';
import { startBrowserServer, type BrowserServer } from '../../../electron/server/browser-server';
import { rawRequest } from '../../support/http';
import { useTempDir } from '../../support/temp-dir';

describe('browser mode server', () => {
  const tempDir = useTempDir();
  const running: { core: Core; server: BrowserServer }[] = [];
  afterEach(async () => {
    for (const { core, server } of running.splice(0)) {
      await server.close();
      core.close();
    }
  });

  async function start() {
    const dir = tempDir();
    const rendererDir = join(dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
    const core = createCore({ archivePath: join(dir, 'archive.sqlite') });
    const server = await startBrowserServer({ core, rendererDir, port: 0 });
    running.push({ core, server });
    const host = `127.0.0.1:${server.port}`;
    const call = (name: string, args: unknown, headers: Record<string, string> = {}) =>
      rawRequest(server.port, {
        method: 'POST',
        path: `${CALL_PATH}${name}`,
        headers: { host, [TOKEN_HEADER]: server.token, 'content-type': 'application/json', ...headers },
        body: toWire(args),
      });
    return { server, host, call };
  }

  it('listens on loopback only and prints a URL carrying its token', async () => {
    const { server } = await start();
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[\\w-]{20,}$`));
  });

  it('serves the renderer, and nothing outside it', async () => {
    const { server, host } = await start();
    const page = await rawRequest(server.port, { path: '/', headers: { host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Parley</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await rawRequest(server.port, { path: '/../secret.txt', headers: { host } });
    expect(escape.status).toBe(404);
    const encoded = await rawRequest(server.port, { path: '/%2e%2e/secret.txt', headers: { host } });
    expect(encoded.status).toBe(404);
  });

  it('answers calls with the right token', async () => {
    const { call } = await start();
    const reply = await call('archive.info', {});
    expect(reply.status).toBe(200);
    expect(fromWire(reply.body)).toMatchObject({ ok: true, result: { articleCount: 0, statementCount: 0 } });
  });

  it('refuses a missing or wrong token with 401', async () => {
    const { server, host, call } = await start();
    const missing = await rawRequest(server.port, { method: 'POST', path: `${CALL_PATH}archive.info`, headers: { host }, body: '{}' });
    expect(missing.status).toBe(401);
    expect((await call('archive.info', {}, { [TOKEN_HEADER]: 'not-the-token' })).status).toBe(401);
    const events = await rawRequest(server.port, { path: `${EVENTS_PATH}?token=wrong`, headers: { host } });
    expect(events.status).toBe(401);
  });

  it('refuses a foreign Host or Origin with 403', async () => {
    const { server, call } = await start();
    expect((await call('archive.info', {}, { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await rawRequest(server.port, { path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await call('archive.info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('archive.info', {}, { origin: `http://localhost:${server.port}` })).status).toBe(200);
  });

  it('rejects unknown calls and invalid arguments with a clear message', async () => {
    const { call } = await start();
    const unknown = await call('archive.destroy', {});
    expect(unknown.status).toBe(400);
    expect(fromWire(unknown.body)).toMatchObject({ ok: false, error: expect.stringContaining('Unknown call') });
    const malformed = await call('%E0%A4%A', {});
    expect(malformed.status).toBe(400);
    expect(fromWire(malformed.body)).toMatchObject({ ok: false, error: expect.stringContaining('Unknown call') });
    const invalid = await call('articles.list', { offset: -1, limit: 5 });
    expect(invalid.status).toBe(400);
    expect(fromWire(invalid.body)).toMatchObject({ ok: false, error: expect.stringContaining('Invalid arguments for articles.list') });
  });

  it('answers a body that is not JSON, or whose bytes are not base64, with 400', async () => {
    const { server, host } = await start();
    const post = (body: string) =>
      rawRequest(server.port, { method: 'POST', path: `${CALL_PATH}import.files`, headers: { host, [TOKEN_HEADER]: server.token }, body });
    expect((await post('{"files": [')).status).toBe(400);
    const badBytes = await post(JSON.stringify({ files: [{ name: 'a.txt', path: 'a.txt', bytes: { $bytes: '%%%not base64' }, lastModified: null }] }));
    expect(badBytes.status).toBe(400);
    expect(fromWire(badBytes.body)).toMatchObject({ ok: false, error: expect.stringContaining('base64') });
  });

  it('answers an address it cannot parse with 400, not 500', async () => {
    const { server, host } = await start();
    for (const path of ['//%', `//%${CALL_PATH.slice(1)}archive.info`]) {
      const reply = await rawRequest(server.port, { method: 'POST', path, headers: { host, [TOKEN_HEADER]: server.token } });
      expect(reply.status).toBe(400);
    }
  });

  it('has no call that names a path on this machine: a page can only upload bytes', async () => {
    const { call } = await start();
    const reply = await call('import.paths', { paths: ['/etc/passwd'] });
    expect(reply.status).toBe(400);
    expect(fromWire(reply.body)).toMatchObject({ ok: false, error: expect.stringContaining('Unknown call: import.paths') });
  });

  it('imports dropped bytes and streams progress and the summary as events', async () => {
    const { server, call } = await start();
    const received: string[] = [];
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${server.port}${EVENTS_PATH}?token=${server.token}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();

    const text = 'Ministers meet\n\nThe minister said, “We will keep talking until there is peace.”\n';
    const reply = await call('import.files', {
      files: [{ name: 'talks.txt', path: 'talks.txt', bytes: new TextEncoder().encode(text), lastModified: null }],
    });
    expect(fromWire(reply.body)).toMatchObject({ ok: true, result: { jobId: expect.any(String) } });

    const decoder = new TextDecoder();
    let buffer = '';
    while (!buffer.includes('event: import.finished')) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value);
    }
    controller.abort();
    for (const match of buffer.matchAll(/^event: (\S+)$/gm)) received.push(match[1]!);
    expect(received).toContain('import.progress');
    expect(received).toContain('import.finished');
    const list = fromWire((await call('articles.list', { offset: 0, limit: 10 })).body) as { result: { total: number } };
    expect(list.result.total).toBe(1);
  });

  describe('the browser session after the first visit', () => {
    async function firstVisit() {
      const started = await start();
      const { server, host } = started;
      const page = await rawRequest(server.port, { path: `/?token=${server.token}`, headers: { host } });
      const setCookie = ([] as string[]).concat(page.headers['set-cookie'] ?? []);
      expect(setCookie).toHaveLength(1);
      const cookie = setCookie[0]!.split(';')[0]!;
      return { ...started, setCookie: setCookie[0]!, cookie };
    }

    it('sets an HttpOnly, SameSite=Strict cookie for this port, without the token in it', async () => {
      const { server, setCookie, cookie } = await firstVisit();
      expect(setCookie).toMatch(new RegExp(`^parley_session_${server.port}=[\\w-]+; Path=/; HttpOnly; SameSite=Strict$`));
      expect(cookie).not.toContain(server.token);
    });

    it('lets a reload, a new tab or a second window call the API and open events with the cookie alone', async () => {
      const { server, host, cookie, call } = await firstVisit();
      const reply = await call('archive.info', {}, { [TOKEN_HEADER]: '', cookie, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' });
      expect(reply.status).toBe(200);
      expect(fromWire(reply.body)).toMatchObject({ ok: true });
      const controller = new AbortController();
      const events = await fetch(`http://127.0.0.1:${server.port}${EVENTS_PATH}`, { headers: { cookie }, signal: controller.signal });
      expect(events.status).toBe(200);
      controller.abort();
    });

    it('keeps every other guard: no cookie or a wrong one is 401, a foreign site or host is refused', async () => {
      const { server, host, cookie, call } = await firstVisit();
      expect((await call('archive.info', {}, { [TOKEN_HEADER]: '' })).status).toBe(401);
      expect((await call('archive.info', {}, { [TOKEN_HEADER]: '', cookie: `parley_session_${server.port}=forged` })).status).toBe(401);
      // Another Parley on another port does not accept this one's session.
      expect((await call('archive.info', {}, { [TOKEN_HEADER]: '', cookie: cookie.replace(String(server.port), String(server.port + 1)) })).status).toBe(401);
      expect((await call('archive.info', {}, { [TOKEN_HEADER]: '', cookie, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await call('archive.info', {}, { [TOKEN_HEADER]: '', cookie, origin: 'http://evil.example' })).status).toBe(403);
      expect((await call('archive.info', {}, { [TOKEN_HEADER]: '', cookie, host: `evil.example:${server.port}` })).status).toBe(403);
      // A visit without the token, or with a wrong one, opens no session.
      const plain = await rawRequest(server.port, { path: '/', headers: { host } });
      expect(plain.headers['set-cookie']).toBeUndefined();
      const wrong = await rawRequest(server.port, { path: '/?token=wrong', headers: { host } });
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });
  });
});
