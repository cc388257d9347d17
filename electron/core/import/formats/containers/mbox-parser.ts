import { ImportFailure, type FormatParser, type ImportLimits, type ImportSource, type OpenedContainer, type ParseOutcome } from '../types';
import { checkContainerDepth, entrySource, unpackAll } from './container-outcome';

const NEWLINE = 0x0a;
const FROM_ = [0x46, 0x72, 0x6f, 0x6d, 0x20]; // "From "

/**
 * Splits a Unix mailbox into its messages, each handed on as an .eml source one level deeper. A message
 * starts at a "From " line at the start of the file or after a blank line; body lines escaped as
 * ">From " (mboxrd and mboxo) lose one ">".
 */
export const mboxParser: FormatParser = {
  format: 'mbox',
  extensions: ['.mbox', '.mbx'],
  parse: async (source, limits) => splitMailbox(source, limits),
  open: (source, limits) => openMailbox(source, limits),
};

/** Every message at once; the importer takes them one at a time with {@link openMailbox}. */
export function splitMailbox(source: ImportSource, limits: ImportLimits): ParseOutcome {
  return unpackAll(openMailbox(source, limits));
}

/** Finds where the messages start; each is copied out (unescaped) only when it is asked for. */
export function openMailbox(source: ImportSource, limits: ImportLimits): OpenedContainer {
  const describe = `The mailbox ${source.name}`;
  const bytes = source.bytes;
  if (bytes.length === 0) throw new ImportFailure('empty', `${describe} is empty (0 bytes).`);
  checkContainerDepth(source, limits);
  let start = 0;
  while (start < bytes.length && (bytes[start] === 0x0a || bytes[start] === 0x0d || bytes[start] === 0x20)) start++;
  if (!startsFrom(bytes, start)) {
    throw new ImportFailure('corrupt', `${describe} is not a Unix mailbox (it does not begin with a "From " line).`);
  }

  const separators: number[] = [];
  let previousLineBlank = true;
  let lineStart = start;
  while (lineStart < bytes.length) {
    let lineEnd = bytes.indexOf(NEWLINE, lineStart);
    if (lineEnd < 0) lineEnd = bytes.length;
    if (previousLineBlank && startsFrom(bytes, lineStart)) {
      separators.push(lineStart);
      if (separators.length > limits.maxEntries) {
        throw new ImportFailure('too-many-entries', `${describe} holds more than the ${limits.maxEntries} messages allowed.`);
      }
    }
    const length = lineEnd - lineStart - (bytes[lineEnd - 1] === 0x0d ? 1 : 0);
    previousLineBlank = length <= 0;
    lineStart = lineEnd + 1;
  }

  const width = String(separators.length).length;
  function* entries(): Generator<{ source: ImportSource }> {
    let gave = false;
    for (const [index, at] of separators.entries()) {
      const end = separators[index + 1] ?? bytes.length;
      const headerEnd = bytes.indexOf(NEWLINE, at);
      if (headerEnd < 0 || headerEnd + 1 >= end) continue;
      const fromLine = new TextDecoder('latin1').decode(bytes.subarray(at, headerEnd));
      const message = unescapeFromLines(bytes.subarray(headerEnd + 1, end));
      if (!message.some((b) => b > 0x20)) continue;
      const name = `message-${String(index + 1).padStart(Math.max(width, 4), '0')}.eml`;
      gave = true;
      yield { source: entrySource(source, name, message, dateOfFromLine(fromLine)) };
    }
    if (!gave) throw new ImportFailure('empty', `${describe} holds no messages.`);
  }
  // The messages are the mailbox less its "From " lines: its size bounds what they expand to.
  return { format: 'mbox', count: separators.length, declaredBytes: bytes.length - start, entries };
}

function startsFrom(bytes: Uint8Array, at: number): boolean {
  return FROM_.every((b, i) => bytes[at + i] === b);
}

/** Removes one ">" from body lines matching /^>+From /, the escape mailbox writers add. */
function unescapeFromLines(message: Uint8Array): Uint8Array {
  const out = new Uint8Array(message.length);
  let written = 0;
  let atLineStart = true;
  for (let i = 0; i < message.length; i++) {
    const byte = message[i]!;
    if (atLineStart && byte === 0x3e /* > */) {
      let j = i;
      while (message[j] === 0x3e) j++;
      if (startsFrom(message, j)) {
        // Drop this one '>'; the rest of the line is copied as it is.
        atLineStart = false;
        continue;
      }
    }
    out[written++] = byte;
    atLineStart = byte === NEWLINE;
  }
  return out.subarray(0, written);
}

function dateOfFromLine(line: string): Date | null {
  // "From sender@example.com Wed Mar 04 08:00:00 2026"
  const match = /\s([A-Z][a-z]{2}\s+[A-Z][a-z]{2}\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+\d{4})\s*$/.exec(line);
  if (!match) return null;
  const parts = match[1]!.split(/\s+/);
  const date = new Date(`${parts[1]} ${parts[2]}, ${parts[4]} ${parts[3]} UTC`);
  return Number.isNaN(date.getTime()) ? null : date;
}
