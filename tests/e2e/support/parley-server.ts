import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-renderer';

const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_\-.~%]+/;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export interface ParleyServer {
  /** The address `parley serve` printed, token included. */
  url: string;
  archivePath: string;
  /** Everything the server printed so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * `parley serve` on a fresh archive in its own temp folder, exactly as a user would start it;
 * or, given an archive, on that one (to restart browser mode over the same work), leaving it in place.
 */
export async function startParleyServer(options: { archivePath?: string } = {}): Promise<ParleyServer> {
  const ownsArchive = options.archivePath === undefined;
  const dir = ownsArchive ? mkdtempSync(join(tmpdir(), 'parley-e2e-')) : null;
  const archivePath = options.archivePath ?? join(dir!, 'archive.sqlite');
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'bin', 'parley.mjs'), 'serve', '--archive', archivePath, '--port', '0'],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(timer);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`parley serve printed no URL within ${START_TIMEOUT_MS / 1000} s:\n${output}`)),
        START_TIMEOUT_MS,
      );
      const look = () => {
        const match = URL_PATTERN.exec(output);
        if (!match) return;
        clearTimeout(timer);
        child.stdout.off('data', look);
        resolve(match[0]);
      };
      child.stdout.on('data', look);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`parley serve exited (${signal ?? code}) before printing its URL:\n${output}`));
      });
    });
    return { url, archivePath, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
