import { ImportFailure } from '../types';

/** The page inside a saved MHTML file: its HTML part's bytes, declared charset and address. */
export interface MhtmlPage {
  html: Uint8Array;
  charset: string | null;
  location: string | null;
}

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/**
 * Finds the text/html part of an MHTML (multipart/related) file and decodes its transfer encoding
 * (quoted-printable or base64). The file is read as Latin-1 so every byte survives until the part's
 * own charset is applied.
 */
export function readMhtml(bytes: Uint8Array, name: string): MhtmlPage {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitPart(raw);
  const contentType = top.headers.get('content-type') ?? '';
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(contentType)?.[1];
  const parts = boundary ? splitMultipart(top.body, boundary) : [top];
  const html = parts.find((part) => /^\s*text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  if (!html) throw new ImportFailure('no-article-text', `${name} has no HTML page inside (no text/html part)`);
  const type = html.headers.get('content-type') ?? '';
  const charset = /charset\s*=\s*"?([^";\s]+)"?/i.exec(type)?.[1] ?? null;
  const encoding = (html.headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  return {
    html: decodeTransfer(html.body, encoding),
    charset,
    location: html.headers.get('content-location')?.trim() || top.headers.get('snapshot-content-location')?.trim() || null,
  };
}

function splitPart(raw: string): MimePart {
  const match = /\r?\n\r?\n/.exec(raw);
  const headerText = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  // Folded header lines continue on lines that start with white space.
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) {
      const key = line.slice(0, colon).trim().toLowerCase();
      if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
    }
  }
  return { headers, body };
}

function splitMultipart(body: string, boundary: string): MimePart[] {
  const delimiter = `--${boundary}`;
  const parts: MimePart[] = [];
  const chunks = body.split(delimiter);
  for (let i = 1; i < chunks.length; i++) {
    const chunk = chunks[i] ?? '';
    if (chunk.startsWith('--')) break;
    parts.push(splitPart(chunk.replace(/^[ \t]*\r?\n/, '')));
  }
  return parts;
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  if (encoding === 'base64') return Uint8Array.from(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return Uint8Array.from(Buffer.from(body, 'latin1'));
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3d) {
      const next = body.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        out[n++] = parseInt(next, 16);
        i += 2;
        continue;
      }
      // A soft line break: "=" at the end of a line joins it to the next.
      const soft = /^=[ \t]*\r?\n/.exec(body.slice(i, i + 80));
      if (soft) {
        i += soft[0].length - 1;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}
