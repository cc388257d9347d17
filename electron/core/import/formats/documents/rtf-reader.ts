/**
 * A small RTF reader: enough of the RTF 1.9 specification to get an article's text out of what Word,
 * WordPad, LibreOffice and news databases write. Control words, groups, `\'hh` bytes decoded with the
 * document's code page (or the current font's charset), `\uN` Unicode escapes with their fallback
 * characters skipped (`\ucN`), `\binN` data skipped, ignorable `\*` destinations and the font, colour,
 * style, list and info tables kept out of the text, and `\info` title and author kept as metadata.
 */

import { decodeWindows1252 } from '../text/windows-1252';

export interface RtfDocument {
  paragraphs: string[];
  title: string | null;
  author: string | null;
  created: string | null;
}

/** Destinations whose content is never body text. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'generator',
  'pict', 'object', 'objdata', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr',
  'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'xe', 'tc', 'themedata',
  'colorschememapping', 'datastore', 'latentstyles', 'filetbl', 'private', 'shp', 'shpinst', 'nonshppict',
  'bkmkstart', 'bkmkend', 'pn', 'pntext', 'pntxta', 'pntxtb', 'listtext', 'template', 'docvar', 'userprops',
  'xmlnstbl', 'mmathPr', 'wgrffmtfilter', 'pgdsctbl', 'operator', 'comment', 'doccomm', 'hlinkbase', 'company',
  'category', 'keywords', 'subject', 'manager', 'buptim', 'printim', 'revtim',
]);
const INFO_FIELDS = new Set(['title', 'author']);

const SYMBOLS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', page: '\n', row: '\n', tab: '\t', cell: '\t', emdash: '—', endash: '–',
  lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: ' ', enspace: ' ',
  qmspace: ' ', zwj: '\u200d', zwnj: '\u200c', ltrmark: '', rtlmark: '',
};

/** Windows font charsets (\fcharsetN) and the code pages they mean. */
const CHARSET_CODE_PAGES: Record<number, number> = {
  0: 1252, 1: 1252, 2: 1252, 77: 10000, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254,
  163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};
const CODE_PAGE_LABELS: Record<number, string> = {
  437: 'ibm866', 874: 'windows-874', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 1250: 'windows-1250',
  1251: 'windows-1251', 1252: 'windows-1252', 1253: 'windows-1253', 1254: 'windows-1254', 1255: 'windows-1255',
  1256: 'windows-1256', 1257: 'windows-1257', 1258: 'windows-1258', 10000: 'macintosh', 65001: 'utf-8',
};

interface GroupState {
  skip: boolean;
  /** Characters to skip after each \uN. */
  unicodeSkip: number;
  codePage: number;
  /** Which info field this group's text belongs to, if any. */
  infoField: string | null;
  inFontTable: boolean;
  /** Inside \creatim, whose \yr \mo \dy give the creation date. */
  inCreated: boolean;
}

/** Thrown when the bytes are not an RTF document at all. */
export class NotRtfError extends Error {}

