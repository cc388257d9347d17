import type { DeskChange } from '../domain/desk';
import type { ImportProgress, ImportSummary } from '../domain/import-job';

/** Everything the backend pushes to the UI, by name. */
export interface ApiEvents {
  'import.progress': ImportProgress;
  'import.finished': ImportSummary;
  /** The archive's articles changed (import, delete): lists should refresh. */
  'archive.changed': { articleCount: number };
  /** The analyst changed statements, tags, actors, topics, notes or metadata (or undid/redid it): open panes refresh. */
  'desk.changed': DeskChange;
  /** The automatic backup was not made (a copy that failed its check is not kept): the analyst should know. */
  'backup.failed': { message: string };
}

export type EventName = keyof ApiEvents;

export const eventNames: readonly EventName[] = ['import.progress', 'import.finished', 'archive.changed', 'desk.changed', 'backup.failed'];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}
