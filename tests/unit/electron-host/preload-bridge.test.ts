import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DESKTOP_GLOBAL, IPC, type DesktopBridge } from '../../../shared/api/desktop';

// The preload runs only inside Electron; here its two Electron dependencies are stand-ins
// that record what it hands the page and let the test play the main process.
const exposed = new Map<string, unknown>();
const eventHandlers: ((event: unknown, ...args: unknown[]) => void)[] = [];
const mainProcess = { answer: async (_channel: string, ..._args: unknown[]): Promise<unknown> => null };

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => mainProcess.answer(channel, ...args),
    on: (channel: string, handler: (event: unknown, ...args: unknown[]) => void) => {
      if (channel === IPC.event) eventHandlers.push(handler);
    },
  },
}));

let bridge: DesktopBridge;
beforeAll(async () => {
  await import('../../../electron/preload');
  bridge = exposed.get(DESKTOP_GLOBAL) as DesktopBridge;
});

const pushEvent = (name: string, payload: unknown) => {
  for (const handler of eventHandlers) handler({ sender: 'ipc internals the page must never see' }, name, payload);
};

describe('what the preload hands the page', () => {
  it('is one object under window.parley with exactly invoke, on and openExternal', () => {
    expect([...exposed.keys()]).toEqual([DESKTOP_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'openExternal']);
  });

  it('sends a call over the one invoke channel and returns the answer', async () => {
    const seen: unknown[][] = [];
    mainProcess.answer = async (...args) => {
      seen.push(args);
      return { ok: true, result: { articleCount: 3 } };
    };
    await expect(bridge.invoke('archive.info', {})).resolves.toEqual({ articleCount: 3 });
    expect(seen).toEqual([[IPC.invoke, 'archive.info', {}]]);
  });

  it('turns a refusal from main into an Error the page can show', async () => {
    mainProcess.answer = async () => ({ ok: false, error: 'Unknown call: system.exec' });
    await expect(bridge.invoke('system.exec', {})).rejects.toThrow('Unknown call: system.exec');
    mainProcess.answer = async () => undefined;
    await expect(bridge.invoke('archive.info', {})).rejects.toThrow(/unreadable answer/);
  });

  it('asks main to open links, and reports a refused one', async () => {
    const seen: unknown[][] = [];
    mainProcess.answer = async (...args) => {
      seen.push(args);
      return args[1] === 'https://example.org/' ? { ok: true, result: null } : { ok: false, error: 'refused' };
    };
    await expect(bridge.openExternal('https://example.org/')).resolves.toBeUndefined();
    await expect(bridge.openExternal('file:///etc/passwd')).rejects.toThrow('refused');
    expect(seen.map((args) => args[0])).toEqual([IPC.openExternal, IPC.openExternal]);
  });

  it('delivers pushed events by name, payload only, until unsubscribed', () => {
    const progress: unknown[] = [];
    const changed: unknown[][] = [];
    const stop = bridge.on('import.progress', (payload) => progress.push(payload));
    bridge.on('archive.changed', (...args) => changed.push(args));

    pushEvent('import.progress', { counts: { processed: 1 } });
    pushEvent('archive.changed', { articleCount: 1 });
    stop();
    pushEvent('import.progress', { counts: { processed: 2 } });

    expect(progress).toEqual([{ counts: { processed: 1 } }]);
    expect(changed).toEqual([[{ articleCount: 1 }]]);
  });

  it('keeps delivering to other listeners when one throws, and unsubscribes only its own subscription', () => {
    const received: string[] = [];
    const listener = () => received.push('shared');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    bridge.on('import.finished', () => {
      throw new Error('broken listener');
    });
    const first = bridge.on('import.finished', listener);
    bridge.on('import.finished', listener);
    first();
    pushEvent('import.finished', {});
    expect(received).toEqual(['shared']);
  });
});
