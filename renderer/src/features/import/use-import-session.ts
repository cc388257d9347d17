import { useState, useSyncExternalStore } from 'react';
import { api } from '../../api/client';
import { useApiEvent } from '../../api/use-api-event';
import { ImportSession, type ImportState } from './import-session';

export function useImportSession(): { session: ImportSession; state: ImportState } {
  const [session] = useState(() => new ImportSession(api));
  useApiEvent('import.progress', (progress) => session.onProgress(progress));
  useApiEvent('import.finished', (summary) => session.onFinished(summary));
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
