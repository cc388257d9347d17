import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import type { ApiEvents } from '../../../shared/api/events';
import { useTempDir } from '../../support/temp-dir';

export const ENVOYS = [
  'Envoys meet',
  '',
  'Foreign Minister Anna Berg said, “We will not accept any deal that breaks the embargo.”',
  '',
  'Defence Minister Lars Holm said, “Our forces stay on alert until the talks end.”',
  '',
  'Trade Minister Eva Lind said, “Tariffs will fall next year if the talks succeed.”',
  '',
].join('\n');

export interface DeskFixture {
  core(): Core;
  /** Imports texts by file name; returns article ids by file name. */
  importTexts(files: Record<string, string>): Promise<Record<string, number>>;
  /** Closes the archive and opens it again, as a restart would. */
  reopen(): Core;
  events: { name: string; payload: unknown }[];
  deskChanges(): ApiEvents['desk.changed'][];
}

/** A real archive in a temporary folder, closed after each test. */
export function useDesk(): DeskFixture {
  const tempDir = useTempDir();
  let current: Core | null = null;
  let path = '';
  const events: { name: string; payload: unknown }[] = [];
  afterEach(() => {
    current?.close();
    current = null;
    path = '';
    events.length = 0;
  });
  const open = () => {
    current = createCore({ archivePath: path });
    current.events.on((name, payload) => events.push({ name, payload }));
    return current;
  };
  const fixture: DeskFixture = {
    core() {
      if (current) return current;
      path = join(tempDir(), 'archive.sqlite');
      return open();
    },
    async importTexts(files) {
      const core = fixture.core();
      const done = new Promise<ApiEvents['import.finished']>((resolve) =>
        core.events.on((name, payload) => name === 'import.finished' && resolve(payload as ApiEvents['import.finished'])),
      );
      await core.handlers['import.files']({
        files: Object.entries(files).map(([name, text]) => ({ name, path: name, bytes: new TextEncoder().encode(text), lastModified: null })),
      });
      const summary = await done;
      if (summary.failures.length > 0) throw new Error(JSON.stringify(summary.failures));
      const ids: Record<string, number> = {};
      for (const imported of summary.imported) ids[imported.path] = imported.articleId;
      return ids;
    },
    reopen() {
      current?.close();
      return open();
    },
    events,
    deskChanges: () => events.filter((e) => e.name === 'desk.changed').map((e) => e.payload as ApiEvents['desk.changed']),
  };
  return fixture;
}
