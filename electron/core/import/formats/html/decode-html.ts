import { decodeDeclared, type DecodedText } from '../text/decode-text';

/** Decodes a saved page by its BOM, else the charset its first kilobytes declare, else by detection. */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
  return decodeDeclared(bytes, declared);
}
