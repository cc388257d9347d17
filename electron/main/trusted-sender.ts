import { isAppPage, type RendererLocation } from './renderer-location';

/** What main knows about whoever sent an IPC message. */
export interface SenderFacts {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame?.url`; null when the frame is gone. */
  frameUrl: string | null;
  /** Whether the sending frame is its page's top frame. */
  isMainFrame: boolean;
}

/**
 * Only the top frame of Parley's own window, showing Parley's own page, may talk to
 * the backend. Anything else (a stray frame, a page that got navigated somewhere,
 * another window) is refused before its message is even parsed.
 */
export function isTrustedSender(
  sender: SenderFacts,
  trusted: { webContentsId: number | null; location: RendererLocation },
): boolean {
  if (trusted.webContentsId === null || sender.webContentsId !== trusted.webContentsId) return false;
  if (!sender.isMainFrame || sender.frameUrl === null) return false;
  return isAppPage(sender.frameUrl, trusted.location);
}
