import type { ImportProgress, ImportSummary } from '../domain/import-job';

/** Everything the backend pushes to the UI, by name. */
export interface ApiEvents {
  'import.progress': ImportProgress;
  'import.finished': ImportSummary;
  /** The archive's articles changed (import, delete): lists should refresh. */
  'archive.changed': { articleCount: number };
}

export type EventName = keyof ApiEvents;

export const eventNames: readonly EventName[] = ['import.progress', 'import.finished', 'archive.changed'];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
