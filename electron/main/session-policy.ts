import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { isAppPage, isAppResource, type RendererLocation } from './renderer-location';

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/**
 * Session-wide rules: Parley never asks for a device, a location or notifications, and
 * never talks to the network (the dev server aside), so all of that is refused here
 * whatever the page tries.
 */
export function applySessionPolicy(session: Session, location: RendererLocation): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  session.webRequest.onBeforeRequest((details, callback) => {
    let protocol: string;
    try {
      protocol = new URL(details.url).protocol;
    } catch {
      callback({ cancel: true });
      return;
    }
    const foreignNetwork = NETWORK_PROTOCOLS.has(protocol) && !isAppResource(details.url, location);
    callback({ cancel: foreignNetwork });
  });

  session.webRequest.onHeadersReceived((details, callback) => {
    const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
    if (!isDocument || !isAppPage(details.url, location)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
