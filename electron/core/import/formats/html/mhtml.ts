import { ImportFailure } from '../types';

/** The page inside a saved MHTML file: its HTML, decoded, and the address it was saved from. */
export interface MhtmlPage {
  html: string;
  location: string | null;
}

function headerText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value.trim() || null;
  return null;
}

/**
 * The text/html part of an MHTML (multipart/related) file, read with mailparser: it undoes the
 * part's transfer encoding (quoted-printable, base64) and applies the charset the part declares
 * (UTF-8 when it declares none, as browsers save MHTML).
 */
export async function readMhtml(bytes: Uint8Array, name: string): Promise<MhtmlPage> {
  // Loaded on first use, like the other heavy parsers.
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    skipHtmlToText: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
    keepCidLinks: true,
  });
  if (typeof mail.html !== 'string') throw new ImportFailure('no-article-text', `${name} has no HTML page inside (no text/html part)`);
  return {
    html: mail.html,
    location: headerText(mail.headers.get('snapshot-content-location')) ?? headerText(mail.headers.get('content-location')),
  };
}
