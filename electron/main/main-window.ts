import { BrowserWindow } from 'electron';
import type { RendererLocation } from './renderer-location';

export function createMainWindow(options: {
  preloadPath: string;
  location: RendererLocation;
  iconPath: string | undefined;
}): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Parley',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f7f5',
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    // Every setting that keeps archive content (untrusted text) away from the machine, written out here
    // where the security audit (npm run audit:electron) can read them.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would open links in new windows; Parley opens none (see web-contents-guards).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.location.url);
  return window;
}
