import { BrowserWindow, type WebPreferences } from 'electron';
import type { RendererLocation } from './renderer-location';

/** Every setting that keeps archive content (untrusted text) away from the machine. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

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
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.location.url);
  return window;
}
