/**
 * Windows-1252 differs from ISO-8859-1 in 0x80–0x9F (curly quotes, dashes, the euro sign). Node 20's
 * TextDecoder('windows-1252') reads those bytes as C1 control characters, so they are mapped here:
 * the one Windows-1252 table in Parley (plain text and RTF both decode through it).
 */
const C1_AS_WINDOWS_1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Latin-1 for every byte, then 0x80–0x9F mapped by Windows-1252's table (the five holes stay as they are). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (ch) => C1_AS_WINDOWS_1252[ch.charCodeAt(0) - 0x80] ?? ch);
}
