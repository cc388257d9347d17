import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { parseCall } from '../../shared/api/calls';
import { IPC } from '../../shared/api/desktop';
import type { CallReply } from '../../shared/api/http-protocol';
import type { CoreHostClient } from './core-host-client';
import { openExternalSafely } from './open-external';
import type { RendererLocation } from './renderer-location';
import { isTrustedSender } from './trusted-sender';

function senderIsTrusted(
  event: IpcMainInvokeEvent,
  trusted: { webContentsId: () => number | null; location: RendererLocation },
): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      webContentsId: event.sender.id,
      frameUrl: frame?.url ?? null,
      // The top frame is the one without a parent.
      isMainFrame: frame !== null && frame.parent === null,
    },
    { webContentsId: trusted.webContentsId(), location: trusted.location },
  );
}

function failure(error: unknown): CallReply {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/**
 * The one door from the page to the backend: sender, then call name, then arguments
 * are checked before anything reaches the core host.
 */
export function registerRpc(options: {
  host: CoreHostClient;
  webContentsId: () => number | null;
  location: RendererLocation;
}): void {
  const refused: CallReply = { ok: false, error: 'Refused: this page may not talk to Parley.' };

  ipcMain.handle(IPC.invoke, async (event, name: unknown, args: unknown): Promise<CallReply> => {
    if (!senderIsTrusted(event, options)) return refused;
    try {
      const call = parseCall(name, args);
      return { ok: true, result: await options.host.invoke(call.name, call.args) };
    } catch (error) {
      return failure(error);
    }
  });

  ipcMain.handle(IPC.openExternal, async (event, url: unknown): Promise<CallReply> => {
    if (!senderIsTrusted(event, options)) return refused;
    try {
      if (await openExternalSafely(url)) return { ok: true, result: null };
      return { ok: false, error: 'Parley opens only web (http, https) and e-mail links.' };
    } catch (error) {
      return failure(error);
    }
  });
}
