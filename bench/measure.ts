// Shared helpers for benchmark scripts: timing and peak memory of this process.
import { readFileSync } from 'node:fs';
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
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
