// Shared helpers for benchmark scripts: timing and peak memory of this process.
import { readdirSync, readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';

export function peakMemoryMiB(): number {
  // maxRSS is reported in kilobytes.
  return Math.round(resourceUsage().maxRSS / 1024);
}

export function report(name: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(([k, v]) => `${k}=${v}`);
  console.log(`${name}: ${parts.join('  ')}  peak_rss_mib=${peakMemoryMiB()}`);
}

export const POLNEAR_DIR = new URL('../../shared/corpora/polnear/', import.meta.url);

/** CPU milliseconds of this process's main thread alone (Linux; 10 ms resolution), or null elsewhere. */
export function mainThreadCpuMs(): number | null {
  return threadCpuMsAt(`/proc/self/task/${process.pid}/stat`);
}

/** CPU milliseconds of the calling thread alone, main or worker (Linux; 10 ms resolution), or null elsewhere. */
export function callingThreadCpuMs(): number | null {
  return threadCpuMsAt('/proc/thread-self/stat');
}

/** CPU milliseconds of each thread of this process by thread id (Linux), or null elsewhere. */
export function threadCpuSnapshot(): Map<number, number> | null {
  try {
    const threads = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      const ms = threadCpuMsAt(`/proc/self/task/${tid}/stat`);
      if (ms !== null) threads.set(Number(tid), ms);
    }
    return threads;
  } catch {
    return null;
  }
}

function threadCpuMsAt(statPath: string): number | null {
  try {
    // utime and stime, in clock ticks of 10 ms, follow the command name in parentheses.
    const fields = readFileSync(statPath, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
