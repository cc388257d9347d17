// Starts `parley serve` (browser mode) on an archive for benches that time the real renderer and API.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../electron/cli/renderer-build';

export interface ServedArchive {
  url: string;
  /** CPU seconds (user + system) the server process has used so far, read from /proc. */
  cpuSeconds: () => number;
  /**
   * Resolves once the server has settled after starting (its import workers warm up a few seconds
   * in), so that work is not counted against what a bench times: past its start-up delay (3 s),
   * then less than 20 ms of CPU over half a second.
   */
  settled: () => Promise<void>;
  stop: () => Promise<void>;
}

const CLOCK_TICKS = 100;

/** The fields of /proc/PID/stat after the command name (which may hold spaces), or null once the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used: utime and stime are the 12th and 13th fields after its name. */
function processCpuSeconds(pid: number): number {
  const fields = statFields(pid);
  return fields ? (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS : 0;
}

function livePids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/** The first process whose command line holds `marker` (e.g. a browser started with a profile folder of its own). */
export function findProcess(marker: string): number | null {
  for (const pid of livePids()) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) return pid;
    } catch {
      // Gone between the listing and the read.
    }
  }
  return null;
}

/** CPU seconds used so far by a process and every process below it (a browser and its renderers). */
export function processTreeCpuSeconds(root: number): number {
  const parent = new Map<number, number>();
  for (const pid of livePids()) {
    const fields = statFields(pid);
    if (fields) parent.set(pid, Number(fields[1]));
  }
  let total = 0;
  for (const pid of parent.keys()) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += processCpuSeconds(pid);
        break;
      }
    }
  }
  return total;
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
    settled: async () => {
      for (let tries = 0; tries < 240; tries++) {
        const before = processCpuSeconds(child.pid!);
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (tries >= 8 && processCpuSeconds(child.pid!) - before < 0.02) return;
      }
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
