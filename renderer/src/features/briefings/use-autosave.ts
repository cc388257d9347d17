import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefingDoc, BriefingSummary } from '../../../../shared/domain/briefings';
import { api, errorMessage } from '../../api/client';

const QUIET_MS = 700;

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string };

/**
 * Saves the briefing a moment after the typing stops, one save at a time; a change made while a
 * save runs is saved right after it. Leaving the briefing saves at once.
 */
export function useAutosave(briefingId: number, savedAt: string, onSaved: (summary: BriefingSummary) => void) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: savedAt });
  const latest = useRef<BriefingDoc | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  }, [onSaved]);

  const saveOnce = useCallback((body: BriefingDoc): Promise<void> => {
    setStatus({ kind: 'saving' });
    return api.invoke('briefings.save', { id: briefingId, body }).then(
      (summary) => {
        saved.current(summary);
        setStatus(latest.current ? { kind: 'pending' } : { kind: 'saved', at: summary.updatedAt });
      },
      (error: unknown) => {
        // Keep the unsaved text so a retry (or the next keystroke) saves it.
        latest.current ??= body;
        setStatus({ kind: 'failed', message: errorMessage(error) });
        throw error;
      },
    );
  }, [briefingId]);

  /** Saves what is unsaved now, after any save already running; resolves when all of it is saved. */
  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    for (;;) {
      if (running.current) {
        await running.current.catch(() => undefined);
        continue;
      }
      const body = latest.current;
      if (!body) return;
      latest.current = null;
      const run = saveOnce(body);
      running.current = run;
      try {
        await run;
      } finally {
        running.current = null;
      }
    }
  }, [saveOnce]);

  const schedule = useCallback(
    (doc: BriefingDoc) => {
      latest.current = doc;
      setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow().catch(() => undefined), QUIET_MS);
    },
    [saveNow],
  );

  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current) return;
      void saveNow().catch(() => undefined);
      event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      void saveNow().catch(() => undefined);
    };
  }, [saveNow]);

  /** Forgets unsaved changes (the briefing is being deleted). */
  const discard = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current = null;
  }, []);

  return { status, schedule, saveNow, discard };
}
