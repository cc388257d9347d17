import type { ArticleFormat } from '../../../../shared/domain/article';

const EXTENSION_FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.mhtml': 'mhtml', '.mht': 'mhtml',
  '.pdf': 'pdf', '.docx': 'docx', '.odt': 'odt', '.rtf': 'rtf', '.eml': 'eml', '.mbox': 'mbox',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.csv': 'csv', '.tsv': 'csv', '.zip': 'zip',
};
// Formats whose files are binary and carry a signature: content that contradicts the name wins.
const SIGNED: ReadonlySet<ArticleFormat> = new Set(['pdf', 'docx', 'odt', 'zip', 'rtf']);

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot > name.lastIndexOf('/') ? name.slice(dot).toLowerCase() : '';
}

/** The format a file's name alone announces, before any of its bytes are seen. */
export function formatOfName(name: string): ArticleFormat | null {
  return EXTENSION_FORMATS[extensionOf(name)] ?? null;
}

function startsWith(bytes: Uint8Array, signature: string, at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[at + i] !== signature.charCodeAt(i)) return false;
  return true;
}

function contains(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}

/** A format recognised by the file's first bytes alone, when they carry a signature. */
export function signatureFormat(bytes: Uint8Array): ArticleFormat | null {
  // A PDF may start with some junk; the header must be within the first kilobyte.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')) {
    if (startsWith(bytes, 'mimetypeapplication/vnd.oasis.opendocument.text', 30)) return 'odt';
    if (contains(bytes, 'word/document.xml')) return 'docx';
    return 'zip';
  }
  if (startsWith(bytes, '{\\rtf')) return 'rtf';
  return null;
}

/** The format text content reveals when its name says nothing: a page, a mail, JSON, or plain text. */
function textualFormat(bytes: Uint8Array): ArticleFormat | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const start = head.trimStart();
  if (/^From [^\r\n]*\r?\n/.test(head)) return 'mbox';
  if (/^MIME-Version:/im.test(head) && /Content-Type:\s*multipart\/related/i.test(head)) return 'mhtml';
  if (/^(?:Received|Return-Path|Message-ID|From|Date|Subject|MIME-Version|Delivered-To):[^\r\n]*\r?\n(?:[\w-]+:|[ \t])/i.test(head)) return 'eml';
  if (/^<(?:!doctype html|html|head|body)\b/i.test(start)) return 'html';
  if (/^[[{]/.test(start)) return /^\{[^\n]*\}\s*\r?\n\s*\{/.test(start) ? 'jsonl' : 'json';
  return 'txt';
}

/**
 * The format to parse a file as: its extension, unless its bytes say otherwise. A binary signature
 * beats any name (a PDF named .txt is a PDF); a file named as binary without its signature is read
 * by its content; a text file stays what its name says (HTML saved as .txt is text). Null when
 * neither the name nor the content is a format Parley reads.
 */
export function detectFormat(name: string, bytes: Uint8Array): ArticleFormat | null {
  const byName = formatOfName(name);
  const bySignature = signatureFormat(bytes);
  if (bySignature) {
    // A docx or odt is a zip too; the name may be more precise than the signature.
    if (bySignature === 'zip' && (byName === 'docx' || byName === 'odt')) return byName;
    return bySignature;
  }
  if (byName && !SIGNED.has(byName)) return byName;
  if (byName === 'rtf') return 'rtf';
  if (byName === null && extensionOf(name) !== '') return looksLikeText(bytes) && textualFormat(bytes) !== 'txt' ? textualFormat(bytes) : null;
  return looksLikeText(bytes) ? textualFormat(bytes) : byName;
}

/** Text has no NUL bytes (unless it is UTF-16) and few control codes in its first kilobytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let controls = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) zeros++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) controls++;
  }
  if (zeros > 0) return zeros > n / 4 && controls < n / 50; // UTF-16: every other byte is zero
  return controls <= n / 50;
}
