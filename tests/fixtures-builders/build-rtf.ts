import type { SampleArticle } from './sample-article';

/** Windows-1252 bytes 0x80-0x9f, which differ from Latin-1. */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * An RTF document of the article as Word writes it: font, colour and style tables, an info group with
 * title and author, an ignorable destination, quotes as Windows-1252 `\'93`/`\'94` and every other
 * non-ASCII letter as a `\uN` escape followed by its code-page fallback.
 */
export function buildRtf(article: SampleArticle): string {
  const date = new Date(`${article.publishedAt}T09:00:00Z`);
  const info =
    `{\\info{\\title ${escapeRtf(article.title)}}{\\author ${escapeRtf(article.author)}}` +
    `{\\creatim\\yr${date.getUTCFullYear()}\\mo${date.getUTCMonth() + 1}\\dy${date.getUTCDate()}\\hr9\\min0}}`;
  const header = [
    '{\\rtf1\\ansi\\ansicpg1252\\deff0',
    '{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}',
    '{\\colortbl;\\red0\\green0\\blue0;\\red200\\green0\\blue0;}',
    '{\\stylesheet{\\s0 Normal;}{\\s1\\b\\fs36 Heading 1;}}',
    info,
    '{\\*\\generator Parley fixture builder;}',
    '\\viewkind4\\uc1',
  ];
  const title = `\\pard\\s1\\b\\fs36 ${escapeRtf(article.title)}\\b0\\fs24\\par`;
  // Long paragraphs are broken over several source lines, which RTF readers must ignore.
  const body = article.paragraphs.map((p) => `\\pard\\s0\\f0 ${breakSourceLines(escapeRtf(p))}\\par`);
  return [...header, title, ...body, '}'].join('\r\n');
}

export function buildRtfBytes(article: SampleArticle): Uint8Array {
  return Uint8Array.from(buildRtf(article), (c) => c.charCodeAt(0));
}

function escapeRtf(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === '{' || char === '}') out += `\\${char}`;
    else if (code < 0x80) out += char;
    else if (char === '“' || char === '”') out += `\\'${CP1252_HIGH[char]!.toString(16)}`;
    else if (code > 0xffff) {
      const high = 0xd800 + ((code - 0x10000) >> 10);
      const low = 0xdc00 + ((code - 0x10000) & 0x3ff);
      out += `\\u${high - 65536}?\\u${low - 65536}?`;
    } else {
      const fallback = CP1252_HIGH[char] ?? (code <= 0xff ? code : null);
      const signed = code > 32767 ? code - 65536 : code;
      out += fallback === null ? `\\u${signed}?` : `\\u${signed}\\'${fallback.toString(16)}`;
    }
  }
  return out;
}

function breakSourceLines(text: string): string {
  return text.replace(/(.{60,}?) /g, '$1 \r\n');
}
