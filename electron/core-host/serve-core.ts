import { isCallName } from '../../shared/api/calls';
import type { Core, CoreOptions } from '../core';
import { isHostRequest, toHostError, type HostReply } from './protocol';

/** The two things the host needs from whatever carries its messages (Electron's parentPort, or a test's IPC). */
export interface HostPort {
  onMessage(listener: (data: unknown) => void): void;
  postMessage(message: HostReply): void;
}

const WARM_UP_DELAY_MS = 2_000;

export type OpenCore = (options: CoreOptions) => Core | Promise<Core>;

/**
 * Answers calls against one core. Arguments were already checked by main (`parseCall`);
 * the name is looked up again so nothing but a real handler can ever run here.
 */
export function serveCore(port: HostPort, openCore: OpenCore, exit: (code: number) => void): void {
  let core: Core | null = null;
  let starting = false;

  const post = (message: HostReply): void => {
    try {
      port.postMessage(message);
    } catch (error) {
      // A result that cannot be cloned still gets an answer, or the caller would wait forever.
      if (message.kind === 'result') {
        port.postMessage({ kind: 'result', id: message.id, ok: false, error: toHostError(error) });
      }
    }
  };

  const start = async (archivePath: string, nativeBinding: string | null): Promise<void> => {
    starting = true;
    try {
      core = await openCore(nativeBinding ? { archivePath, nativeBinding } : { archivePath });
    } catch (error) {
      post({ kind: 'failed', error: toHostError(error) });
      return;
    }
    core.events.on((event, payload) => post({ kind: 'event', event, payload }));
    post({ kind: 'ready', archivePath });
    // Once the window has had its turn at start-up, so the first drop finds the importers loaded.
    setTimeout(() => {
      void core?.warmUp();
      void core?.backupIfDue().catch(() => undefined);
    }, WARM_UP_DELAY_MS).unref();
  };

  const call = async (id: number, name: string, args: unknown): Promise<void> => {
    if (!core) {
      post({ kind: 'result', id, ok: false, error: { name: 'Error', message: 'The archive is not open.' } });
      return;
    }
    if (!isCallName(name)) {
      post({ kind: 'result', id, ok: false, error: { name: 'ApiRequestError', message: `Unknown call: ${name}` } });
      return;
    }
    try {
      const handler = core.handlers[name] as (args: unknown) => Promise<unknown>;
      post({ kind: 'result', id, ok: true, result: await handler(args) });
    } catch (error) {
      post({ kind: 'result', id, ok: false, error: toHostError(error) });
    }
  };

  port.onMessage((data) => {
    if (!isHostRequest(data)) return;
    switch (data.kind) {
      case 'start':
        if (!starting) void start(data.archivePath, data.nativeBinding);
        return;
      case 'call':
        void call(data.id, data.name, data.args);
        return;
      case 'importPaths':
        if (!core) post({ kind: 'result', id: data.id, ok: false, error: { name: 'Error', message: 'The archive is not open.' } });
        else post({ kind: 'result', id: data.id, ok: true, result: { jobId: core.importPaths(data.paths).jobId } });
        return;
      case 'stop': {
        // A running import stops at its next slice, keeping what it committed.
        const stopping = core;
        core = null;
        void (stopping ? stopping.stop() : Promise.resolve()).finally(() => {
          post({ kind: 'stopped' });
          exit(0);
        });
      }
    }
  });
}
