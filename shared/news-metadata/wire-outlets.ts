import type { TextRange } from './types';

// Tags news agencies put in datelines or at the end of their copy, and who they stand for.
const AGENCIES: ReadonlyArray<readonly [tags: readonly string[], outlet: string]> = [
  [['AA', 'Anadolu', 'Anadolu Agency'], 'Anadolu Agency'],
  [['TASS', 'ITAR-TASS'], 'TASS'],
  [['Yonhap'], 'Yonhap News Agency'],
  [['Reuters'], 'Reuters'],
  [['AP'], 'Associated Press'],
  [['AFP'], 'Agence France-Presse'],
  [['Xinhua'], 'Xinhua'],
  [['UPI'], 'United Press International'],
  [['dpa', 'DPA'], 'Deutsche Presse-Agentur'],
  [['EFE'], 'EFE'],
  [['ANSA'], 'ANSA'],
  [['PTI'], 'Press Trust of India'],
  [['IANS'], 'Indo-Asian News Service'],
  [['ANI'], 'Asian News International'],
  [['Kyodo'], 'Kyodo News'],
  [['KCNA'], 'Korean Central News Agency'],
  [['Interfax'], 'Interfax'],
  [['RIA Novosti', 'RIA'], 'RIA Novosti'],
  [['Sputnik'], 'Sputnik'],
  [['Bernama'], 'Bernama'],
  [['Bloomberg'], 'Bloomberg'],
  [['CNN'], 'CNN'],
  [['WAM'], 'Emirates News Agency'],
  [['SPA'], 'Saudi Press Agency'],
  [['IRNA'], 'Islamic Republic News Agency'],
  [['Ukrinform'], 'Ukrinform'],
  [['PAP'], 'Polish Press Agency'],
  [['CTK', 'ČTK'], 'Czech News Agency'],
  [['BelTA'], 'BelTA'],
  [['Antara'], 'Antara'],
  [['PNA'], 'Philippine News Agency'],
  [['APP'], 'Associated Press of Pakistan'],
  [['MENA'], 'Middle East News Agency'],
  [['SANA'], 'Syrian Arab News Agency'],
  [['KUNA'], 'Kuwait News Agency'],
  [['QNA'], 'Qatar News Agency'],
  [['CNA'], 'Central News Agency'],
  [['AAP'], 'Australian Associated Press'],
];

// Short acronyms must match exactly ("(AP)", not "(ap)"); longer names in any case ("(YONHAP)").
const BY_TAG = new Map<string, string>();
for (const [tags, outlet] of AGENCIES) {
  for (const tag of tags) BY_TAG.set(tag.length <= 4 ? tag : tag.toLowerCase(), outlet);
}

/** The agency a wire tag stands for ("AA" → "Anadolu Agency"), or null for an unknown tag. */
export function outletForTag(tag: string): string | null {
  const clean = tag.trim();
  return BY_TAG.get(clean) ?? BY_TAG.get(clean.toLowerCase()) ?? null;
}

export interface WireTag {
  outlet: string;
  range: TextRange;
}

const HEAD_CHARS = 700;
const TAIL_CHARS = 300;
const PAREN_TAG = /\(([A-Za-zČ][A-Za-z .-]{0,19})\)/g;
const SLASH_TAG = /\/([A-Za-z][A-Za-z-]{1,14})\/\.?/g;
const DASH_BEFORE = /(?:^|\s)[—–-]{1,2}[ \t]*([A-Z][A-Za-z]{1,14})[ \t]*\.?[ \t]*(?=\r?\n|$)/gm;
const DASH_AFTER = /^[ \t]*([A-Z][A-Za-z]{1,14})[ \t]*[—–]/gm;

/**
 * Finds a known agency's tag near the start of the article (dateline) or at its end (sign-off),
 * as "(AA)", "/TASS/", "— Reuters" or "Reuters —".
 */
export function findWireTag(text: string): WireTag | null {
  const head = text.slice(0, HEAD_CHARS);
  const fromHead = firstTagIn(head, 0);
  if (fromHead) return fromHead;
  if (text.length <= HEAD_CHARS) return null;
  const tailStart = Math.max(HEAD_CHARS, text.length - TAIL_CHARS);
  return firstTagIn(text.slice(tailStart), tailStart);
}

function firstTagIn(region: string, offset: number): WireTag | null {
  let best: WireTag | null = null;
  for (const pattern of [PAREN_TAG, SLASH_TAG, DASH_BEFORE, DASH_AFTER]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(region); m; m = pattern.exec(region)) {
      const outlet = outletForTag(m[1] ?? '');
      if (!outlet) continue;
      const tagStart = m.index + m[0].indexOf(m[1] ?? '');
      const range = pattern === PAREN_TAG || pattern === SLASH_TAG
        ? { start: offset + m.index, end: offset + m.index + m[0].length }
        : { start: offset + tagStart, end: offset + tagStart + (m[1] ?? '').length };
      if (!best || range.start < best.range.start) best = { outlet, range };
      break;
    }
  }
  return best;
}
