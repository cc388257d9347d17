import { describe, expect, it } from 'vitest';
import { findAllNations, findNation, nationName } from '../../../shared/nations/index';

const codeOf = (phrase: string) => findNation(phrase)?.code;

describe('finding the nation a speaker speaks for', () => {
  it('reads demonyms in roles and organizations', () => {
    expect(codeOf('Russian President')).toBe('RU');
    expect(codeOf('the Iranian Foreign Ministry')).toBe('IR');
    expect(codeOf('a senior Israeli official')).toBe('IL');
    expect(codeOf('Americans')).toBe('US');
    expect(codeOf("Bosnia's tripartite presidency")).toBe('BA');
    expect(codeOf('Cabo Verde')).toBe('CV');
    expect(codeOf('St. Lucia')).toBe('LC');
    expect(codeOf('the KSA')).toBe('SA');
    expect(codeOf('the Azeri foreign minister')).toBe('AZ');
    expect(codeOf('a Burkinabè official')).toBe('BF');
    expect(codeOf('the Basotho delegation')).toBe('LS');
    expect(codeOf('the Comorian government')).toBe('KM');
    expect(codeOf('a Salvadorean lawmaker')).toBe('SV');
    expect(codeOf('the Filipina senator')).toBe('PH');
  });

  it('knows seats, agencies and legislatures wire copy names for their state', () => {
    expect(codeOf('Ponta Vermelha said')).toBe('MZ');
    expect(codeOf('Turkey’s disaster agency AFAD')).toBe('TR');
    expect(codeOf('Villa Somalia')).toBe('SO');
    expect(codeOf('the Legislative Yuan')).toBe('TW');
    expect(codeOf('the Riksdag')).toBe('SE');
    expect(codeOf("the Muqata'a in Ramallah")).toBe('PS');
    expect(codeOf('the Ak Saray')).toBe('TR');
    expect(codeOf('the Quirinal')).toBe('IT');
    expect(codeOf('An SBU spokesman')).toBe('UA');
    expect(codeOf('Ndjamena said')).toBe('TD');
    expect(codeOf('the Mainland Affairs Council')).toBe('TW');
    expect(codeOf('Comelec chairman X')).toBe('PH');
    expect(codeOf('the IEBC')).toBe('KE');
    expect(codeOf('a Fine Gael senator')).toBe('IE');
    expect(codeOf('a DUP lawmaker')).toBe('GB');
    expect(codeOf('the ruling Morena party')).toBe('MX');
    expect(findNation('the actress Ana Morena')).toBeNull();
    expect(codeOf('Tshwane said')).toBe('ZA');
    expect(codeOf('Berne said')).toBe('CH');
    expect(codeOf('Quds Force commander X')).toBe('IR');
    expect(codeOf('Garda Commissioner X')).toBe('IE');
    expect(findNation('on the shores of Lake Garda')).toBeNull();
    expect(codeOf('the Folketing')).toBe('DK');
    expect(codeOf('the Eduskunta')).toBe('FI');
    expect(codeOf('the Althing')).toBe('IS');
    expect(codeOf('the Mazhilis')).toBe('KZ');
    expect(codeOf("the National People's Congress")).toBe('CN');
    // Not the US Department of Justice, whose name it holds.
    expect(codeOf('The Department of Justice and Constitutional Development')).toBe('ZA');
  });

  it('prefers the longest cue: "South Korean" over "Korean", "North Korea" over "Korea"', () => {
    const match = findNation('The South Korean Ministry of Defense');
    expect(match).toMatchObject({ code: 'KR', cue: 'South Korean', start: 4, end: 16, kind: 'demonym' });
    expect(codeOf('North Korea')).toBe('KP');
    expect(codeOf('South Korea')).toBe('KR');
    expect(codeOf('North Korean leader Kim Jong-un')).toBe('KP');
    expect(findNation('the Korean language')).toBeNull();
  });

  it('reads the nations within a state as the state, before the longer cue that contains a shorter one', () => {
    expect(codeOf('the Northern Irish first minister')).toBe('GB');
    expect(codeOf('the Irish foreign minister')).toBe('IE');
    expect(codeOf('the Scottish government')).toBe('GB');
    expect(codeOf('a Timorese diplomat')).toBe('TL');
    expect(codeOf('the Yemenite delegation')).toBe('YE');
  });

  it('reads country names and the short forms of wire copy', () => {
    expect(findNation('U.S. officials')).toMatchObject({ code: 'US', cue: 'U.S.' });
    expect(codeOf('the US-Japan alliance')).toBe('US');
    expect(codeOf('Britain')).toBe('GB');
    expect(codeOf('Turkey')).toBe('TR');
    expect(codeOf('the DPRK')).toBe('KP');
  });

  it('reads capitals used for their governments', () => {
    expect(codeOf('Washington warned')).toBe('US');
    expect(codeOf('Moscow')).toBe('RU');
    expect(codeOf('Pyongyang')).toBe('KP');
    expect(codeOf('Seoul')).toBe('KR');
    expect(codeOf('Beijing')).toBe('CN');
    expect(codeOf('Tehran')).toBe('IR');
    expect(codeOf('Kyiv')).toBe('UA');
    expect(codeOf('Kiev')).toBe('UA');
  });

  it('reads institutions that speak for one nation', () => {
    expect(findNation('Pentagon Deputy Spokesperson')).toMatchObject({ code: 'US', cue: 'Pentagon', kind: 'institution' });
    expect(codeOf('the White House')).toBe('US');
    expect(codeOf('the State Department')).toBe('US');
    expect(codeOf('the Kremlin')).toBe('RU');
    expect(codeOf('the Blue House')).toBe('KR');
    expect(codeOf('Downing Street')).toBe('GB');
    expect(codeOf('the Elysee')).toBe('FR');
    expect(codeOf('the Élysée')).toBe('FR');
    expect(codeOf('the Quai d’Orsay')).toBe('FR');
    expect(codeOf('Zhongnanhai')).toBe('CN');
    expect(codeOf('the Bundestag')).toBe('DE');
    expect(codeOf('the Knesset')).toBe('IL');
  });

  it('gives international bodies no nation, yet still recognises them', () => {
    expect(findNation('UN Secretary-General')).toMatchObject({ code: null, kind: 'international' });
    expect(findNation('NATO allies')).toMatchObject({ code: null });
    expect(findNation('the European Commission')).toMatchObject({ code: null, cue: 'European Commission' });
    expect(findNation('the IAEA')).toMatchObject({ code: null });
    expect(findNation('the Security Council')).toMatchObject({ code: null });
    // A company the state owns speaks for itself, as any company does.
    expect(findNation('Gazprom said')).toMatchObject({ code: null, kind: 'non-state' });
    // An aid group or think tank, though its name holds a country's people.
    expect(findNation('the Norwegian Refugee Council')).toMatchObject({ code: null, kind: 'non-state' });
    expect(findNation('an analyst at Chatham House')).toMatchObject({ code: null, kind: 'non-state' });
    expect(findNation('the UNODC regional office')).toMatchObject({ code: null, kind: 'international' });
    expect(findNation('the OIC secretary-general')).toMatchObject({ code: null, kind: 'international' });
    expect(findNation('the Financial Action Task Force')).toMatchObject({ code: null, kind: 'international' });
    expect(findNation('the International Tribunal for the Law of the Sea')).toMatchObject({ code: null, kind: 'international' });
    // Not Sri Lanka's, though its name holds Sri Lanka's capital.
    expect(findNation('the Colombo Plan secretariat')).toMatchObject({ code: null, kind: 'international' });
  });

  it('keeps news agencies apart by kind', () => {
    expect(findNation('Yonhap News Agency')).toMatchObject({ code: 'KR', kind: 'media' });
  });

  it('does not take ambiguous words for nations out of context', () => {
    expect(findNation('Georgia Gov. Brian Kemp')).toBeNull();
    expect(findNation('Rep. Jim Jordan')).toBeNull();
    expect(findNation('actor Michael B. Jordan')).toBeNull();
    expect(findNation('Chad Wolf, the acting secretary')).toBeNull();
    expect(findNation('The Washington Post reported')).toBeNull();
    expect(findNation('New Jersey Gov. Chris Christie')).toBeNull();
    expect(findNation('African American voters')).toBeNull();
    expect(findNation('the turkey was carved')).toBeNull();
    expect(findNation('British Columbia Premier Sandra Okimaw')).toBeNull();
    expect(findNation('New South Wales Premier Kate Ellison')).toBeNull();
    expect(findNation('the governor of East New Britain')).toBeNull();
    expect(codeOf('officials in Port-of-Spain')).toBe('TT');
    expect(findNation('the Cape Breton mayor')).toBeNull();
    expect(findNation('a small Anglo-Saxon clique')).toBeNull();
    expect(codeOf('King Abdullah of Jordan')).toBe('JO');
    expect(codeOf('the Republic of Georgia')).toBe('GE');
  });

  it('skips a country name inside a longer place name and finds the next cue', () => {
    expect(findAllNations('Patrols in the South China Sea angered China.').map((m) => m.cue)).toEqual(['China']);
  });

  it('matches headlines set in capitals, but not capitalised English words that are also acronyms', () => {
    expect(findNation('NORTH KOREA WARNS SEOUL')).toMatchObject({ code: 'KP', cue: 'NORTH KOREA' });
    expect(findAllNations('WHO IS TO BLAME IN RUSSIA').map((m) => m.code)).toEqual(['RU']);
    expect(findNation('WHO officials')).toMatchObject({ code: null, cue: 'WHO' });
    expect(findNation('the russian way')).toBeNull();
  });
});

describe('listing every nation cue in an article', () => {
  it('returns offsets into the text, in order, across lines', () => {
    const text = 'Moscow talks\n\nThe Kremlin said Russian and Chinese envoys met in Beijing.';
    const found = findAllNations(text);
    expect(found.map((m) => [m.code, text.slice(m.start, m.end)])).toEqual([
      ['RU', 'Moscow'],
      ['RU', 'Kremlin'],
      ['RU', 'Russian'],
      ['CN', 'Chinese'],
      ['CN', 'Beijing'],
    ]);
  });
});

describe('naming a nation for display', () => {
  it('gives the common English name of a code', () => {
    expect(nationName('KR')).toBe('South Korea');
    expect(nationName('KP')).toBe('North Korea');
    expect(nationName('US')).toBe('United States');
  });
});
