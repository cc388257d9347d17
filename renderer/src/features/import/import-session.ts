import type { ApiBridge } from '../../../../shared/api/bridge';
import type { FileUpload } from '../../../../shared/api/calls';
import type {
  ImportCounts,
  ImportDuplicateReport,
  ImportFailureReport,
  ImportedArticleReport,
  ImportProgress,
  ImportSummary,
} from '../../../../shared/domain/import-job';
import type { PickedFile } from './picked-file';
import { MAX_FILE_BYTES, planBatches } from './plan-batches';

export interface ImportState {
  phase: 'idle' | 'running' | 'finished';
  counts: ImportCounts;
  /** Files known so far; grows while the backend expands folders and archives. */
  queued: number;
  current: string | null;
  cancelling: boolean;
  cancelled: boolean;
  imported: ImportedArticleReport[];
  duplicates: ImportDuplicateReport[];
  failures: ImportFailureReport[];
}

const zeroCounts = (): ImportCounts => ({ processed: 0, imported: 0, duplicates: 0, failed: 0 });

const idle: ImportState = {
  phase: 'idle',
  counts: zeroCounts(),
  queued: 0,
  current: null,
  cancelling: false,
  cancelled: false,
  imported: [],
  duplicates: [],
  failures: [],
};

function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return {
    processed: a.processed + b.processed,
    imported: a.imported + b.imported,
    duplicates: a.duplicates + b.duplicates,
    failed: a.failed + b.failed,
  };
}

/**
 * One import the user started, however many drops feed it: files go to the backend in
 * batches (see planBatches), each batch one backend job, one after another; the counts
 * shown are the sum over the batches. Cancelling stops the running job and skips the
 * batches not yet sent; whatever was imported stays.
 */
export class ImportSession {
  private state: ImportState = idle;
  private readonly listeners = new Set<() => void>();
  private queue: PickedFile[][] = [];
  private running = false;
  private cancelRequested = false;
  private currentJobId: string | null = null;
  /** Counts of finished batches plus files refused before sending. */
  private settled: ImportCounts = zeroCounts();
  private waitingFiles = 0;
  /** Files in the batch the backend is working on; its own count grows only as it reads them. */
  private currentBatchFiles = 0;
  /** Summaries can arrive before the call that started the job has answered. */
  private readonly finishedJobs = new Map<string, ImportSummary>();
  private readonly waiters = new Map<string, (summary: ImportSummary) => void>();

  constructor(private readonly api: ApiBridge) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ImportState => this.state;

  /** Adds files to the running import, or starts one. */
  add(files: readonly PickedFile[], unreadable: readonly { path: string; reason: string }[] = []): void {
    if (files.length === 0 && unreadable.length === 0) return;
    if (!this.running) this.begin();
    const refused: ImportFailureReport[] = unreadable.map((u) => ({ path: u.path, code: 'unreadable', reason: u.reason }));
    const accepted: PickedFile[] = [];
    for (const picked of files) {
      if (picked.file.size > MAX_FILE_BYTES) {
        refused.push({
          path: picked.path,
          code: 'too-large',
          reason: `The file is ${(picked.file.size / 1048576).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1048576} MB are not imported.`,
        });
      } else {
        accepted.push(picked);
      }
    }
    this.fail(refused);
    const batches = planBatches(accepted);
    this.queue.push(...batches);
    this.waitingFiles += accepted.length;
    this.update({ queued: this.state.queued + accepted.length + refused.length });
    if (!this.running) void this.run();
  }

  cancel(): void {
    if (!this.running || this.cancelRequested) return;
    this.cancelRequested = true;
    this.update({ cancelling: true });
    if (this.currentJobId) void this.api.invoke('import.cancel', { jobId: this.currentJobId }).catch(() => undefined);
  }

  dismiss(): void {
    if (this.running) return;
    this.state = idle;
    this.notify();
  }

  onProgress(progress: ImportProgress): void {
    if (progress.jobId !== this.currentJobId) return;
    this.update({
      counts: addCounts(this.settled, progress.counts),
      queued: this.settled.processed + Math.max(progress.queued, this.currentBatchFiles) + this.waitingFiles,
      current: progress.current,
    });
  }

  onFinished(summary: ImportSummary): void {
    const waiter = this.waiters.get(summary.jobId);
    if (waiter) {
      this.waiters.delete(summary.jobId);
      waiter(summary);
    } else {
      this.finishedJobs.set(summary.jobId, summary);
      if (this.finishedJobs.size > 50) this.finishedJobs.delete(this.finishedJobs.keys().next().value!);
    }
  }

  private begin(): void {
    this.cancelRequested = false;
    this.settled = zeroCounts();
    this.waitingFiles = 0;
    this.state = { ...idle, phase: 'running', counts: zeroCounts() };
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      for (let batch = this.queue.shift(); batch; batch = this.queue.shift()) {
        this.waitingFiles -= batch.length;
        if (this.cancelRequested) {
          this.update({ queued: this.state.queued - batch.length });
          continue;
        }
        await this.send(batch);
      }
    } finally {
      this.running = false;
      this.currentJobId = null;
      this.update({ phase: 'finished', current: null, cancelling: false, cancelled: this.cancelRequested });
    }
  }

  private async send(batch: PickedFile[]): Promise<void> {
    const uploads: FileUpload[] = [];
    const refused: ImportFailureReport[] = [];
    for (const picked of batch) {
      try {
        uploads.push({
          name: picked.file.name,
          path: picked.path,
          bytes: new Uint8Array(await picked.file.arrayBuffer()),
          lastModified: picked.file.lastModified || null,
        });
      } catch (error) {
        refused.push({ path: picked.path, code: 'unreadable', reason: `The file could not be read (${String(error)})` });
      }
    }
    this.fail(refused);
    if (uploads.length === 0) return;
    this.currentBatchFiles = uploads.length;
    this.update({ current: uploads[0]?.path ?? null });

    let jobId: string;
    try {
      ({ jobId } = await this.api.invoke('import.files', { files: uploads }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(uploads.map((u) => ({ path: u.path, code: 'not-sent', reason })));
      return;
    }
    this.currentJobId = jobId;
    if (this.cancelRequested) void this.api.invoke('import.cancel', { jobId }).catch(() => undefined);
    const summary = await this.finished(jobId);
    this.currentJobId = null;
    this.currentBatchFiles = 0;
    this.settled = addCounts(this.settled, summary.counts);
    this.update({
      counts: this.settled,
      queued: this.settled.processed + this.waitingFiles,
      imported: [...this.state.imported, ...summary.imported],
      duplicates: [...this.state.duplicates, ...summary.duplicates],
      failures: [...this.state.failures, ...summary.failures],
    });
  }

  private finished(jobId: string): Promise<ImportSummary> {
    const early = this.finishedJobs.get(jobId);
    if (early) {
      this.finishedJobs.delete(jobId);
      return Promise.resolve(early);
    }
    return new Promise((resolve) => this.waiters.set(jobId, resolve));
  }

  /** Files refused before reaching the backend still count and are listed with their reason. */
  private fail(failures: ImportFailureReport[]): void {
    if (failures.length === 0) return;
    this.settled = {
      ...this.settled,
      processed: this.settled.processed + failures.length,
      failed: this.settled.failed + failures.length,
    };
    this.update({
      counts: addCounts(this.state.counts, { processed: failures.length, imported: 0, duplicates: 0, failed: failures.length }),
      failures: [...this.state.failures, ...failures],
    });
  }

  private update(patch: Partial<ImportState>): void {
    this.state = { ...this.state, ...patch };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
