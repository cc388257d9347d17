import { expect, test } from '@playwright/test';
import { electronBinary, NO_ELECTRON } from './electron-binary';
import { ParleyDesktop } from './parley-desktop';

// Page functions run in the window; these are the few browser globals they touch.
type Bridge = { invoke(name: string, args: unknown): Promise<unknown> };
type PageGlobals = {
  parley: Bridge;
  open(url: string): unknown;
  location: { href: string };
  Notification: { requestPermission(): Promise<string> };
};

test.skip(!electronBinary, NO_ELECTRON);

let parley: ParleyDesktop;
test.beforeEach(async () => {
  parley = await ParleyDesktop.launch();
});
test.afterEach(async () => {
  await parley?.close();
});

test('the window keeps the page isolated from Node and from Electron', async () => {
  const prefs = await parley.webPreferences();
  expect(prefs).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
  });
});

test('the page sees the Parley bridge and nothing else of the desktop', async () => {
  const seen = await parley.window.evaluate(() => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const bridge = scope.parley as Record<string, unknown>;
    return {
      bridgeKeys: Object.keys(bridge).sort(),
      bridgeTypes: Object.values(bridge).map((value) => typeof value),
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      Buffer: typeof scope.Buffer,
      ipcRenderer: typeof scope.ipcRenderer,
      electron: typeof scope.electron,
    };
  });
  expect(seen).toEqual({
    bridgeKeys: ['invoke', 'on', 'openExternal'],
    bridgeTypes: ['function', 'function', 'function'],
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
  });
});

test('the page reaches its own archive through the bridge, and bad calls are refused before the core', async () => {
  const info = await parley.window.evaluate(() =>
    (globalThis as unknown as PageGlobals).parley.invoke('archive.info', {}),
  );
  expect(info).toMatchObject({ path: parley.archivePath, articleCount: 0 });

  const answer = (name: string, args: unknown) =>
    parley.window.evaluate(
      ([callName, callArgs]) =>
        (globalThis as unknown as PageGlobals).parley
          .invoke(callName, callArgs)
          .then(() => 'answered', (error: Error) => error.message),
      [name, args] as const,
    );
  expect(await answer('system.exec', { command: 'id' })).toMatch(/Unknown call/);
  expect(await answer('articles.list', { offset: -1, limit: 5 })).toMatch(/Invalid arguments for articles\.list/);
});

test('window.open never opens a window; web links go to the browser, other schemes nowhere', async () => {
  const openedExternally = await parley.recordExternalLinks();
  const results = await parley.window.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    return [
      page.open('https://example.org/briefing') === null,
      page.open('file:///etc/passwd') === null,
      page.open('javascript:void(0)') === null,
    ];
  });
  expect(results).toEqual([true, true, true]);
  await expect.poll(openedExternally).toEqual(['https://example.org/briefing']);
  expect(await parley.windowCount()).toBe(1);
});

test('the page cannot navigate away from Parley', async () => {
  const ownUrl = parley.window.url();
  const attempts = await parley.recordNavigationAttempts();
  await parley.window.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.org/phishing';
  });
  await expect.poll(attempts).toEqual(['https://example.org/phishing']);
  expect(parley.window.url()).toBe(ownUrl);
  expect(await parley.window.evaluate(() => typeof (globalThis as unknown as PageGlobals).parley)).toBe('object');
});

test('the page is refused every permission it asks for', async () => {
  const decision = await parley.window.evaluate(() =>
    (globalThis as unknown as PageGlobals).Notification.requestPermission(),
  );
  expect(decision).toBe('denied');
});
