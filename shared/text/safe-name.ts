/**
 * A file name or path as it may be printed to a terminal or shown in a list: control characters
 * (which could move the cursor, clear the line or forge a line of output) are written as escapes,
 * and bidirectional overrides and isolates (which could make "txt.exe" read as "exe.txt") are shown
 * as their code points instead of taking effect. Everything else is left as it is.
 */
export function safeName(name: string): string {
  return escapeUnsafe(name, false);
}

/**
 * Text of many lines (a briefing) as it may be shown on a terminal: escaped as safeName does, but its
 * line breaks and tabs kept, so it still reads as the document it is.
 */
export function safeTerminalText(text: string): string {
  return escapeUnsafe(text, true);
}

function escapeUnsafe(name: string, keepLayout: boolean): string {
  let out = '';
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0;
    if (keepLayout && (char === '\n' || char === '\t')) out += char;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (isBidiControl(code) || code === 0xfffd) out += code === 0xfffd ? '\\ufffd' : `\\u${code.toString(16).padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

/** LRE, RLE, PDF, LRO, RLO (U+202A–202E), LRI, RLI, FSI, PDI (U+2066–2069), LRM, RLM, ALM. */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f || code === 0x061c;
}
