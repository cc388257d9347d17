import { createHash } from 'node:crypto';
import { concatBytes } from './bytes';

/** The padding string of the PDF standard security handler (ISO 32000-1, 7.6.3.3). */
const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

/**
 * A one-page PDF encrypted with the standard security handler (RC4, 40-bit, revision 2) under a user password,
 * so a reader without the password cannot open it. pdf-lib cannot encrypt, so the file is written by hand.
 */
export function buildEncryptedPdf(lines: string[], userPassword = 'secret', ownerPassword = 'owner'): Uint8Array {
  const fileId = createHash('md5').update('parley-encrypted-fixture').digest();
  const permissions = -4;
  const ownerEntry = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const fileKey = md5(
    concatBytes(padPassword(userPassword), ownerEntry, int32le(permissions), new Uint8Array(fileId)),
  ).subarray(0, 5);
  const userEntry = rc4(fileKey, PASSWORD_PADDING);

  const content = ['BT', '/F1 12 Tf', '14 TL', '50 250 Td', ...lines.map((l) => `(${escapePdfString(l)}) Tj T*`), 'ET'].join('\n');
  const encryptedContent = rc4(objectKey(fileKey, 5), latin1(content));

  const objects: Uint8Array[] = [
    latin1('<< /Type /Catalog /Pages 2 0 R >>'),
    latin1('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    latin1('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>'),
    latin1('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
    concatBytes(latin1(`<< /Length ${encryptedContent.length} >>\nstream\n`), encryptedContent, latin1('\nendstream')),
    latin1(`<< /Filter /Standard /V 1 /R 2 /O <${hex(ownerEntry)}> /U <${hex(userEntry)}> /P ${permissions} >>`),
  ];

  const parts: Uint8Array[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = concatBytes(latin1(`${index + 1} 0 obj\n`), body, latin1('\nendobj\n'));
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(fileId)}> <${hex(fileId)}>] >>`,
    'startxref',
    String(length),
    '%%EOF\n',
  ].join('\n');
  parts.push(latin1(xref));
  return concatBytes(...parts);
}

function objectKey(fileKey: Uint8Array, objectNumber: number): Uint8Array {
  const salt = Uint8Array.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
  return md5(concatBytes(fileKey, salt)).subarray(0, Math.min(fileKey.length + 5, 16));
}

function padPassword(password: string): Uint8Array {
  return concatBytes(latin1(password).subarray(0, 32), PASSWORD_PADDING).subarray(0, 32);
}

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}

function md5(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('md5').update(data).digest());
}

function int32le(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, value, true);
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

