import { useEffect, useEffectEvent } from 'react';
import { api } from './client';

const WHILE_IMPORTING_MS = 1000;

/**
 * Calls back when the archive's articles change: at once on `archive.changed`, and at
 * most once a second while an import is adding articles, so lists grow as it runs.
 */
export function useArchiveChanges(onChange: () => void): void {
  const changed = useEffectEvent(onChange);

  useEffect(() => {
    const importedSoFar = new Map<string, number>();
    let lastCall = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const call = () => {
      timer = null;
      lastCall = performance.now();
      changed();
    };
    const offChanged = api.on('archive.changed', () => {
      if (timer) clearTimeout(timer);
      call();
    });
    const offFinished = api.on('import.finished', (summary) => importedSoFar.delete(summary.jobId));
    const offProgress = api.on('import.progress', (progress) => {
      if (progress.counts.imported <= (importedSoFar.get(progress.jobId) ?? 0)) return;
      importedSoFar.set(progress.jobId, progress.counts.imported);
      if (timer) return;
      const wait = Math.max(0, lastCall + WHILE_IMPORTING_MS - performance.now());
      timer = setTimeout(call, wait);
    });
    return () => {
      offChanged();
      offFinished();
      offProgress();
      if (timer) clearTimeout(timer);
    };
  }, []);
}
