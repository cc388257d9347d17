// The core's thread during a backup of a ~300 MB archive, made on that thread (what a host without
// the worker script does, and what every host did before: the copy in steps, then its sync to disk
// and its quick_check in one go) and on the backup worker, runs interleaved; each backup rotates the
// oldest of a full backup folder out. A library request is made every 20 ms throughout, as a page
// would, and each is timed from when it was due to its answer (the worst is how long the thread was
// held at once); beside it, the backup's wall time and the CPU the core's thread spent on it.
import { closeSync, copyFileSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore } from '../electron/core';
import { backupProblem } from '../electron/core/backup/backup-check';
import { backupFolder, KEEP_BACKUPS } from '../electron/core/backup/backups';
import { builtBackupWorkerPath } from './built';
import { mainThreadCpuMs, POLNEAR_DIR, report } from './measure';
import { readPolnearTexts } from './polnear-texts';
import { backupBenchArchive } from './support/backup-bench-archive';

const RUNS = 4;
const REQUEST_EVERY_MS = 20;
/** What the product asks of a read while work runs. */
const ANSWER_WITHIN_MS = 100;

const texts = readPolnearTexts('train');
if (texts === null) {
  console.log(`backup: skipped: PolNeAR is not at ${fileURLToPath(POLNEAR_DIR)}`);
  process.exit(0);
}

const archivePath = backupBenchArchive(texts);

interface Run {
  worstAnswerMs: number;
  lateAnswers: number;
  answers: number;
  backupMs: number;
  threadCpuMs: number | null;
}

/**
 * A full backup folder, so the new backup's rotation removes one: the oldest a real copy of the
 * archive (what removing it costs is measured), the others links to the archive file.
 */
function fillBackupFolder(): void {
  const folder = backupFolder(archivePath);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const named = (year: number) => join(folder, `${basename(archivePath)}-${year}0101T000000000Z.sqlite`);
  copyFileSync(archivePath, named(2000));
  // On disk before the run, as a day-old backup is, so its write-back is not part of what is timed.
  const fd = openSync(named(2000), 'r');
  fsyncSync(fd);
  closeSync(fd);
  for (let i = 1; i < KEEP_BACKUPS; i++) linkSync(archivePath, named(2000 + i));
}

async function backUpWhileAsked(workerPath: string | null): Promise<Run> {
  fillBackupFolder();
  const core = createCore({ archivePath, backupWorkerPath: workerPath });
  await core.handlers['articles.list']({ limit: 50 });
  const answerMs: number[] = [];
  let asking = true;
  let lastAnswered: (() => void) | null = null;
  let due = performance.now() + REQUEST_EVERY_MS;
  const ask = () => {
    void core.handlers['articles.list']({ limit: 50 }).then(() => {
      answerMs.push(performance.now() - due);
      if (!asking) {
        lastAnswered?.();
        return;
      }
      due += REQUEST_EVERY_MS;
      // A late answer does not pile requests up: the next is due a period after this one was.
      due = Math.max(due, performance.now());
      setTimeout(ask, due - performance.now());
    });
  };
  setTimeout(ask, REQUEST_EVERY_MS);
  const cpuBefore = mainThreadCpuMs();
  const started = performance.now();
  const made = await core.handlers['backups.create']({});
  const backupMs = performance.now() - started;
  const cpuAfter = mainThreadCpuMs();
  // A request that fell due while the thread was held at the very end is answered only now, and
  // counts.
  asking = false;
  await new Promise<void>((resolve) => (lastAnswered = resolve));
  await core.stop();
  if (!made.path.endsWith('.sqlite') || readdirSync(backupFolder(archivePath)).length !== KEEP_BACKUPS) throw new Error('no backup was made, or none was rotated out');
  rmSync(backupFolder(archivePath), { recursive: true, force: true });
  return {
    worstAnswerMs: Math.max(...answerMs),
    lateAnswers: answerMs.filter((ms) => ms > ANSWER_WITHIN_MS).length,
    answers: answerMs.length,
    backupMs,
    threadCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

const modes = { 'on-core-thread': null, 'on-worker': builtBackupWorkerPath() } as const;
const runs: Record<keyof typeof modes, Run[]> = { 'on-core-thread': [], 'on-worker': [] };
const loadBefore = loadavg()[0]!;
// One untimed backup first, so both modes copy from a warm page cache.
await backUpWhileAsked(null);
// The check by itself, for scale: what the thread that runs it spends on it.
const checkStarted = performance.now();
backupProblem(archivePath, null);
const checkMs = performance.now() - checkStarted;
for (let run = 0; run < RUNS; run++) {
  for (const mode of Object.keys(modes) as (keyof typeof modes)[]) runs[mode].push(await backUpWhileAsked(modes[mode]));
}
const loadAfter = loadavg()[0]!;
const archiveMib = Math.round(statSync(archivePath).size / 1024 / 1024);
for (const [mode, results] of Object.entries(runs)) {
  report(`backup ${mode}`, {
    archive_mib: archiveMib,
    runs: results.length,
    worst_answer_ms: results.map((r) => r.worstAnswerMs.toFixed(0)).join('/'),
    answers_over_100ms: results.map((r) => `${r.lateAnswers}of${r.answers}`).join('/'),
    backup_s_median: (median(results.map((r) => r.backupMs)) / 1000).toFixed(2),
    core_thread_cpu_ms_median: results.every((r) => r.threadCpuMs !== null) ? median(results.map((r) => r.threadCpuMs!)) : 'n/a',
  });
}
report('backup check alone', { quick_check_ms: checkMs.toFixed(0), load_1min_before: loadBefore.toFixed(2), load_1min_after: loadAfter.toFixed(2) });
