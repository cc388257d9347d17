import { signatureFormat, formatOfName } from '../sniff-format';
import { looksBinary } from '../text/article-from-text';
import { decodeText } from '../text/decode-text';
import { tooMuchText, type ImportFailure } from '../types';
import type { InflateWatch } from './zip-reader';

/** What decodeText samples to choose an encoding: the same bytes decide it here. */
const HEAD_BYTES = 64 * 1024;
/**
 * The word every news-export boundary line holds (see multi-article-export.ts), as bytes: ASCII in
 * UTF-8 and the single-byte code pages, and with a zero between letters in UTF-16 of either order.
 */
const BOUNDARY_BYTES = Uint8Array.from('document', (c) => c.charCodeAt(0));
const BOUNDARY_UTF16 = Uint8Array.from('d\0o\0c\0u\0m\0e\0n\0t', (c) => c.charCodeAt(0));

/**
 * For a plain text or markdown entry, a watch on its inflation that refuses it as soon as it is
 * certain to be one article over the text limit: the decoded text's length, counted from below as the
 * bytes come, passes `maxChars` while no news-export boundary could yet have split it. The refusal is
 * the one the importer gives after parsing; what it saves is inflating, decoding and scanning the rest.
 *
 * The entry is let through whole (and judged after parsing, as any file) when its first bytes say it
 * is not text after all (a PDF or zip by signature, binary data), or once the word of a boundary line
 * appears. An export whose first document alone passes the limit is refused whole, where after
 * parsing only that document would have been.
 *
 * Null for entries of other formats, which their own parsers bound.
 */
export function textEntryWatch(name: string, maxChars: number): TextLengthWatch | null {
  const format = formatOfName(name);
  if (format !== 'txt' && format !== 'md') return null;
  return new TextLengthWatch(name, maxChars);
}

type Mode = 'undecided' | 'single-byte-or-utf8' | 'utf16' | 'off';

export class TextLengthWatch {
  /** The refusal the watch stopped the inflation with: the entry was read far enough to be judged, not damaged. */
  refusal: ImportFailure | null = null;
  private readonly head = new Uint8Array(HEAD_BYTES);
  private headLength = 0;
  private mode: Mode = 'undecided';
  /** Decoded characters so far, never more than the text will have. */
  private chars = 0;
  private utf16Bytes = 0;
  private matched = 0;
  private sawText = false;

  constructor(
    private readonly name: string,
    private readonly maxChars: number,
  ) {}

  readonly watch: InflateWatch = (chunk) => {
    if (this.mode === 'off') return;
    if (this.mode === 'undecided') {
      const taken = Math.min(chunk.length, HEAD_BYTES - this.headLength);
      this.head.set(chunk.subarray(0, taken), this.headLength);
      this.headLength += taken;
      if (this.headLength < HEAD_BYTES) return;
      this.mode = this.decide();
      if (this.mode === 'off' || this.scan(this.head) === 'off' || this.scan(chunk.subarray(taken)) === 'off') return;
    } else if (this.scan(chunk) === 'off') {
      return;
    }
    if (this.sawText && this.chars > this.maxChars) {
      this.refusal = tooMuchText(this.name, null, this.maxChars);
      throw this.refusal;
    }
  };

  /** Reads the head as the text parser would: only text that decodes as text is watched. */
  private decide(): Mode {
    if (signatureFormat(this.head) !== null) return 'off';
    const { text, encoding } = decodeText(this.head);
    if (looksBinary(text)) return 'off';
    if (encoding === 'utf-16le' || encoding === 'utf-16be') {
      const bom = (this.head[0] === 0xff && this.head[1] === 0xfe) || (this.head[0] === 0xfe && this.head[1] === 0xff);
      this.utf16Bytes = bom ? -2 : 0;
      return 'utf16';
    }
    // A UTF-8 byte-order mark is not part of the text; its first byte would be counted below.
    if (this.head[0] === 0xef && this.head[1] === 0xbb && this.head[2] === 0xbf) this.chars = -1;
    return 'single-byte-or-utf8';
  }

  /** Counts and searches the bytes; 'off' once a boundary word shows the text may be an export. */
  private scan(bytes: Uint8Array): Mode {
    const utf16 = this.mode === 'utf16';
    const pattern = utf16 ? BOUNDARY_UTF16 : BOUNDARY_BYTES;
    let chars = 0;
    let matched = this.matched;
    let sawText = this.sawText;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      // Every byte that does not continue a UTF-8 sequence starts at least one character, whether the
      // bytes turn out to be UTF-8 (malformed sequences included) or a single-byte code page.
      if ((b & 0xc0) !== 0x80) chars++;
      if (b > 0x20) sawText = true;
      const expected = pattern[matched]!;
      // Letters match in either case; the zero bytes of UTF-16 exactly. No byte of the pattern but
      // its first is a "d", so a mismatch can restart only at the byte itself.
      if (expected === 0 ? b === 0 : (b | 0x20) === expected) matched++;
      else matched = (b | 0x20) === pattern[0] ? 1 : 0;
      if (matched === pattern.length) {
        this.mode = 'off';
        return this.mode;
      }
    }
    this.matched = matched;
    this.sawText = sawText;
    if (utf16) {
      this.utf16Bytes += bytes.length;
      this.chars = Math.floor(this.utf16Bytes / 2);
    } else {
      this.chars += chars;
    }
    return this.mode;
  }
}
