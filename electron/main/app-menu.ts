import { Menu, dialog, shell, type BrowserWindow, type MenuItemConstructorOptions, type OpenDialogOptions } from 'electron';

export interface AppMenuActions {
  /** Imports files and folders chosen on this machine. */
  importPaths(paths: string[]): void;
  archivePath: string;
  window(): BrowserWindow | null;
  backUpNow(): void;
  restore(): void;
}

async function chooseAndImport(actions: AppMenuActions, what: 'files' | 'folder' | 'both'): Promise<void> {
  const properties: OpenDialogOptions['properties'] =
    what === 'files'
      ? ['openFile', 'multiSelections']
      : what === 'folder'
        ? ['openDirectory', 'multiSelections']
        : ['openFile', 'openDirectory', 'multiSelections'];
  const options: OpenDialogOptions = {
    title: what === 'folder' ? 'Import a folder of articles' : 'Import articles',
    buttonLabel: 'Import',
    properties,
  };
  const window = actions.window();
  const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (!chosen.canceled && chosen.filePaths.length > 0) actions.importPaths(chosen.filePaths);
}

/**
 * File → Import… and the standard Edit, View, Window and Help menus. Only macOS's
 * dialog can pick files and folders at once, so elsewhere there are two Import items.
 */
export function installAppMenu(actions: AppMenuActions, platform: NodeJS.Platform = process.platform): void {
  const isMac = platform === 'darwin';
  const importItems: MenuItemConstructorOptions[] = isMac
    ? [{ label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void chooseAndImport(actions, 'both') }]
    : [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => void chooseAndImport(actions, 'files') },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => void chooseAndImport(actions, 'folder'),
        },
      ];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        ...importItems,
        { type: 'separator' },
        { label: 'Back Up Now', click: () => actions.backUpNow() },
        { label: 'Restore Backup…', click: () => actions.restore() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Show Archive File',
          click: () => shell.showItemInFolder(actions.archivePath),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
