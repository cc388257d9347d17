import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary, PROJECT_ROOT } from './electron-binary';

/** Parley's desktop app on a fresh profile folder and a fresh archive, as a new user would see it. */
export class ParleyDesktop {
  private constructor(
    readonly app: ElectronApplication,
    readonly window: Page,
    readonly archivePath: string,
    private readonly folder: string,
  ) {}

  static async launch(): Promise<ParleyDesktop> {
    if (!electronBinary) throw new Error('No Electron binary');
    const folder = mkdtempSync(join(tmpdir(), 'parley-desktop-'));
    const archivePath = join(folder, 'archive.sqlite');
    const env = { ...process.env } as Record<string, string>;
    // The built page, never a dev server, and the flags below rather than the user's archive.
    delete env.ELECTRON_RENDERER_URL;
    delete env.PARLEY_ARCHIVE;
    delete env.ELECTRON_RUN_AS_NODE;
    const app = await _electron.launch({
      executablePath: electronBinary,
      args: [PROJECT_ROOT, `--user-data-dir=${join(folder, 'profile')}`, `--archive=${archivePath}`],
      cwd: PROJECT_ROOT,
      env,
    });
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    return new ParleyDesktop(app, window, archivePath, folder);
  }

  /** The main process's settings for the window's page, as Electron applied them. */
  webPreferences(): Promise<Record<string, unknown>> {
    return this.app.evaluate(({ BrowserWindow }) => {
      // Not in Electron's typings, but it is what Electron's own tests read the applied settings from.
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as
        | { getLastWebPreferences?: () => Record<string, unknown> | null }
        | undefined;
      if (typeof contents?.getLastWebPreferences !== 'function') {
        throw new Error('This Electron has no webContents.getLastWebPreferences(); read the settings another way.');
      }
      return JSON.parse(JSON.stringify(contents.getLastWebPreferences() ?? {})) as Record<string, unknown>;
    });
  }

  windowCount(): Promise<number> {
    return this.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
  }

  /** Keeps the links Parley would hand to the OS browser, instead of opening them. */
  async recordExternalLinks(): Promise<() => Promise<string[]>> {
    await this.app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { openedExternally?: string[] }).openedExternally = opened;
      // eslint-disable-next-line no-restricted-properties -- replaced so the test records links instead of opening a browser
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    return () => this.app.evaluate(() => [...((globalThis as { openedExternally?: string[] }).openedExternally ?? [])]);
  }

  /** Records every navigation the page attempts (the guard decides before this sees it). */
  async recordNavigationAttempts(): Promise<() => Promise<string[]>> {
    await this.app.evaluate(({ BrowserWindow }) => {
      const attempts: string[] = [];
      (globalThis as { navigationAttempts?: string[] }).navigationAttempts = attempts;
      BrowserWindow.getAllWindows()[0]?.webContents.on('will-navigate', (details) => {
        attempts.push(details.url);
      });
    });
    return () => this.app.evaluate(() => [...((globalThis as { navigationAttempts?: string[] }).navigationAttempts ?? [])]);
  }

  async close(): Promise<void> {
    await this.app.close();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
