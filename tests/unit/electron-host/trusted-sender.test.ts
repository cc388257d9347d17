import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppPage, isAppResource, rendererLocation } from '../../../electron/main/renderer-location';
import { isTrustedSender } from '../../../electron/main/trusted-sender';

const indexHtml = '/opt/Parley/resources/app.asar/out/renderer/index.html';
const built = rendererLocation({ isPackaged: true, devServerUrl: undefined, indexHtmlPath: indexHtml });
const pageUrl = pathToFileURL(indexHtml).href;

describe('where Parley’s page comes from', () => {
  it('is the built index.html when packaged, even if the environment names a dev server', () => {
    const packaged = rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', indexHtmlPath: indexHtml });
    expect(packaged).toEqual({ kind: 'file', url: pageUrl });
  });

  it('is the dev server in an unpackaged run, but only on this machine', () => {
    const dev = rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', indexHtmlPath: indexHtml });
    expect(dev).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/' });
    const remote = rendererLocation({ isPackaged: false, devServerUrl: 'http://evil.example:5173', indexHtmlPath: indexHtml });
    expect(remote.kind).toBe('file');
  });

  it('recognises its own page with any hash or query, and nothing else', () => {
    expect(isAppPage(pageUrl, built)).toBe(true);
    expect(isAppPage(`${pageUrl}#/articles/3`, built)).toBe(true);
    expect(isAppPage(`${pageUrl}?view=library`, built)).toBe(true);
    expect(isAppPage(pathToFileURL('/opt/Parley/resources/app.asar/out/renderer/other.html').href, built)).toBe(false);
    expect(isAppPage(pathToFileURL('/home/analyst/Downloads/article.html').href, built)).toBe(false);
    expect(isAppPage('https://example.org/', built)).toBe(false);
    expect(isAppPage('not a url', built)).toBe(false);
  });

  it('lets the page load its own assets but no file elsewhere on disk', () => {
    expect(isAppResource(pathToFileURL('/opt/Parley/resources/app.asar/out/renderer/assets/index.js').href, built)).toBe(true);
    expect(isAppResource(pathToFileURL('/opt/Parley/resources/app.asar/out/main/index.js').href, built)).toBe(false);
    expect(isAppResource('file:///etc/passwd', built)).toBe(false);
    expect(isAppResource('https://cdn.example/lib.js', built)).toBe(false);
  });

  it('treats the whole dev server origin as its own, and other ports as foreign', () => {
    const dev = rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', indexHtmlPath: indexHtml });
    expect(isAppPage('http://localhost:5173/#/articles/1', dev)).toBe(true);
    expect(isAppResource('http://localhost:5173/@vite/client', dev)).toBe(true);
    expect(isAppPage('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPage(pageUrl, dev)).toBe(false);
  });
});

describe('who may call the backend', () => {
  const trusted = { webContentsId: 7, location: built };

  it('is the top frame of Parley’s window showing Parley’s page', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: `${pageUrl}#/library`, isMainFrame: true }, trusted)).toBe(true);
  });

  it('is not another window, even one showing the same page', () => {
    expect(isTrustedSender({ webContentsId: 8, frameUrl: pageUrl, isMainFrame: true }, trusted)).toBe(false);
  });

  it('is not a frame inside the page', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: pageUrl, isMainFrame: false }, trusted)).toBe(false);
  });

  it('is not the window once it shows something else, or a frame that is gone', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'https://evil.example/', isMainFrame: true }, trusted)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'file:///tmp/dropped.html', isMainFrame: true }, trusted)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: null, isMainFrame: true }, trusted)).toBe(false);
  });

  it('is nobody while there is no window', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: pageUrl, isMainFrame: true }, { ...trusted, webContentsId: null })).toBe(false);
  });
});
