import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_GLOBAL, IPC, type DesktopBridge } from '../../shared/api/desktop';
import type { CallReply } from '../../shared/api/http-protocol';

/**
 * Hands the page exactly three functions. No ipcRenderer, no process, no Node: the page
 * only ever sends a call name and arguments, which main checks before anything runs.
 */
const listeners = new Map<string, Set<(payload: unknown) => void>>();

ipcRenderer.on(IPC.event, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`Parley: a listener for ${name} failed`, error);
    }
  }
});

function unwrap(reply: unknown): unknown {
  const answer = reply as CallReply | null;
  if (answer?.ok === true) return answer.result;
  throw new Error(answer?.ok === false ? answer.error : 'Parley sent an unreadable answer.');
}

const bridge: DesktopBridge = {
  invoke: async (name, args) => unwrap(await ipcRenderer.invoke(IPC.invoke, name, args)),
  on: (event, listener) => {
    const forEvent = listeners.get(event) ?? new Set();
    listeners.set(event, forEvent);
    // Wrapped, so unsubscribing one subscription never removes another of the same function.
    const subscription = (payload: unknown) => listener(payload);
    forEvent.add(subscription);
    return () => {
      forEvent.delete(subscription);
    };
  },
  openExternal: async (url) => {
    unwrap(await ipcRenderer.invoke(IPC.openExternal, url));
  },
};

contextBridge.exposeInMainWorld(DESKTOP_GLOBAL, bridge);
