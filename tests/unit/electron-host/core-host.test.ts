import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostReply, HostRequest } from '../../../electron/core-host/protocol';
import { expectedText, sampleArticle } from '../../fixtures-builders/sample-article';
import { useTempDir } from '../../support/temp-dir';

const hostEntry = fileURLToPath(new URL('./fixtures/core-host-over-node-ipc.ts', import.meta.url));

/** A core host in its own process, spoken to only through the message protocol. */
class HostUnderTest {
  readonly replies: HostReply[] = [];
  readonly #child: ChildProcess;
  readonly #waiters: { match: (reply: HostReply) => boolean; resolve: (reply: HostReply) => void }[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.#child = fork(hostEntry, [], {
      execArgv: ['--import', 'tsx'],
      // Structured clone, as Electron's parentPort uses: file bytes stay Uint8Arrays.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child.on('message', (message) => {
      const reply = message as HostReply;
      this.replies.push(reply);
      for (const waiter of [...this.#waiters]) {
        if (waiter.match(reply)) {
          this.#waiters.splice(this.#waiters.indexOf(waiter), 1);
          waiter.resolve(reply);
        }
      }
    });
    this.exited = new Promise((resolve) => this.#child.once('exit', (code) => resolve(code)));
  }

  send(request: HostRequest): void {
    this.#child.send(request);
  }

  next(match: (reply: HostReply) => boolean): Promise<HostReply> {
    const seen = this.replies.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.push({ match, resolve }));
  }

  async call(id: number, name: string, args: unknown): Promise<HostReply> {
    this.send({ kind: 'call', id, name, args });
    return this.next((r) => r.kind === 'result' && r.id === id);
  }

  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill();
  }
}

const hosts: HostUnderTest[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.kill();
});

function startHost(): HostUnderTest {
  const host = new HostUnderTest();
  hosts.push(host);
  return host;
}

const articleFile = () =>
  new TextEncoder().encode(`${sampleArticle.title}\n\n${expectedText(sampleArticle)}\n`);

describe('the core host that runs the archive beside the desktop window', () => {
  const tempDir = useTempDir();

  it('opens the archive it is given, answers calls, pushes import progress and closes cleanly', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    const host = startHost();
    host.send({ kind: 'start', archivePath, nativeBinding: null });
    expect(await host.next((r) => r.kind === 'ready' || r.kind === 'failed')).toEqual({ kind: 'ready', archivePath });

    const info = await host.call(1, 'archive.info', {});
    expect(info).toMatchObject({ ok: true, result: { path: archivePath, articleCount: 0 } });

    const started = await host.call(2, 'import.files', {
      files: [{ name: 'seoul-tokyo.txt', path: 'seoul-tokyo.txt', bytes: articleFile(), lastModified: null }],
    });
    expect(started).toMatchObject({ ok: true });
    const jobId = started.kind === 'result' && started.ok ? (started.result as { jobId: string }).jobId : '';
    const finished = await host.next((r) => r.kind === 'event' && r.event === 'import.finished');
    expect(finished).toMatchObject({ event: 'import.finished', payload: { jobId, counts: { imported: 1, failed: 0 } } });
    expect(host.replies.some((r) => r.kind === 'event' && r.event === 'import.progress')).toBe(true);

    const list = await host.call(3, 'articles.list', { offset: 0, limit: 10 });
    expect(list).toMatchObject({ ok: true, result: { total: 1, rows: [{ originalName: 'seoul-tokyo.txt' }] } });

    host.send({ kind: 'stop' });
    expect(await host.exited).toBe(0);
    // Closed cleanly: the archive opens again with the article in it.
    const db = new Database(archivePath, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    db.close();
  });

  it('answers an unknown call or a failing handler with an error, and keeps serving', async () => {
    const host = startHost();
    host.send({ kind: 'start', archivePath: join(tempDir(), 'archive.sqlite'), nativeBinding: null });
    await host.next((r) => r.kind === 'ready');

    expect(await host.call(1, 'constructor', {})).toMatchObject({ ok: false, error: { name: 'ApiRequestError' } });
    expect(await host.call(2, 'system.exec', { command: 'rm -rf /' })).toMatchObject({
      ok: false,
      error: { message: 'Unknown call: system.exec' },
    });
    const missing = await host.call(3, 'articles.get', { id: 424242 });
    expect(missing).toMatchObject({ ok: false });
    expect(await host.call(4, 'archive.info', {})).toMatchObject({ ok: true });
    // The reader's outline call reaches the same core handler as in browser mode.
    expect(await host.call(5, 'articles.outline', { id: 424242 })).toMatchObject({
      ok: false,
      error: { name: 'ArticleNotFoundError', message: 'No article with id 424242 in this archive.' },
    });
  });

  it('refuses an archive written by a newer Parley with a clear message, leaving it byte for byte as it was', async () => {
    const archivePath = join(tempDir(), 'from-the-future.sqlite');
    const future = new Database(archivePath);
    future.exec('CREATE TABLE notes_from_the_future (x)');
    future.pragma('user_version = 9999');
    future.close();
    const before = createHash('sha256').update(readFileSync(archivePath)).digest('hex');

    const host = startHost();
    host.send({ kind: 'start', archivePath, nativeBinding: null });
    const failed = await host.next((r) => r.kind === 'ready' || r.kind === 'failed');
    expect(failed.kind).toBe('failed');
    expect(failed.kind === 'failed' && failed.error.message).toMatch(/newer version of Parley/);
    host.kill();
    await host.exited;
    expect(createHash('sha256').update(readFileSync(archivePath)).digest('hex')).toBe(before);
  });

  it('reports a file that is not an archive instead of opening it', async () => {
    const archivePath = join(tempDir(), 'notes.sqlite');
    writeFileSync(archivePath, 'These are my notes, not a database.'.repeat(200));
    const host = startHost();
    host.send({ kind: 'start', archivePath, nativeBinding: null });
    const failed = await host.next((r) => r.kind === 'ready' || r.kind === 'failed');
    expect(failed).toMatchObject({ kind: 'failed', error: { message: expect.stringMatching(/not a Parley archive/) } });
  });
});
