// Starts `parley serve` (browser mode) on an archive for benches that time the real renderer and API.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/cli/renderer-build';

export interface ServedArchive {
  url: string;
  /** CPU seconds (user + system) the server process has used so far, read from /proc. */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
}

const CLOCK_TICKS = 100;

function processCpuSeconds(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

export async function serveArchive(archivePath: string): Promise<ServedArchive> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'parley.mjs'), 'serve', '--archive', archivePath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, BROWSER: 'none' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`parley serve exited with ${code}`)));
  });
  return {
    url,
    cpuSeconds: () => processCpuSeconds(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
