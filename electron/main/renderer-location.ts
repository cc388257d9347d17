import { pathToFileURL } from 'node:url';

/** Where the app's own page comes from: the built files, or electron-vite's dev server. */
export type RendererLocation =
  | { kind: 'file'; url: string }
  | { kind: 'dev-server'; url: string };

/**
 * The dev server is trusted only in an unpackaged run; a packaged app always loads its
 * own files, whatever the environment says.
 */
export function rendererLocation(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
  indexHtmlPath: string;
}): RendererLocation {
  if (!options.isPackaged && options.devServerUrl) {
    const url = new URL(options.devServerUrl);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopback(url.hostname)) {
      return { kind: 'dev-server', url: url.href };
    }
  }
  return { kind: 'file', url: pathToFileURL(options.indexHtmlPath).href };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

/** Whether a URL is Parley's own page (any hash or query on it, nothing else). */
export function isAppPage(rawUrl: string, location: RendererLocation): boolean {
  const url = URL.canParse(rawUrl) ? new URL(rawUrl) : null;
  if (!url) return false;
  const own = new URL(location.url);
  if (location.kind === 'dev-server') return url.origin === own.origin;
  return url.protocol === 'file:' && url.host === own.host && decodeURI(url.pathname) === decodeURI(own.pathname);
}

/** Whether a request is for one of Parley's own files (the page and what it loads). */
export function isAppResource(rawUrl: string, location: RendererLocation): boolean {
  const url = URL.canParse(rawUrl) ? new URL(rawUrl) : null;
  if (!url) return false;
  const own = new URL(location.url);
  if (location.kind === 'dev-server') return url.origin === own.origin;
  const folder = decodeURI(own.pathname.slice(0, own.pathname.lastIndexOf('/') + 1));
  return url.protocol === 'file:' && url.host === own.host && decodeURI(url.pathname).startsWith(folder);
}
