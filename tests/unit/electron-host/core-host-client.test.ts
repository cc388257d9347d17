import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectedText, sampleArticle } from '../../fixtures-builders/sample-article';
import { useTempDir } from '../../support/temp-dir';

const hostEntry = fileURLToPath(new URL('./fixtures/core-host-over-node-ipc.ts', import.meta.url));
const children: ReturnType<typeof fork>[] = [];

// Electron's utilityProcess, played by a Node child running the real core host.
vi.mock('electron', () => ({
  utilityProcess: {
    fork: () => {
      const child = fork(hostEntry, [], {
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      const utility = Object.assign(new EventEmitter(), {
        get pid() {
          return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
        },
        // A message to a host that died before it was written is lost, as utilityProcess loses it; the 'exit' event is
        // what fails the call (without the callback, Node raises the write's EPIPE as an uncaught error).
        postMessage: (message: unknown) => child.send(message as object, () => {}),
        kill: () => child.kill(),
      });
      child.on('message', (message) => utility.emit('message', message));
      child.on('exit', (code) => utility.emit('exit', code ?? 1));
      return utility;
    },
  },
}));

const { ArchiveOpenError, CoreHostClient } = await import('../../../electron/main/core-host-client');

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
});

describe('main’s client for the core host', () => {
  const tempDir = useTempDir();
  const client = (archivePath: string) => new CoreHostClient({ modulePath: hostEntry, archivePath, nativeBinding: null });

  it('holds calls until the archive is open, then answers them and passes on pushed events', async () => {
    const archivePath = join(tempDir(), 'archive.sqlite');
    const host = client(archivePath);
    const events: string[] = [];
    host.onEvent((event) => events.push(event));

    // Sent before anything started: it must wait for the archive, not fail.
    await expect(host.invoke('archive.info', {})).resolves.toMatchObject({ path: archivePath, articleCount: 0 });

    const bytes = new TextEncoder().encode(`${sampleArticle.title}\n\n${expectedText(sampleArticle)}\n`);
    await host.invoke('import.files', { files: [{ name: 'a.txt', path: 'a.txt', bytes, lastModified: null }] });
    // Import workers start from the TypeScript sources here, which takes a few seconds on a busy machine.
    await vi.waitFor(() => expect(events).toContain('import.finished'), { timeout: 25_000 });
    expect(events).toContain('import.progress');
    await host.stop();
  });

  it('refuses to start on an archive from a newer Parley, saying why', async () => {
    const archivePath = join(tempDir(), 'future.sqlite');
    const db = new Database(archivePath);
    db.pragma('user_version = 77');
    db.close();
    const host = client(archivePath);
    const failure = await host.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ArchiveOpenError);
    expect((failure as Error).message).toMatch(/newer version of Parley/);
    await expect(host.invoke('archive.info', {})).rejects.toBeInstanceOf(ArchiveOpenError);
  });

  it.skipIf(process.platform === 'win32')(
    'fails the calls in flight when the host dies, and starts a fresh one for the next call',
    async () => {
      const host = client(join(tempDir(), 'archive.sqlite'));
      await host.start();
      const first = children.at(-1);
      // Frozen, the host cannot answer; then it dies with the call unanswered.
      first?.kill('SIGSTOP');
      const inFlight = host.invoke('articles.list', { offset: 0, limit: 10 });
      first?.kill('SIGKILL');
      await expect(inFlight).rejects.toThrow(/stopped unexpectedly/);

      await expect(host.invoke('archive.info', {})).resolves.toMatchObject({ articleCount: 0 });
      expect(children).toHaveLength(2);
      await host.stop();
    },
  );

  it('stops by closing the archive, so the process ends on its own', async () => {
    const host = client(join(tempDir(), 'archive.sqlite'));
    await host.start();
    const child = children.at(-1);
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    await host.stop();
    expect(await exited).toBe(0);
  });
});
