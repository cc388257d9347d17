import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/core/import/formats/text/decode-text';

const utf16le = (s: string) => Uint8Array.from(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  b.swap16();
  return Uint8Array.from(b);
};
const SAMPLE = 'Singh said, “We warn North Korea not to enter into an arms agreement.” — Привет';

describe('decoding a text file nobody labelled', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16le(SAMPLE)]))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16be(SAMPLE)]))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads UTF-16 LE and BE without a BOM from where the zero bytes fall', () => {
    expect(decodeText(utf16le(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16be(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads BOM-less UTF-16 of Cyrillic text, which has few zero bytes', () => {
    const russian = 'Президент России Владимир Путин провёл переговоры с лидером КНДР.';
    expect(decodeText(utf16le(russian))).toEqual({ text: russian, encoding: 'utf-16le' });
    expect(decodeText(utf16be(russian))).toEqual({ text: russian, encoding: 'utf-16be' });
  });

  it('keeps a Windows-1252 curly quote a curly quote, even in a short file', () => {
    // He said “no” — 0x93 and 0x94 are the curly quotes, 0x97 the em dash in Windows-1252.
    const bytes = Uint8Array.from([...Buffer.from('He said ', 'latin1'), 0x93, ...Buffer.from('no', 'latin1'), 0x94, 0x20, 0x97, 0x20, 0x80, 0x35]);
    expect(decodeText(bytes)).toEqual({ text: 'He said “no” — €5', encoding: 'windows-1252' });
  });

  it('reads ISO-8859-1 accents when no Windows-1252 punctuation is present', () => {
    const bytes = Uint8Array.from(Buffer.from('Le café de la Société générale à Zürich', 'latin1'));
    expect(decodeText(bytes)).toEqual({ text: 'Le café de la Société générale à Zürich', encoding: 'iso-8859-1' });
  });

  it('reads Cyrillic Windows-1251 text by its byte statistics', () => {
    const russian = 'Президент России Владимир Путин провел переговоры с лидером КНДР Ким Чен Ыном на космодроме Восточный.';
    const bytes = Uint8Array.from([...russian].map((c) => {
      const code = c.codePointAt(0) ?? 0x3f;
      return code < 0x80 ? code : code - 0x410 + 0xc0;
    }));
    expect(decodeText(bytes)).toEqual({ text: russian, encoding: 'windows-1251' });
  });
});
