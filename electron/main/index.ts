import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, session, type BrowserWindow } from 'electron';
import { IPC } from '../../shared/api/desktop';
import { installAppMenu } from './app-menu';
import { backUpNow, restoreFromBackup } from './backup-actions';
import { ArchiveOpenError, CoreHostClient } from './core-host-client';
import { launchOptions } from './launch-options';
import { createMainWindow } from './main-window';
import { nativeBindingPath } from './native-binding';
import { isAppPage, rendererLocation } from './renderer-location';
import { registerRpc } from './rpc';
import { applySessionPolicy } from './session-policy';
import { guardWebContents } from './web-contents-guards';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const APP_NAME = 'Parley';

app.setName(APP_NAME);
const options = launchOptions({
  argv: process.argv,
  env: process.env,
  cwd: process.cwd(),
  // Named explicitly: the unpackaged app would otherwise use package.json's lower-case name.
  userDataDir: (override) => override ?? join(app.getPath('appData'), APP_NAME),
});
app.setPath('userData', options.userDataDir ?? join(app.getPath('appData'), APP_NAME));
app.enableSandbox();

const location = rendererLocation({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  indexHtmlPath: here('../renderer/index.html'),
});
const ownPage = (url: string) => isAppPage(url, location);

let mainWindow: BrowserWindow | null = null;
let host: CoreHostClient | null = null;
let hostStopped = false;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const iconPath = app.isPackaged ? join(process.resourcesPath, 'icon.png') : join(app.getAppPath(), 'resources', 'icon.png');
  mainWindow = createMainWindow({
    preloadPath: here('../preload/index.cjs'),
    location,
    iconPath: existsSync(iconPath) ? iconPath : undefined,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function failAndQuit(title: string, detail: string): void {
  dialog.showErrorBox(title, detail);
  app.exit(1);
}

function describeOpenFailure(error: unknown): string {
  const message = error instanceof ArchiveOpenError ? error.detail.message : String(error);
  return `${options.archivePath}\n\n${message}`;
}

async function importChosenPaths(paths: string[]): Promise<void> {
  if (!host) return;
  try {
    await host.importPaths(paths);
  } catch (error) {
    const window = mainWindow;
    const box = { type: 'error' as const, message: 'Parley could not start the import.', detail: String(error) };
    await (window ? dialog.showMessageBox(window, box) : dialog.showMessageBox(box));
  }
}

function restoreOptions(latestOnly: boolean) {
  const binding = nativeBindingPath({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
  return {
    archivePath: options.archivePath,
    nativeBinding: binding.exists ? binding.path : null,
    // Bundled beside this file, as for the archive process.
    backupWorkerPath: here('./backup-worker.js'),
    window: mainWindow,
    latestOnly,
    stopHost: async () => {
      const stopping = host;
      host = null;
      await stopping?.stop();
      hostStopped = true;
    },
  };
}

function startCoreHost(): CoreHostClient | null {
  const binding = nativeBindingPath({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  });
  if (!binding.exists) {
    failAndQuit(
      'Parley is missing its database module',
      `better-sqlite3 built for Electron was not found at\n${binding.path}\n\nRun “npm run build:native:electron”, then start Parley again.`,
    );
    return null;
  }
  const client = new CoreHostClient({
    modulePath: here('./core-host.js'),
    archivePath: options.archivePath,
    nativeBinding: binding.path,
  });
  client.onEvent((event, payload) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC.event, event, payload);
  });
  client.start().catch(async (error: unknown) => {
    // A damaged archive: offer its latest backup (the damaged file is kept, renamed) before giving up.
    if (error instanceof ArchiveOpenError && error.detail.name === 'ArchiveDamagedError') {
      if (await restoreFromBackup(restoreOptions(true))) return;
    }
    failAndQuit('Parley cannot open this archive', describeOpenFailure(error));
  });
  return client;
}

if (!app.requestSingleInstanceLock()) {
  // Another Parley already has this profile open: it shows its window (below) and we leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (app.isReady() && host) showMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, ownPage));

  app.whenReady().then(() => {
    applySessionPolicy(session.defaultSession, location);
    host = startCoreHost();
    if (!host) return;
    const running = host;
    registerRpc({
      host: running,
      location,
      webContentsId: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : null),
    });
    installAppMenu({
      archivePath: options.archivePath,
      window: () => mainWindow,
      importPaths: (paths) => void importChosenPaths(paths),
      backUpNow: () => void backUpNow(host, mainWindow),
      restore: () => void restoreFromBackup(restoreOptions(false)),
    });
    showMainWindow();
    app.on('activate', () => showMainWindow());
  }, (error: unknown) => failAndQuit('Parley could not start', String(error)));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (!host || hostStopped) return;
    // Let the archive close cleanly before the process ends.
    event.preventDefault();
    const stopping = host;
    host = null;
    void stopping.stop().finally(() => {
      hostStopped = true;
      app.quit();
    });
  });
}