export function readRtf(bytes: Uint8Array): RtfDocument {
  if (!startsWithRtfHeader(bytes)) throw new NotRtfError('the file does not start with "{\\rtf"');
  const decoders = new Map<number, (bytes: Uint8Array) => string>();
  const decoderFor = (codePage: number): ((bytes: Uint8Array) => string) => {
    let decode = decoders.get(codePage);
    if (!decode) {
      decode = decodeWindows1252;
      if (codePage !== 1252) {
        try {
          const decoder = new TextDecoder(CODE_PAGE_LABELS[codePage] ?? `windows-${codePage}`);
          if (decoder.encoding !== 'windows-1252') decode = (bytes) => decoder.decode(bytes);
        } catch {
          // An unknown code page: Windows-1252 is what most RTF writers meant.
        }
      }
      decoders.set(codePage, decode);
    }
    return decode;
  };

  const fontCodePages = new Map<number, number>();
  let defaultCodePage = 1252;
  let defaultFont: number | null = null;
  let state: GroupState = { skip: false, unicodeSkip: 1, codePage: 1252, infoField: null, inFontTable: false, inCreated: false };
  const stack: GroupState[] = [];
  let body = '';
  const info: Record<string, string> = {};
  const created: { yr?: number; mo?: number; dy?: number } = {};
  let pendingBytes: number[] = [];
  let pendingBytesCodePage = 1252;
  let fallbackToSkip = 0;
  let currentFontInTable: number | null = null;
  let groupStartsDestination = false;
  let ignorableNext = false;

  const emit = (text: string) => {
    if (state.infoField) info[state.infoField] = (info[state.infoField] ?? '') + text;
    else if (!state.skip) body += text;
  };
  const flushBytes = () => {
    if (pendingBytes.length === 0) return;
    emit(decoderFor(pendingBytesCodePage)(Uint8Array.from(pendingBytes)));
    pendingBytes = [];
  };
  const pushByte = (byte: number) => {
    if (state.skip && !state.infoField) return;
    if (pendingBytes.length > 0 && pendingBytesCodePage !== state.codePage) flushBytes();
    pendingBytesCodePage = state.codePage;
    pendingBytes.push(byte);
  };

  let i = 0;
  const length = bytes.length;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte === 0x7b /* { */) {
      flushBytes();
      stack.push(state);
      state = { ...state };
      groupStartsDestination = true;
      ignorableNext = false;
      fallbackToSkip = 0;
      i++;
      continue;
    }
    if (byte === 0x7d /* } */) {
      flushBytes();
      if (state.inFontTable && currentFontInTable !== null && stack[stack.length - 1]?.inFontTable) currentFontInTable = null;
      state = stack.pop() ?? state;
      groupStartsDestination = false;
      fallbackToSkip = 0;
      i++;
      continue;
    }
    if (byte === 0x5c /* \ */) {
      const next = bytes[i + 1];
      if (next === undefined) break;
      if (isLetter(next)) {
        let end = i + 1;
        while (end < length && isLetter(bytes[end]!) && end - i < 40) end++;
        const word = latin1(bytes, i + 1, end);
        let paramEnd = end;
        if (bytes[paramEnd] === 0x2d /* - */ && isDigit(bytes[paramEnd + 1])) paramEnd++;
        while (paramEnd < length && isDigit(bytes[paramEnd]) && paramEnd - end < 11) paramEnd++;
        const hasParam = paramEnd > end;
        const param = hasParam ? Number(latin1(bytes, end, paramEnd)) : null;
        i = bytes[paramEnd] === 0x20 ? paramEnd + 1 : paramEnd;

        const startsGroup = groupStartsDestination;
        groupStartsDestination = false;
        if (word === 'bin' && param !== null && param > 0) {
          i += param;
          continue;
        }
        if (fallbackToSkip > 0) {
          fallbackToSkip--;
          continue;
        }
        if (startsGroup && (ignorableNext || SKIPPED_DESTINATIONS.has(word))) {
          flushBytes();
          state.skip = true;
          state.infoField = null;
          if (word === 'fonttbl') state.inFontTable = true;
          ignorableNext = false;
          continue;
        }
        ignorableNext = false;
        if (startsGroup && word === 'info') {
          flushBytes();
          state.skip = true;
          continue;
        }
        if (startsGroup && INFO_FIELDS.has(word) && stack[stack.length - 1]?.skip) {
          state.skip = true;
          state.infoField = word;
          continue;
        }
        if (startsGroup && word === 'creatim') {
          state.skip = true;
          state.inCreated = true;
          continue;
        }
        if (state.inCreated && (word === 'yr' || word === 'mo' || word === 'dy') && param !== null) {
          created[word] = param;
          continue;
        }
        switch (word) {
          case 'ansicpg':
            if (param !== null && param > 0) defaultCodePage = state.codePage = param;
            break;
          case 'deff':
            defaultFont = param;
            break;
          case 'uc':
            if (param !== null && param >= 0 && param < 10) state.unicodeSkip = param;
            break;
          case 'u':
            if (param !== null) {
              flushBytes();
              emit(String.fromCharCode(param < 0 ? param + 65536 : param));
              fallbackToSkip = state.unicodeSkip;
            }
            break;
          case 'f':
            if (param !== null) {
              if (state.inFontTable) currentFontInTable = param;
              else state.codePage = fontCodePages.get(param) ?? defaultCodePage;
            }
            break;
          case 'fcharset':
            if (state.inFontTable && currentFontInTable !== null && param !== null) {
              const codePage = CHARSET_CODE_PAGES[param];
              if (codePage !== undefined && param !== 0 && param !== 1) fontCodePages.set(currentFontInTable, codePage);
            }
            break;
          case 'cpg':
            if (state.inFontTable && currentFontInTable !== null && param !== null) fontCodePages.set(currentFontInTable, param);
            break;
          case 'plain':
            if (defaultFont !== null) state.codePage = fontCodePages.get(defaultFont) ?? defaultCodePage;
            break;
          default: {
            const symbol = SYMBOLS[word];
            if (symbol !== undefined) {
              flushBytes();
              emit(symbol);
            }
          }
        }
        continue;
      }
      // Control symbols: a backslash and one non-letter.
      const wasGroupStart: boolean = groupStartsDestination;
      groupStartsDestination = false;
      if (next === 0x27 /* ' */) {
        const hex = latin1(bytes, i + 2, i + 4);
        i += 4;
        if (fallbackToSkip > 0) {
          fallbackToSkip--;
          continue;
        }
        const value = Number.parseInt(hex, 16);
        if (/^[0-9a-f]{2}$/i.test(hex)) pushByte(value);
        continue;
      }
      i += 2;
      if (next === 0x2a /* * */) {
        ignorableNext = true;
        groupStartsDestination = wasGroupStart;
        continue;
      }
      if (fallbackToSkip > 0) {
        fallbackToSkip--;
        continue;
      }
      flushBytes();
      if (next === 0x5c || next === 0x7b || next === 0x7d) emit(String.fromCharCode(next));
      else if (next === 0x7e /* ~ */) emit('\u00a0');
      else if (next === 0x5f /* _ */) emit('\u2011');
      else if (next === 0x0a || next === 0x0d) emit('\n');
      else if (next === 0x7c || next === 0x3a) {
        // formula and index sub-entry marks carry no text
      }
      // \- (optional hyphen) and anything unknown add nothing.
      continue;
    }
    if (byte === 0x0a || byte === 0x0d) {
      i++;
      continue;
    }
    groupStartsDestination = false;
    if (fallbackToSkip > 0) {
      fallbackToSkip--;
      i++;
      continue;
    }
    if (byte >= 0x80) {
      pushByte(byte);
    } else {
      if (pendingBytes.length > 0) flushBytes();
      // Plain ASCII runs are taken whole; this is where nearly all the text is.
      let end = i + 1;
      while (end < length && isPlainText(bytes[end]!)) end++;
      if (state.inFontTable) {
        // Font names end with ';' — nothing to keep.
      } else {
        emit(latin1(bytes, i, end));
      }
      i = end;
      continue;
    }
    i++;
  }
  flushBytes();

  const paragraphs = body.split('\n').map((p) => p.replace(/\t/g, ' '));
  const clean = (value: string | undefined) => (value ? value.replace(/\s+/g, ' ').trim() || null : null);
  return {
    paragraphs,
    title: clean(info.title),
    author: clean(info.author),
    created:
      created.yr && created.mo && created.dy && created.mo <= 12 && created.dy <= 31
        ? `${String(created.yr).padStart(4, '0')}-${String(created.mo).padStart(2, '0')}-${String(created.dy).padStart(2, '0')}`
        : null,
  };
}

function startsWithRtfHeader(bytes: Uint8Array): boolean {
  let at = 0;
  // Some tools write a BOM or blank lines first.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) at = 3;
  while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
  return latin1(bytes, at, at + 5) === '{\\rtf';
}

function isLetter(byte: number): boolean {
  return (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x41 && byte <= 0x5a);
}

function isDigit(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x30 && byte <= 0x39;
}

function isPlainText(byte: number): boolean {
  return byte < 0x80 && byte !== 0x5c && byte !== 0x7b && byte !== 0x7d && byte !== 0x0a && byte !== 0x0d;
}

/** Control words, hex digits and plain runs are ASCII, where every single-byte decoder agrees. */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  return decodeWindows1252(bytes.subarray(start, Math.min(end, bytes.length)));
}
