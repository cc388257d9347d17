import type { ApiBridge, RawBridge } from '../../../shared/api/bridge';
import { DESKTOP_GLOBAL, type DesktopBridge } from '../../../shared/api/desktop';
import { ConnectionMonitor } from './connection-state';
import { createHttpTransport, takeSessionToken } from './http-transport';
import { typedBridge } from './typed-bridge';

function findDesktopBridge(): DesktopBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[DESKTOP_GLOBAL];
  if (candidate && typeof candidate === 'object' && typeof (candidate as RawBridge).invoke === 'function') {
    return candidate as DesktopBridge;
  }
  return null;
}

const desktop = findDesktopBridge();

/** Pushed events: always connected in the desktop app, watched in browser mode. */
export const connection = new ConnectionMonitor(desktop ? 'connected' : 'connecting');

/** The one way the UI talks to the backend, chosen once when the page loads. */
export const api: ApiBridge = typedBridge(
  desktop ?? createHttpTransport(takeSessionToken(), connection),
);

/** Opens an http(s) link outside Parley: through the desktop app's guard, or a new tab without opener. */
export function openExternal(url: string): void {
  if (!/^https?:\/\//i.test(url)) return;
  if (desktop) {
    void desktop.openExternal(url);
  } else {
    window.open(url, '_blank', 'noopener,noreferrer');
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
