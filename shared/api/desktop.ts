import type { RawBridge } from './bridge';

/** The name under which the Electron preload exposes the bridge on `window`. */
export const DESKTOP_GLOBAL = 'parley';

/** Everything the preload hands the page: the API bridge and the few OS calls the app needs. */
export interface DesktopBridge extends RawBridge {
  /** Opens an http(s) link in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
}

/** Channel names between preload and main. */
export const IPC = {
  invoke: 'parley:invoke',
  event: 'parley:event',
  openExternal: 'parley:open-external',
} as const;
