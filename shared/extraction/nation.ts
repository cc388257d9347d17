/**
 * The extractor's one door to the nation gazetteer: finds the first nation cue in a phrase.
 * A null code means an international body (UN, NATO, EU...).
 */
export interface NationCue {
  code: string | null;
  cue: string;
  start: number;
  end: number;
}

// Interim table until the shared gazetteer lands; kept deliberately small.
const INTERIM: [string, string | null][] = [
  ['North Korean', 'KP'], ['North Korea', 'KP'], ['Pyongyang', 'KP'], ['DPRK', 'KP'],
  ['South Korean', 'KR'], ['South Korea', 'KR'], ['Seoul', 'KR'], ['Blue House', 'KR'], ['Yonhap', 'KR'],
  ['United States', 'US'], ['American', 'US'], ['Pentagon', 'US'], ['White House', 'US'], ['Washington', 'US'], ['State Department', 'US'], ['U.S.', 'US'], ['US', 'US'],
  ['Russian', 'RU'], ['Russia', 'RU'], ['Kremlin', 'RU'], ['Moscow', 'RU'],
  ['Chinese', 'CN'], ['China', 'CN'], ['Beijing', 'CN'],
  ['Japanese', 'JP'], ['Japan', 'JP'], ['Tokyo', 'JP'],
  ['Ukrainian', 'UA'], ['Ukraine', 'UA'], ['Kyiv', 'UA'], ['Kiev', 'UA'],
  ['Iranian', 'IR'], ['Iran', 'IR'], ['Tehran', 'IR'],
  ['British', 'GB'], ['Britain', 'GB'], ['Downing Street', 'GB'], ['London', 'GB'],
  ['French', 'FR'], ['France', 'FR'], ['Elysee', 'FR'], ['Paris', 'FR'],
  ['German', 'DE'], ['Germany', 'DE'], ['Berlin', 'DE'],
  ['Turkish', 'TR'], ['Turkey', 'TR'], ['Ankara', 'TR'],
  ['United Nations', null], ['UN', null], ['NATO', null], ['European Union', null], ['EU', null], ['IAEA', null],
];
const INTERIM_RE = new RegExp(`\\b(?:${INTERIM.map(([k]) => k.replace(/\./g, '\\.')).join('|')})(?![\\w-])`);
const INTERIM_CODES = new Map(INTERIM);

export function findNationCue(phrase: string): NationCue | null {
  const m = INTERIM_RE.exec(phrase);
  if (!m) return null;
  return { code: INTERIM_CODES.get(m[0]) ?? null, cue: m[0], start: m.index, end: m.index + m[0].length };
}
