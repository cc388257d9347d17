import type { WebContents } from 'electron';
import { openExternalSafely } from './open-external';

/**
 * Applied to every web contents Electron creates: Parley's page never leaves itself,
 * never opens windows and never hosts <webview>s. Links meant for the browser go
 * through the one checked external-link function.
 */
export function guardWebContents(contents: WebContents, isAppPage: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPage(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url).catch(() => undefined);
    return { action: 'deny' };
  });
}
