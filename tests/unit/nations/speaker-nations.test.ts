// Each construction by which a wire story tells the nation a speaker speaks for, in small
// articles written for these tests (names, outlets and events are invented).
import { describe, expect, it } from 'vitest';
import type { ExtractedStatement } from '../../../shared/domain/extraction';
import { extractStatements } from '../../../shared/extraction/index';

function story(...paragraphs: string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}

function statementWith(text: string, words: string): ExtractedStatement {
  const found = extractStatements(text).statements.find((s) => s.content.text.includes(words));
  if (!found) throw new Error(`no statement holding "${words}" in:\n${extractStatements(text).statements.map((s) => s.content.text).join('\n')}`);
  return found;
}

function nationOf(text: string, words: string): { nation: string | null; kind: string | null; evidence: string | null } {
  const s = statementWith(text, words);
  return { nation: s.speaker.nation, kind: s.speaker.nationEvidence?.kind ?? null, evidence: s.speaker.nationEvidence?.span.text ?? null };
}

describe('the nation written with the speaker', () => {
  it('reads a possessive country before the title, and a country word in the appositive', () => {
    const text = story(
      'Grain corridor talks resume',
      'Kenya\'s Foreign Minister Amina Odhiambo said the corridor would reopen within a week.',
      'Peru\'s trade minister, Julio Paredes, said exporters had been waiting since March.',
      'Tomas Lindqvist, the Swedish ambassador to Peru, said his government welcomed the deal.',
    );
    expect(nationOf(text, 'corridor would reopen')).toMatchObject({ nation: 'KE', kind: 'explicit' });
    expect(nationOf(text, 'exporters had been waiting')).toMatchObject({ nation: 'PE', kind: 'explicit' });
    // "ambassador to Peru" names where he serves; "Swedish" whom he speaks for.
    expect(nationOf(text, 'his government welcomed')).toMatchObject({ nation: 'SE', evidence: 'Swedish' });
  });

  it('gives Kosovo the code XK', () => {
    const text = story('Border crossing reopens', 'Kosovo Interior Minister Arben Krasniqi said the crossing would reopen on Monday.');
    expect(nationOf(text, 'crossing would reopen')).toMatchObject({ nation: 'XK', kind: 'explicit' });
  });
});

describe('the nation from the organization and its place', () => {
  it('places a foreign ministry by the venue that opens the sentence', () => {
    const text = story(
      'Fishing rights dispute widens',
      'In Lima, Foreign Ministry spokeswoman Rosa Quispe said the patrol boats had entered Peruvian waters.',
    );
    expect(nationOf(text, 'patrol boats')).toEqual({ nation: 'PE', kind: 'organization', evidence: 'Lima' });
  });

  it('places an office by the country whose story the previous sentence tells', () => {
    const text = story(
      'Vaccine plant deal signed',
      'Ghana signed a deal on Tuesday to build a vaccine plant near Tema.',
      'The Health Ministry said production would start in two years.',
    );
    expect(nationOf(text, 'production would start')).toMatchObject({ nation: 'GH' });
  });

  it('places a ship’s commanding officer by the government that spoke just before', () => {
    const text = story(
      'Strait transit',
      'Australia\'s defence department said the destroyer had completed a routine transit.',
      'The destroyer\'s commanding officer, Cmdr. Lena Holt, said foreign warships had kept a safe distance.',
    );
    expect(nationOf(text, 'kept a safe distance')).toMatchObject({ nation: 'AU' });
  });

  it('falls back on the dateline, and says that it did', () => {
    const text = story('Budget passes', 'HANOI, May 2 (Delta Wire) - The Finance Ministry said the deficit would narrow next year.');
    expect(nationOf(text, 'deficit would narrow')).toEqual({ nation: 'VN', kind: 'dateline', evidence: 'HANOI' });
  });
});

describe('institutions and capitals standing for a government', () => {
  it('reads presidential seats, foreign ministries and capitals as their governments', () => {
    const text = story(
      'Reactions to the summit',
      'La Moneda said the agreement was a first step.',
      'The Farnesina said Italy would send observers.',
      'Ankara said the talks had been constructive.',
      'Wisma Putra said in a statement that Malaysia had not been consulted.',
      'The Chigi Palace said the government had concerns.',
      'The Union Buildings said the visit would go ahead.',
      'Ulaanbaatar said the railway deal stood.',
    );
    expect(nationOf(text, 'first step')).toMatchObject({ nation: 'CL', kind: 'metonym' });
    expect(nationOf(text, 'send observers')).toMatchObject({ nation: 'IT', kind: 'metonym' });
    expect(nationOf(text, 'constructive')).toMatchObject({ nation: 'TR', kind: 'metonym' });
    expect(nationOf(text, 'not been consulted')).toMatchObject({ nation: 'MY', kind: 'metonym' });
    expect(nationOf(text, 'had concerns')).toMatchObject({ nation: 'IT', kind: 'metonym' });
    expect(nationOf(text, 'visit would go ahead')).toMatchObject({ nation: 'ZA', kind: 'metonym' });
    expect(nationOf(text, 'railway deal stood')).toMatchObject({ nation: 'MN', kind: 'metonym' });
  });

  it('takes an official at an institution for the institution’s nation', () => {
    const text = story('Port fees', 'An official at the Quai d\'Orsay said the fees were under review.');
    expect(nationOf(text, 'under review')).toMatchObject({ nation: 'FR' });
  });
});

describe('speakers who speak for no nation', () => {
  it('gives null to an international body’s envoy even when a nationality is named', () => {
    const text = story(
      'Ceasefire monitors arrive',
      'The UN\'s envoy for Yemen, Swedish diplomat Lars Berg, said the monitors would deploy on Friday.',
      'EU Fisheries Commissioner Marta Silva, a Portuguese, said the bloc would pay for the boats.',
    );
    expect(nationOf(text, 'monitors would deploy')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'pay for the boats')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('gives null to companies, think tanks and armed groups next to a country word', () => {
    const text = story(
      'Oil output falls',
      'Nadia Farouk, an analyst at the Cairo-based Nile Energy Institute, said output would fall further.',
      'Mexican cement maker Piedra Azul said it would close two kilns.',
      'A Houthi spokesman said the group would keep attacking ships.',
    );
    expect(nationOf(text, 'output would fall')).toMatchObject({ nation: null });
    expect(nationOf(text, 'close two kilns')).toMatchObject({ nation: null });
    expect(nationOf(text, 'keep attacking')).toMatchObject({ nation: null });
  });

  it('gives null to diplomats of two nations and to the bloc, not the nation of the sentence before', () => {
    const text = story(
      'Ceasefire talks',
      'The Kremlin said Moscow would host the next round of talks.',
      'Spanish and Italian diplomats said they hoped for progress.',
      'The Kremlin\'s spokesman said the venue was agreed.',
      'The bloc\'s foreign policy chief, Elena Marsh, said the union stood ready to help.',
    );
    expect(nationOf(text, 'hoped for progress')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'stood ready')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('gives null to a Western diplomat and to both governments, not the dateline', () => {
    const text = story(
      'Border talks',
      'ACCRA, June 4 (Coast Wire) - Togo and Benin resumed border talks on Monday.',
      'A Western diplomat said the mood was tense.',
      'Both governments said they wanted the crossings reopened.',
    );
    expect(nationOf(text, 'mood was tense')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'crossings reopened')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('places regional officials in the country the story is filed from, while regional diplomats speak for none', () => {
    const text = story(
      'KYIV, Ukraine (Wire) — Russia fired six missiles at Kharkiv over the past week, Ukraine’s military said.',
      'Two of the missiles struck apartment buildings, killing 11 people, according to regional officials.',
      'Regional diplomats said the strikes would harden positions before the talks.',
    );
    expect(nationOf(text, 'apartment buildings')).toMatchObject({ nation: 'UA' });
    expect(nationOf(text, 'harden positions')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('does not take a place word about something else for the speaker’s nation', () => {
    const text = story(
      'Talent show row',
      'Carla Ortiz, a contestant on a Spanish reality show, said she had been treated unfairly.',
      'A spokesperson for the U.S. 6th Fleet in Naples, Italy, said no American ship was involved.',
    );
    expect(nationOf(text, 'treated unfairly')).toMatchObject({ nation: null });
    expect(nationOf(text, 'no American ship')).toMatchObject({ nation: 'US', evidence: 'U.S.' });
  });
});

describe('the speaker’s own words before places the sentence mentions', () => {
  it('reads the country before a run of office words the source leaves out, for every statement of that speaker', () => {
    const text = story(
      'Rocket launch condemned',
      'At a briefing after talks in Hanoi, Thailand\'s chief government spokesman said the rocket had fallen at sea, calling the launch "a reckless act".',
      'South Korea\'s national security adviser said the region would stay calm.',
    );
    expect(nationOf(text, 'fallen at sea')).toMatchObject({ nation: 'TH', evidence: 'Thailand' });
    expect(nationOf(text, 'a reckless act')).toMatchObject({ nation: 'TH', evidence: 'Thailand' });
    expect(nationOf(text, 'stay calm')).toMatchObject({ nation: 'KR', evidence: 'South Korea' });
  });

  it('reads "the Chinese side" and a nuclear envoy as their governments, not the speaker before', () => {
    const text = story(
      'Missile test',
      'Brazilian President Rafael Souza said the test was regrettable.',
      'The Chinese side said it opposed any provocation.',
      'Seoul\'s top nuclear envoy said the launch was a violation.',
    );
    expect(nationOf(text, 'opposed any provocation')).toMatchObject({ nation: 'CN', evidence: 'Chinese' });
    expect(nationOf(text, 'was a violation')).toMatchObject({ nation: 'KR', evidence: 'Seoul' });
  });

  it('does not take a place inside one statement for where its speaker spoke the next', () => {
    const text = story(
      'Accord criticised',
      'ABUJA, May 3 (West Wire) - A senior finance ministry official on Monday criticised the debt accord adopted after a week of talks among creditors in Nairobi, saying the deal "rewards delay".',
    );
    expect(nationOf(text, 'debt accord')).toMatchObject({ nation: 'NG', kind: 'dateline' });
    expect(nationOf(text, 'rewards delay')).toMatchObject({ nation: 'NG', kind: 'dateline' });
  });

  it('reads the office a relative clause says the speaker heads', () => {
    const text = story(
      'Dam row',
      'NAIROBI, June 4 (Rift Wire) - Talks on the dam resumed on Monday.',
      'Hassan Fathy, who heads Egypt\'s water ministry, said the dam endangered millions.',
      'Uzma Haider, who studies water policy in Lahore, said the treaty was outdated.',
    );
    expect(nationOf(text, 'endangered millions')).toMatchObject({ nation: 'EG', evidence: 'Egypt' });
    expect(nationOf(text, 'treaty was outdated')).toMatchObject({ nation: null });
  });

  it('reads the country an office belongs to when a place or a second office follows it', () => {
    const text = story(
      'Tariff talks',
      'LONDON, May 2 (Northern Wire) - Talks on tariffs resumed on Monday.',
      'Paulo Reis, the head of the trade office of the embassy of Brazil in London, said tariffs would fall.',
      'Ana Silva, the ambassador of Brazil in Buenos Aires, said the talks would go on.',
      'Juan Rivas, the foreign minister of Peru and the current chair of the Andean group, said quotas would go.',
    );
    expect(nationOf(text, 'tariffs would fall')).toMatchObject({ nation: 'BR', evidence: 'Brazil' });
    expect(nationOf(text, 'talks would go on')).toMatchObject({ nation: 'BR', evidence: 'Brazil' });
    expect(nationOf(text, 'quotas would go')).toMatchObject({ nation: 'PE', evidence: 'Peru' });
  });

  it('does not give a person the nation of the clause that names them as an object', () => {
    const text = story(
      'State visit',
      'Nairobi is rolling out the red carpet for Amina Diallo this week.',
      'Diallo said the visit would deepen trade ties.',
    );
    expect(nationOf(text, 'deepen trade ties')).toMatchObject({ nation: null });
  });

  it('lets a country standing as the head speak for itself, whatever its appositive calls it', () => {
    const text = story(
      'Rice prices',
      'Indonesia, one of the largest buyers of Thai rice, called for export limits to be lifted.',
      'Vietnam, a major exporter, said its own stocks were low.',
    );
    expect(nationOf(text, 'export limits')).toMatchObject({ nation: 'ID', evidence: 'Indonesia' });
    expect(nationOf(text, 'stocks were low')).toMatchObject({ nation: 'VN', evidence: 'Vietnam' });
  });

  it('reads a colleague as diplomatic shorthand, and an institution opening the sentence before as the passage\'s voice', () => {
    const text = story(
      'Border patrols',
      'VILNIUS, March 2 (North Wire) - Estonia\'s interior minister, Kadri Tamm, said patrols would double.',
      'Her Finnish colleague said Helsinki would send two boats.',
      'The Kremlin was dismissive.',
      'A spokesman for the president said the patrols changed nothing.',
    );
    expect(nationOf(text, 'two boats')).toMatchObject({ nation: 'FI', evidence: 'Finnish' });
    expect(nationOf(text, 'changed nothing')).toMatchObject({ nation: 'RU', evidence: 'Kremlin' });
  });

  it('gives "he" after an unnamed official that official, and "X officials" opening a sentence their nation', () => {
    const text = story(
      'Dam inspection',
      'ADDIS ABABA, Oct 5 (Horn Wire) - Egypt\'s irrigation minister, Samir Halim, said the reservoir was filling too fast.',
      'Ethiopian officials disagreed.',
      'A senior water official said the filling followed the agreed schedule. "Nothing has changed," he said.',
    );
    expect(nationOf(text, 'agreed schedule')).toMatchObject({ nation: 'ET', evidence: 'Ethiopian' });
    expect(nationOf(text, 'Nothing has changed')).toMatchObject({ nation: 'ET' });
  });

  it('gives the holder of an office of the body just quoted the body\'s voice, not their own country\'s', () => {
    const text = story(
      'Fisheries row',
      'The Food and Agriculture Organization said catches had fallen. Its director-general, Ana Pereira, a former Portuguese minister, said quotas had to be cut.',
      'The Kremlin said the quotas were unfair. Its spokesman, Ivan Sokolov, said Moscow would not comply.',
    );
    expect(nationOf(text, 'quotas had to be cut')).toMatchObject({ nation: null });
    expect(nationOf(text, 'would not comply')).toMatchObject({ nation: 'RU' });
  });

  it('keeps an international body\'s voice for "Its chief in Sudan, X", whatever place the office names', () => {
    const text = story(
      'Displacement',
      'JEDDAH, Saudi Arabia (Reuters) - The U.N. humanitarian office, OCHA, said more than 10 million people had been displaced. Its chief in Sudan, Clementine Nkweta-Salami, told reporters the situation was catastrophic.',
    );
    expect(nationOf(text, 'situation was catastrophic')).toMatchObject({ nation: null });
  });

  it('gives "she" after a ministry spokeswoman that spokeswoman, not a man quoted before her', () => {
    const text = story(
      'Licence row',
      'LONDON, March 4 (Reuters) - Environment Secretary Thomas Hale said the delay was unacceptable. "Patience has limits," Hale told reporters.',
      'A French fisheries ministry spokeswoman said the applications lacked documents. "We apply the rules," she said.',
    );
    expect(nationOf(text, 'We apply the rules')).toMatchObject({ nation: 'FR' });
    expect(statementWith(text, 'We apply the rules').speaker.name).not.toBe('Thomas Hale');
  });

  it('reads the country opening a lead after its dateline, and does not take one ministry for another', () => {
    const text = story(
      'Trade dispute escalates',
      'GENEVA, May 14 (Reuters) - China has launched a dispute at the World Trade Organization against new tariffs, the Ministry of Commerce said on Tuesday.',
      'BRUSSELS, May 14 (Reuters) - Brazil will appeal the ruling, the foreign ministry said.',
    );
    expect(nationOf(text, 'China has launched')).toMatchObject({ nation: 'CN', evidence: 'China' });
    expect(nationOf(text, 'Brazil will appeal')).toMatchObject({ nation: 'BR' });
    expect(statementWith(text, 'Brazil will appeal').speaker.name).not.toBe('Ministry of Commerce');
  });

  it('gives a leader met "alongside" another the nation written with their own name', () => {
    const text = story(
      'Support for Ukraine',
      'German Chancellor Olaf Scholz, speaking in Berlin alongside Polish Prime Minister Donald Tusk, said Germany would keep its support.',
      'Tusk said Warsaw shared that view.',
    );
    expect(nationOf(text, 'Warsaw shared')).toMatchObject({ nation: 'PL' });
  });

  it('never reads a name\'s nation from the reported words that end right before it', () => {
    const text = story(
      'No new sanctions',
      'ANKARA (AA) - Turkey will not join any new sanctions that are not approved by the UN Security Council, Foreign Minister Hakan Fidan has said.',
      'Fidan said trade between the two neighbours should grow.',
    );
    expect(nationOf(text, 'will not join')).toMatchObject({ nation: 'TR' });
    expect(nationOf(text, 'should grow')).toMatchObject({ nation: 'TR' });
  });

  it('reads people inside a state body as speaking for its state, not as placed there', () => {
    const text = story('Sanctions', 'Sources in the Turkish Foreign Ministry said Ankara had informed Washington of its position.');
    expect(nationOf(text, 'informed Washington')).toMatchObject({ nation: 'TR', evidence: 'Turkish' });
  });

  it('gives a minister named by title alone the country of the dateline over a country that merely opens the sentence before', () => {
    const text = story(
      'Licence row',
      'LONDON, March 4 (Reuters) - Britain said on Tuesday it would take the dispute to arbitration.',
      'Paris has so far granted 180 of the 250 licences. Environment Secretary Thomas Hale said the delay was unacceptable.',
    );
    expect(nationOf(text, 'delay was unacceptable')).toMatchObject({ nation: 'GB' });
  });

  it('reads an office holder\'s own government in the capital that opens what they said', () => {
    const text = story(
      'Licence row',
      'LONDON, Jan 12 (PA) - Britain and the European Union traded accusations over fishing licences, with Paris threatening to block British catches.',
      'Environment Secretary Tom Hughes said London had issued licences to every boat that met the rules.',
    );
    expect(nationOf(text, 'issued licences')).toMatchObject({ nation: 'GB', evidence: 'London' });
  });

  it('gives the office of an international body met earlier no nation: “Commission spokesperson” after “the European Commission”', () => {
    const text = story(
      'Palm oil rules',
      'JAKARTA (Reuters) - Indonesia will challenge new European Union import rules on palm oil, Trade Minister Budi Santoso said on Monday.',
      'Its plantation minister, Johari Abdul Ghani, said Kuala Lumpur preferred dialogue with Brussels.',
      'The European Commission said the rules applied equally to all producers. "There is no discrimination here," Commission spokesperson Olof Gill told a briefing.',
    );
    expect(nationOf(text, 'no discrimination')).toMatchObject({ nation: null });
  });

  it('gives states speaking together no nation, not that of a country named just before', () => {
    const text = story(
      'IAEA resolution',
      'DUBAI, Nov 21 (Gulf Wire) - Iran rejected a resolution of the agency\'s board.',
      'The resolution, drafted by Britain, France and Germany, was backed by 19 of the board\'s 35 members. Russia and China voted against it.',
      '"Iran has had every opportunity to cooperate," the three European countries said in a joint statement.',
    );
    expect(nationOf(text, 'every opportunity')).toMatchObject({ nation: null });
  });

  it('reads a counterpart named in apposition after a preposition as described by it: “a call with his Japanese counterpart, Takeshi Iwaya.”', () => {
    const text = story(
      'Seafood ban',
      'BEIJING, Sept 3 (Wire) -- Chinese Foreign Minister Wang Yi said Beijing would keep its ban on Japanese seafood.',
      'Wang made the remarks during a phone call with his Japanese counterpart, Takeshi Iwaya.',
      'Iwaya told reporters that he had asked Beijing to lift the ban. He added that experts had been invited.',
    );
    expect(nationOf(text, 'lift the ban')).toMatchObject({ nation: 'JP' });
    expect(nationOf(text, 'experts had been invited')).toMatchObject({ nation: 'JP' });
  });

  it('reads Gaza and the West Bank as the Palestinian territories', () => {
    const text = story(
      'Truce proposal',
      'DOHA, Jan 8 (AFP) - The Israeli military said it had struck more than 30 targets over the past 24 hours.',
      'The Gaza health ministry said at least 45 people were killed.',
    );
    expect(nationOf(text, '45 people')).toMatchObject({ nation: 'PS' });
  });

  it('gives an office held once (“a former Dutch prime minister”) no say over whom the speaker speaks for now', () => {
    const text = story(
      'Alliance',
      'NATO Secretary General Mark Rutte said the alliance would not be deterred.',
      'Rutte, a former Dutch prime minister, added that support for Ukraine must be sustained.',
    );
    expect(nationOf(text, 'must be sustained')).toMatchObject({ nation: null });
  });

  it('places the opposition at home, where the story is filed, when no government spoke just before', () => {
    const text = story(
      'Border patrols',
      'NEW DELHI, Dec 19 (Reuters) - India and China agreed on Wednesday to resume border patrols, India\'s foreign ministry said.',
      'China\'s foreign ministry said the talks had reached a "six-point consensus."',
      'Analysts at the Lowy Institute said the deal was fragile.',
      'Opposition leader Rahul Gandhi said the government had failed to restore the status quo.',
    );
    expect(nationOf(text, 'failed to restore')).toMatchObject({ nation: 'IN' });
  });

  it('keeps an opposition the sentence does not place where the story is filed, whoever spoke just before', () => {
    const text = story(
      'Accession talks',
      'SKOPJE, June 12 (Wire) — North Macedonia\'s hopes of opening accession talks faded on Tuesday.',
      'Albania has since opened five of the six clusters. Its chief negotiator, Arben Lika, said Tirana expected to open the last one by December.',
      '“The government is wasting time the country does not have,” said Artan Sulejmani, leader of the largest ethnic Albanian opposition party.',
    );
    expect(nationOf(text, 'last one')).toMatchObject({ nation: 'AL', evidence: 'Albania' });
    expect(nationOf(text, 'wasting time')).toMatchObject({ nation: 'MK', kind: 'dateline' });
  });

  it('reads a possessive country before a personal name: “Argentina\'s Javier Milei, speaking later, said”', () => {
    const text = story('Trade deal', 'Argentina\'s Javier Milei, speaking later, said his government would ratify the agreement quickly.');
    expect(nationOf(text, 'ratify')).toMatchObject({ nation: 'AR', kind: 'explicit' });
  });

  it('reads where the speaker’s own phrase places them before the country their words open with', () => {
    const text = story('Veto', 'UNITED NATIONS (AP) — Russia vetoed a resolution on Sudan.', 'Foreign Secretary David Lammy, speaking in London, said Moscow had "blocked hope" for millions of Sudanese.');
    expect(nationOf(text, 'blocked hope')).toMatchObject({ nation: 'GB', evidence: 'London' });
    const visit = story(
      'Trucks',
      'KORDAY, March 4. /Ala-Too Press/. Kyrgyzstan demanded that Kazakhstan lift new checks on its fruit trucks.',
      'Kazakhstan’s Ministry of Agriculture said in a statement that inspectors had found larvae in 14 consignments.',
      'Deputy Agriculture Minister Yerlan Saduakasov, speaking in Bishkek after talks with Kyrgyz officials on Monday, insisted that the inspections had nothing to do with politics.',
    );
    expect(nationOf(visit, 'nothing to do with politics')).toMatchObject({ nation: 'KZ' });
  });

  it('gives a country’s envoy to an international body the country: “Britain\'s U.N. ambassador”', () => {
    const text = story(
      'Veto',
      'UNITED NATIONS (AP) — Russia vetoed a resolution on Sudan.',
      'Britain\'s U.N. ambassador, Barbara Woodward, said the veto was "a disgrace."',
      'Russia\'s deputy U.N. ambassador Dmitry Polyanskiy told the council the draft interfered in Sudan\'s affairs.',
      'U.N. envoy Ramtane Lamamra said talks would go on.',
    );
    expect(nationOf(text, 'a disgrace')).toMatchObject({ nation: 'GB' });
    expect(nationOf(text, 'interfered')).toMatchObject({ nation: 'RU' });
    expect(nationOf(text, 'talks would go on')).toMatchObject({ nation: null });
  });

  it('gives “His spokesman, X,” the nation of the person quoted just before, here none', () => {
    const text = story(
      'Veto',
      'UNITED NATIONS (AP) — The Sudanese government\'s envoy, Al-Harith Idriss, said Khartoum rejected any foreign interference.',
      'U.N. Secretary-General Antonio Guterres said he was "deeply disappointed." His spokesman, Stephane Dujarric, told reporters the world body would continue its work.',
    );
    expect(nationOf(text, 'continue its work')).toMatchObject({ nation: null });
  });

  it('gives two countries joined by “and the” no single nation: “Japan and the Philippines said ...”', () => {
    const text = story('Defence pact', 'MANILA, July 8 (Kyodo) -- Japan and the Philippines said on Monday their troops would train in each other\'s countries.');
    expect(nationOf(text, 'train in each other')).toMatchObject({ nation: null });
  });

  it('reads a portfolio the office words did not list: “Egypt\'s supply ministry said”', () => {
    const text = story(
      'Grain ship hit',
      'KYIV, March 3 (Black Sea Wire) – The Panamanian Maritime Authority said it was gathering information.',
      'Egypt\'s supply ministry said the cargo was part of a tender it had awarded in February.',
    );
    expect(nationOf(text, 'part of a tender')).toMatchObject({ nation: 'EG', evidence: 'Egypt' });
  });

  it('does not carry another country’s office into a sentence opening with a venue: “In Taipei, ..., the foreign ministry”', () => {
    const text = story(
      'Islands',
      'TOKYO, June 18 (Wire) - Chinese Foreign Ministry spokesperson Mao Ning said the patrols were "routine law-enforcement activities".',
      'In Taipei, the foreign ministry said the islands were part of Taiwan.',
    );
    expect(nationOf(text, 'part of Taiwan')).toMatchObject({ nation: 'TW', evidence: 'Taipei' });
  });

  it('places a ministry spokesperson named by title alone where the story is filed, not with the agency quoted before', () => {
    const text = story(
      'Launch',
      'SEOUL, Aug. 19 (Hanbit News) -- North Korea fired several cruise missiles on Monday, South Korea\'s military said.',
      'Pyongyang\'s official Korean Central News Agency (KCNA) said leader Kim Jong-un oversaw the test.',
      'Unification ministry spokesperson Koo Byoung-sam told a regular briefing that Seoul "deeply regrets" the provocation.',
    );
    expect(nationOf(text, 'deeply regrets')).toMatchObject({ nation: 'KR', kind: 'dateline' });
  });

  it('places an office holder named by title alone where the story is filed, not with the foreign leader quoted before', () => {
    const text = story(
      'Treaty',
      'MOSCOW, January 17. /Sever-Press/. Russian President Vladimir Putin and his Iranian counterpart Masoud Pezeshkian signed a treaty on Friday.',
      'Pezeshkian said the agreement opened "a new chapter" in relations.',
      'The document does not contain a mutual defence clause, Deputy Foreign Minister Andrei Rudenko told the Sever-Press news agency.',
    );
    expect(nationOf(text, 'mutual defence clause')).toMatchObject({ nation: 'RU', kind: 'dateline' });
  });

  it('gives a leader a national news agency names by title alone the agency’s country: “KCNA said leader Kim Jong-un ...”', () => {
    const text = story(
      'Launch',
      'SEOUL, Aug. 19 (Hanbit News) -- North Korea fired several cruise missiles on Monday, South Korea\'s military said.',
      'The official Korean Central News Agency (KCNA) said leader Kim Jong-un oversaw the test.',
      'Kim was quoted by KCNA as saying the country must be "fully ready to strike back at any moment."',
    );
    expect(nationOf(text, 'strike back')).toMatchObject({ nation: 'KP', evidence: 'Korean Central News Agency' });
  });

  it('lets a government that spoke just before go on through an office holder it names by title alone', () => {
    const text = story(
      'Climate talks',
      'BAKU, Azerbaijan (Horizon Presse) - The summit\'s host, Azerbaijan, said it would present a new draft text on Sunday.',
      'China said it would not accept obligations to contribute. Vice Environment Minister Zhao Yingmin said developed countries must "honour their historic responsibility."',
    );
    expect(nationOf(text, 'historic responsibility')).toMatchObject({ nation: 'CN', evidence: 'China' });
  });

  it('gives a group another state leads or backs no nation: “the Saudi-led coalition”, “the Kurdish-led administration”', () => {
    const text = story(
      'Border clashes',
      'ANKARA (AA) - Iranian Foreign Ministry spokesman Esmaeil Baghaei said Tehran was ready to mediate.',
      'The Kurdish-led administration said thousands of people had fled toward Raqqa.',
      'The Saudi-led coalition said it had intercepted a drone.',
    );
    expect(nationOf(text, 'fled toward Raqqa')).toMatchObject({ nation: null, evidence: 'Kurdish-led administration' });
    expect(nationOf(text, 'intercepted a drone')).toMatchObject({ nation: null, evidence: 'Saudi-led coalition' });
  });

  it('reads Beijing’s Taiwan Affairs Office as Chinese, and keeps a long office phrase whole', () => {
    const text = story(
      'Transit',
      'BEIJING, Dec. 1 (Xinhua) -- China firmly opposes any official interaction between the United States and Taiwan, a spokesperson for the Taiwan Affairs Office of the State Council said on Sunday.',
    );
    const said = statementWith(text, 'firmly opposes');
    expect(said.content.text).toBe('China firmly opposes any official interaction between the United States and Taiwan');
    expect(said.speaker.mention?.text).toBe('a spokesperson for the Taiwan Affairs Office of the State Council');
    expect(nationOf(text, 'firmly opposes')).toMatchObject({ nation: 'CN', evidence: 'Taiwan Affairs Office' });
  });

  it('reads “China, Pakistan\'s closest ally,” as China set off by an apposition, not two countries speaking together', () => {
    const text = story('Kashmir attack', 'NEW DELHI, May 8 (Meridian News) - China, Pakistan\'s closest ally, called for a "swift and fair investigation."');
    expect(nationOf(text, 'swift and fair')).toMatchObject({ nation: 'CN', evidence: 'China' });
  });

  it('reads “two diplomats in Vienna” whole, a group of no single nation, whatever the countries it reports on', () => {
    const text = story('Resolution', 'VIENNA, Nov. 14 (Danube Press) – Britain, France and Germany are drafting a resolution censuring Iran, two diplomats in Vienna said.');
    const said = statementWith(text, 'drafting a resolution');
    expect(said.content.text).toBe('Britain, France and Germany are drafting a resolution censuring Iran');
    expect(said.speaker.mention?.text).toBe('two diplomats in Vienna');
    expect(said.speaker.nation).toBeNull();
  });

  it('reads “The Israeli prime minister\'s office” whole, and “his office” after it as the same country’s', () => {
    const text = story(
      'Truce',
      'DOHA/JERUSALEM, Nov. 27 (Levant Press) — Israel and Hamas agreed to extend their truce in Gaza by two days, mediator Qatar said on Monday.',
      'The Israeli prime minister\'s office said it had received a list of hostages. Netanyahu told Biden in a call that Israel would resume fighting, his office said.',
    );
    expect(statementWith(text, 'list of hostages').speaker.mention?.text).toBe("The Israeli prime minister's office");
    expect(nationOf(text, 'list of hostages')).toMatchObject({ nation: 'IL', evidence: 'Israeli' });
    expect(nationOf(text, 'resume fighting')).toMatchObject({ nation: 'IL' });
  });

  it('leaves a participle after the speaker out of the phrase its nation is read from: “Jordan\'s King Abdullah, meeting EU ...”', () => {
    const text = story('Truce', 'Jordan\'s King Abdullah, meeting EU foreign policy chief Josep Borrell in Amman, said there could be no military solution.');
    expect(nationOf(text, 'no military solution')).toMatchObject({ nation: 'JO', evidence: 'Jordan' });
  });

  it('gives “The agency\'s spokeswoman, X,” the nation of the body quoted just before, here none', () => {
    const text = story(
      'Truce',
      'The Palestinian Authority\'s foreign ministry accused Israel of "collective punishment."',
      'UNRWA chief Philippe Lazzarini said the aid was "a drop in the ocean." The agency\'s spokeswoman, Juliette Touma, said shelters were overcrowded.',
    );
    expect(nationOf(text, 'shelters were overcrowded')).toMatchObject({ nation: null });
  });

  it('gives the leader of a breakaway region no state recognises no nation: “Somaliland\'s leader”', () => {
    const text = story(
      'Port deal',
      'MOGADISHU, Jan. 8 (Horn Wire) – Ethiopia\'s national security adviser, Redwan Hussien, said Ethiopia sought only "access to the sea."',
      'Somaliland\'s leader, Muse Bihi Abdi, said the deal included recognition of the region as an independent state.',
    );
    expect(nationOf(text, 'independent state')).toMatchObject({ nation: null, evidence: 'Somaliland' });
  });

  it('places a title-only office holder where the story is filed after an unnamed foreign source, whatever the holder’s describing clause', () => {
    const text = story(
      'Envoy summoned',
      'PARIS (Horizon Presse) - France summoned Algeria\'s ambassador on Thursday, the foreign ministry said.',
      'An Algerian diplomatic source told Horizon Presse that Algiers would "respond firmly" to any sanctions.',
      'President Emmanuel Macron, speaking on the sidelines of a summit in Brussels, called the arrest "a dishonour" for Algeria.',
    );
    expect(nationOf(text, 'a dishonour')).toMatchObject({ nation: 'FR', kind: 'dateline' });
  });

  it('gives “a statement” the speaker just said it in: “a ministry spokesman said in a statement posted on its website. “…”', () => {
    const text = story(
      'Tariff dispute',
      'GENEVA, May 14 (Euro-Asia Press) – China has filed a complaint at the World Trade Organization, its commerce ministry said.',
      '"The investigation was built on presumptions," a ministry spokesman said in a statement posted on its website. "China will defend the rights of its companies."',
    );
    expect(nationOf(text, 'defend the rights')).toMatchObject({ nation: 'CN' });
  });

  it('gives the Group of Seven no nation, not the host named in the dateline', () => {
    const text = story('G7', 'CAPRI, Italy, April 19 (Euro-Asia Press) – Foreign ministers of the Group of Seven said on Friday they would consider further measures.');
    expect(nationOf(text, 'further measures')).toMatchObject({ nation: null });
  });

  it('gives the Russia-led CSTO’s secretary general no nation, not the country the story is filed from', () => {
    const text = story(
      'Bloc',
      'YEREVAN, Feb. 23 (Caucasus Wire) – Armenia has frozen its participation in the bloc, Prime Minister Nikol Pashinyan said.',
      'CSTO Secretary General Imangali Tasmagambetov said the organisation had received no official notification.',
    );
    expect(nationOf(text, 'no official notification')).toMatchObject({ nation: null });
  });

  it('finds a person again by the first of two Spanish surnames: “Vladimir Padrino Lopez ... Padrino said”', () => {
    const text = story(
      'Drills',
      'CARACAS, Dec. 28 (Caribbean Wire) - Venezuelan President Nicolas Maduro spoke on Thursday, flanked by Defence Minister Vladimir Padrino Lopez.',
      'Padrino said some 5,600 troops were taking part in the drills.',
    );
    expect(statementWith(text, '5,600 troops').speaker).toMatchObject({ name: 'Vladimir Padrino Lopez', nation: 'VE' });
  });
  it('gives a state news agency named as one its country: “IRNA news agency reported”, “Yonhap News Agency reported”', () => {
    const text = story(
      'Talks',
      'VIENNA, Nov 28 (Wire) - Iran is ready for a "fair and balanced" agreement, IRNA news agency reported.',
      'Seoul was considering a new fund for the victims, Yonhap News Agency reported.',
    );
    expect(nationOf(text, 'fair and balanced')).toMatchObject({ nation: 'IR' });
    expect(nationOf(text, 'a new fund')).toMatchObject({ nation: 'KR' });
  });
  it('reads a “Permanent Representative” as a state’s office: “X, Russia’s Permanent Representative to the international organisations in Vienna,”', () => {
    const text = story('Talks', "Konstantin Belov, Russia's Permanent Representative to the international organisations in Vienna, said the Europeans kept raising the bar.");
    expect(nationOf(text, 'raising the bar')).toMatchObject({ nation: 'RU' });
  });
  it('places a health ministry by the dateline, not with the World Health Organization met before, and a venue with “neighbouring”', () => {
    const text = story(
      'Outbreak',
      'KINSHASA, Congo (Wire) - The World Health Organization on Friday issued an alert over an outbreak in eastern Congo.',
      'The health ministry said treatment centres had been set up in Goma.',
      'In neighbouring Rwanda, the Ministry of Health said it had begun screening travellers. Health Minister Claudine Uwase said the border would stay open.',
    );
    expect(nationOf(text, 'treatment centres')).toMatchObject({ nation: 'CD' });
    expect(nationOf(text, 'screening travellers')).toMatchObject({ nation: 'RW' });
    expect(nationOf(text, 'stay open')).toMatchObject({ nation: 'RW' });
  });
  it('gives a group another state leads no nation, and keeps the whole group as the speaker: “OPEC … and allies led by Russia said”', () => {
    const text = story(
      'Oil',
      'VIENNA, June 2 (Wire) - The Organization of the Petroleum Exporting Countries and allies led by Russia said the decision was aimed at "supporting the stability" of oil markets.',
      'The UAE secured approval to raise its production baseline, the OPEC+ statement said.',
      'A coalition led by Saudi Arabia said it had intercepted two drones.',
    );
    expect(statementWith(text, 'supporting the stability').speaker).toMatchObject({ mention: { text: 'The Organization of the Petroleum Exporting Countries and allies led by Russia' }, nation: null });
    expect(statementWith(text, 'production baseline').speaker).toMatchObject({ mention: { text: 'the OPEC+ statement' }, nation: null });
    expect(nationOf(text, 'two drones')).toMatchObject({ nation: null });
  });

  it('gives a spokesman for the European External Action Service no nation, not the country the story is about', () => {
    const text = story(
      'Treaty',
      'YEREVAN, Nov. 12 (Wire) - Armenia published the text of the peace treaty on Tuesday.',
      'Spokesman for the European External Action Service Peter Lindholm called the publication "a historic step".',
    );
    expect(nationOf(text, 'a historic step')).toMatchObject({ nation: null });
  });
  it('finds an unnamed source again by “the officer” and “the source”', () => {
    const text = story(
      'Patrols',
      'NEW DELHI, Oct 22 (Wire) - An Indian Army officer familiar with the talks told reporters that the delegation had sought access to grazing grounds.',
      'According to the officer, the Chinese side agreed to "examine" the request.',
      'A source close to the Chinese delegation said Beijing wanted a written text. The source said talks would resume in March.',
    );
    expect(statementWith(text, 'examine').speaker).toMatchObject({ name: 'Indian Army officer familiar with the talks', nation: 'IN' });
    expect(nationOf(text, 'resume in March')).toMatchObject({ nation: nationOf(text, 'a written text').nation });
  });
  it('keeps a president’s nation whatever the appositive calls him, and gives a creditors’ group none', () => {
    const text = story(
      'Debt',
      'BUENOS AIRES, Dec 4 (Wire) - President Javier Milei, a libertarian economist who took office in December 2023, has said repeatedly that the fiscal surplus is "non-negotiable".',
      'The Southern Cone Creditors Group said it "stands ready to engage constructively" with the government.',
    );
    expect(nationOf(text, 'non-negotiable')).toMatchObject({ nation: 'AR' });
    expect(nationOf(text, 'engage constructively')).toMatchObject({ nation: null });
  });
  it('gives “the statement” to whoever was said to issue one, not to the last person quoted', () => {
    const text = story(
      'Oil',
      'VIENNA, June 2 (Wire) - The Saudi energy ministry said in a statement after the meeting that output would rise.',
      'Sophie Marchetti, head of research at Harrowgate Capital in London, said the extension had been priced in.',
      'The kingdom will review the cut in July, the statement said.',
    );
    expect(statementWith(text, 'review the cut').speaker).toMatchObject({ nation: 'SA' });
  });
  it('places a person by the side they lead: “The Saudi delegation was led by X and the Iranian side by Y”', () => {
    const text = story(
      'Talks',
      'BEIJING, April 6 (Wire) -- Chinese Foreign Minister Wang Yi said the meeting showed "the strong momentum of reconciliation".',
      'The Saudi delegation was led by Deputy Foreign Minister Abdulaziz Al-Mutairi and the Iranian side by Deputy Foreign Minister Mehdi Rostamzadeh.',
      'Al-Mutairi said the Kingdom attached "great importance" to the agreement.',
      'Rostamzadeh said that relations had entered "a new stage".',
    );
    expect(nationOf(text, 'great importance')).toMatchObject({ nation: 'SA' });
    expect(nationOf(text, 'a new stage')).toMatchObject({ nation: 'IR' });
  });
  it('gives the head of a UN agency’s office no nation, and places a mayor named by title where the story is filed', () => {
    const text = story(
      'Border',
      'Bogota, Mar 12 (EFE).- Venezuela\'s deputy foreign minister said the Colombian figures were "exaggerated".',
      'Elena Sanz, a Spaniard who heads the office of the UN refugee agency (UNHCR) in Colombia, said many of the arrivals were families.',
      'Cucuta Mayor Hernan Rodriguez said the city had opened two reception centres.',
    );
    expect(nationOf(text, 'were families')).toMatchObject({ nation: null });
    expect(nationOf(text, 'reception centres')).toMatchObject({ nation: 'CO' });
  });
  it('continues a government named earlier in the same sentence through a title-only holder: “Tunis has rejected …, and President X said”', () => {
    const text = story(
      'Migration',
      'ROME, May 9 (Wire) - Italian Prime Minister Giorgia Meloni said the deal was fair.',
      'Tunis has repeatedly rejected proposals to host processing centres, and President Kais Saied said last month that his country "will not be a transit camp".',
    );
    expect(nationOf(text, 'transit camp')).toMatchObject({ nation: 'TN' });
  });

  it('finds a Malaysian leader again by his name after the honorifics “Datuk Seri”', () => {
    const text = story(
      'Water',
      'KUALA LUMPUR, May 14 (Wire) -- In a statement, the Prime Minister\'s Office said Prime Minister Datuk Seri Anwar Ibrahim and his Singaporean counterpart had agreed to meet.',
      '"The current price does not reflect the value of water today," Anwar told reporters.',
    );
    expect(statementWith(text, 'value of water').speaker).toMatchObject({ name: 'Anwar Ibrahim', nation: 'MY' });
  });
  it('keeps the country before two joined portfolios in the person’s description: “Bolivia’s Hydrocarbons and Energy Minister X”', () => {
    const text = story(
      'Lithium',
      'SANTIAGO (Wire) - The accord was signed by Chile’s Mining Minister Camila Fuentes and Bolivia’s Hydrocarbons and Energy Minister Marcelo Quispe, who flew in from La Paz.',
      'Quispe said La Paz would never give up control of the resource.',
    );
    expect(nationOf(text, 'never give up')).toMatchObject({ nation: 'BO' });
  });
  it('takes no country’s whole name for a person: “the ministry” is not the UAE named later in “the Ministry of Foreign Affairs of the United Arab Emirates”', () => {
    const text = story(
      'Exchange',
      'MOSCOW, September 12. /Wire/. As many as 150 Russian servicemen have been returned in an exchange mediated by the United Arab Emirates, the Russian Defense Ministry said on Friday.',
      '"In return, 150 prisoners of war were handed over," the ministry said in a statement.',
      'The Ministry of Foreign Affairs of the United Arab Emirates said in a statement that the mediation had succeeded.',
    );
    expect(statementWith(text, '150 prisoners of war').speaker).toMatchObject({ name: 'Russian Defense Ministry', nation: 'RU' });
    expect(nationOf(text, 'mediation had succeeded')).toMatchObject({ nation: 'AE' });
  });
  it('places a senator by the venue opening the sentence: “In Manila, Senator X, who chairs …, called …”', () => {
    const text = story(
      'Paracels',
      'HANOI, March 4 (Wire) - Vietnam demanded the release of the fishermen.',
      'In Manila, Senator Rafael Dimaculangan, who chairs the Senate committee on foreign relations, called the seizure "another example of coercion".',
    );
    expect(nationOf(text, 'another example')).toMatchObject({ nation: 'PH' });
  });
  it('finds “the sources” again, keeps a slash inside a party’s name, and gives a rights observatory no nation', () => {
    const text = story(
      'Seafood',
      'TOKYO, Nov. 20 (Wire) -- China has again suspended imports of seafood from Japan, Japanese government sources said Thursday.',
      'Beijing notified Tokyo that it needed "additional monitoring data", the sources said.',
      'Thorsten Weigand, deputy leader of the conservative CDU/CSU parliamentary group in the Bundestag, accused the government of having "no line at all".',
      'In a statement, the Haitian Observatory for Human Rights said that 48 civilians had been killed.',
    );
    expect(nationOf(text, 'additional monitoring data')).toMatchObject({ nation: 'JP' });
    expect(statementWith(text, 'no line at all').speaker).toMatchObject({ name: 'Thorsten Weigand', nation: 'DE' });
    expect(nationOf(text, '48 civilians')).toMatchObject({ nation: null });
  });
  it('knows more state news agencies by name: “the official APS news agency”, Bernama, SANA', () => {
    const text = story(
      'Withdrawal',
      'PARIS, Dec 2 (Wire) - Algeria will not allow its airspace to be used for the withdrawal, the official APS news agency reported.',
      'Malaysia wants a higher price for raw water, Bernama reported.',
    );
    expect(nationOf(text, 'its airspace')).toMatchObject({ nation: 'DZ' });
    expect(nationOf(text, 'higher price')).toMatchObject({ nation: 'MY' });
  });
  it('places a body’s press service with the body: “the committee’s press service said”', () => {
    const text = story(
      'Border',
      'MINSK, June 12. /Wire/. The State Border Committee of Belarus has accused Polish border guards of firing shots across the border.',
      '"There were no casualties among our border guards," the committee\'s press service said on its Telegram channel.',
    );
    expect(nationOf(text, 'no casualties')).toMatchObject({ nation: 'BY' });
  });
  it('places a title-only spokesman with a government opening the sentence before, a court by the court named before, and a committee chairman', () => {
    const text = story(
      'Row',
      'PARIS, May 17 (Wire) - France accused Baku of stirring unrest in New Caledonia, French officials said.',
      'In Baku, Azerbaijan\'s foreign ministry rejected the accusations.',
      '"We categorically reject these baseless claims," spokesman Elnur Mammadli said in a statement.',
      'The Seoul Central District Court ordered the state to pay compensation. "The state cannot justify the isolation," the court said in its ruling.',
      '"Sweden has taken concrete steps," committee chairman Huseyin Kaya told reporters in Ankara.',
    );
    expect(nationOf(text, 'baseless claims')).toMatchObject({ nation: 'AZ' });
    expect(nationOf(text, 'cannot justify')).toMatchObject({ nation: 'KR' });
    expect(nationOf(text, 'concrete steps')).toMatchObject({ nation: 'TR' });
  });
  it('keeps a body named by a common noun in its office holder’s phrase: “the bloc’s top diplomat added”', () => {
    const text = story('Law', 'TBILISI, May 14 (Wire) - The European Union warned Tbilisi against the law.', '"That future cannot be built on such laws," the bloc’s top diplomat added.');
    expect(statementWith(text, 'such laws').speaker).toMatchObject({ mention: { text: 'the bloc’s top diplomat' }, nation: null });
  });
  it('finds a person again by the first two words of a longer name, and reads an opening relay as the speaker of the clause after it', () => {
    const text = story(
      'Temple',
      'BANGKOK, June 2 (Wire) -- Malaysian Foreign Minister Ahmad Razali Hamzah, whose country holds the rotating ASEAN chair, said he had spoken to both sides.',
      '"ASEAN cannot afford tensions between two members," Ahmad Razali told reporters.',
      'According to two diplomatic sources, Washington has indicated it will move ahead with the sale.',
    );
    expect(statementWith(text, 'cannot afford').speaker).toMatchObject({ name: 'Ahmad Razali Hamzah', nation: 'MY' });
    expect(statementWith(text, 'move ahead').speaker).toMatchObject({ mention: { text: 'two diplomatic sources' }, nation: null });
  });
  it('keeps a country’s own nation whatever body its appositive names, and gives rights groups none', () => {
    const text = story(
      'Temple',
      'BANGKOK, June 2 (Wire) -- Malaysia, the current chair of ASEAN, urged both neighbours to exercise restraint.',
      'Rights groups say more than 1,000 people remain imprisoned for political reasons.',
    );
    expect(nationOf(text, 'exercise restraint')).toMatchObject({ nation: 'MY' });
    expect(nationOf(text, 'remain imprisoned')).toMatchObject({ nation: null });
  });
  it('reads a name with a joined particle whole, and gives no later “he” to a dam', () => {
    const text = story(
      'Nile',
      'CAIRO, March 3 (Wire) - Egyptian Foreign Minister Hisham Abdel-Rahman met his Sudanese counterpart, Mubarak al-Tayeb Osman.',
      'Osman said Sudan shared Cairo\'s concern over the filling of the Grand Ethiopian Renaissance Dam on the Blue Nile.',
      'He urged Addis Ababa to share daily data on water releases from the dam.',
    );
    expect(statementWith(text, 'shared Cairo').speaker).toMatchObject({ name: 'Mubarak al-Tayeb Osman', nation: 'SD' });
    expect(statementWith(text, 'daily data').speaker).toMatchObject({ name: 'Mubarak al-Tayeb Osman', nation: 'SD' });
  });
  it('gives a later “he” to the person named before a dam, not to the dam', () => {
    const text = story(
      'Nile',
      'KHARTOUM, May 2 (Wire) - Sudanese Irrigation Minister Yasir Hamid said on Sunday that the talks had stalled.',
      'Engineers inspected the second turbine of the Grand Ethiopian Renaissance Dam last week.',
      'He said Sudan needed daily data on water releases.',
    );
    expect(statementWith(text, 'daily data').speaker).toMatchObject({ name: 'Yasir Hamid', nation: 'SD' });
  });
  it('reads a palace that stands for a government as that government, not as a person’s name: “Sources at La Moneda”', () => {
    const text = story('Lithium', 'SANTIAGO, May 2 (Wire) - Chile moved to nationalise lithium.', 'Sources at La Moneda told EFE that the government hoped to pass the bill this year.');
    expect(statementWith(text, 'pass the bill').speaker).toMatchObject({ name: 'Sources at La Moneda', nation: 'CL' });
  });
  it('gives the European Court of Human Rights no nation, whatever its dateline', () => {
    const text = story('Flight', 'LONDON, May 2 (Wire) - The European Court of Human Rights on Tuesday ordered Britain to halt the first deportation flight.');
    expect(nationOf(text, 'deportation flight')).toMatchObject({ nation: null });
  });
  it('gives no later pronoun or office word to a place named after “town of”, nor to words of a capitals headline', () => {
    const text = story(
      'JORDANIAN ARMY KILLS FIVE SMUGGLERS, SEIZES 3 MILLION CAPTAGON PILLS',
      'AMMAN (Wire) - Border guards killed five smugglers on Sunday, the army said.',
      'DAR ES SALAAM, May 3 (Wire) -- Transport Minister Neema Mwakalinga said the upgrade would cut transit times to the Zambian town of Kapiri Mposhi.',
      'Noting that cargo volumes had fallen, she said the government expected freight traffic to triple.',
    );
    expect(statementWith(text, 'five smugglers').speaker).toMatchObject({ name: null, nation: 'JO' });
    expect(statementWith(text, 'freight traffic').speaker).toMatchObject({ name: 'Neema Mwakalinga' });
  });
  it('reads a closing attribution over a long opening subject: “The foreign ministers of … and Rwanda agreed …, Angolan Foreign Minister X said”', () => {
    const text = story(
      'Talks',
      'LUANDA, Feb. 12 (Wire) -- The foreign ministers of the Democratic Republic of the Congo (DRC) and Rwanda agreed on Wednesday to resume talks, Angolan Foreign Minister Manuel Domingos Tchissola said.',
    );
    const found = extractStatements(text).statements;
    expect(found).toHaveLength(1);
    expect(found[0]!.content.text).toBe('The foreign ministers of the Democratic Republic of the Congo (DRC) and Rwanda agreed on Wednesday to resume talks');
    expect(found[0]!.speaker).toMatchObject({ name: 'Manuel Domingos Tchissola', nation: 'AO' });
  });
  it('gives a central bank its state, and a commercial bank none', () => {
    const text = story(
      'Euro',
      'SOFIA, May 2 (Wire) - Bulgarian National Bank Governor Dimitar Radoslavov said the lev would be converted at a fixed rate.',
      'The People’s Bank of China said it would keep the yuan basically stable.',
      'A Bank of America spokesman said the lender would follow the rules.',
    );
    expect(nationOf(text, 'fixed rate')).toMatchObject({ nation: 'BG' });
    expect(nationOf(text, 'basically stable')).toMatchObject({ nation: 'CN' });
    expect(nationOf(text, 'follow the rules')).toMatchObject({ nation: null });
  });
  it('gives a broker named with its city no nation, as a company named with its seat has none', () => {
    const text = story(
      'Insurance',
      'ADEN/LONDON, March 4 (Wire) - War-risk insurance has doubled. Tom Ashby, head of marine war risks at London broker Ashworth & Pryce, said underwriters were quoting 1% of a ship’s value.',
    );
    expect(nationOf(text, 'underwriters were quoting')).toMatchObject({ nation: null, kind: 'organization' });
  });
  it('gives "the government’s chief negotiator" the government the story named with its country, not the host of the talks', () => {
    const text = story(
      'Swap',
      'MUSCAT, Oman (Wire) - Yemen’s government and the Houthi rebels have agreed to exchange 900 detainees after talks in Muscat, Oman’s foreign ministry announced.',
      'The government’s chief negotiator, Deputy Human Rights Minister Nabil Bashir, said the lists included 14 journalists.',
    );
    expect(nationOf(text, 'included 14 journalists')).toMatchObject({ nation: 'YE', kind: 'earlier-mention', evidence: 'Yemen' });
  });
  it('knows a UN programme by its American spelling too', () => {
    const text = story('Port', 'ADEN (Wire) - The government in Aden condemned the strike. The World Food Program said a ship carrying wheat had been diverted.');
    expect(nationOf(text, 'carrying wheat')).toMatchObject({ nation: null, kind: 'organization', evidence: 'World Food Program' });
  });
  it('gives "the kingdom’s ministry" the last kingdom the story named, not the sultanate it is filed from', () => {
    const text = story(
      'Flights',
      'MUSCAT, 3 June (Wire) — The Sultanate’s Ministry of Foreign Affairs announced that the exchange had begun.',
      'The Red Cross said its teams had flown 412 detainees between Sanaa, Aden and the Saudi city of Abha.',
      'A Houthi negotiator said the group was ready for more exchanges.',
      'The kingdom’s Ministry of Defense said that four soldiers had arrived at an air base in good health.',
    );
    expect(statementWith(text, 'four soldiers').speaker.mention?.text).toBe('The kingdom’s Ministry of Defense');
    expect(nationOf(text, 'four soldiers')).toMatchObject({ nation: 'SA', evidence: 'Saudi' });
    expect(nationOf(text, 'exchange had begun')).toMatchObject({ nation: 'OM' });
  });
  it('gives "the junta" the country whose military the story named, not the capital that spoke before', () => {
    const text = story(
      'Fuel',
      'WASHINGTON (Wire) — The United States and Britain imposed sanctions on a network that supplies aviation fuel to Myanmar’s military.',
      'In London, the Foreign Office said the measures would starve the regime’s air force of fuel.',
      'The junta, in a statement read on state television, called the sanctions “an act of economic aggression”.',
    );
    expect(nationOf(text, 'economic aggression')).toMatchObject({ nation: 'MM', evidence: 'Myanmar' });
  });
  it('gives the head of a country’s observer mission that country, and the head of the EU’s none', () => {
    const text = story(
      'Vote',
      'YANGON, Jan. 12 (Wire) - Polls closed in the second phase of the election.',
      'The head of the Russian observer mission, Nikolai Bulatov, said the vote had been held without serious violations.',
      'The head of the EU election observation mission, Anna Berg, said access had been limited.',
    );
    expect(nationOf(text, 'without serious violations')).toMatchObject({ nation: 'RU', evidence: 'Russian' });
    expect(nationOf(text, 'access had been limited')).toMatchObject({ nation: null });
  });
  it('knows the Francophonie by its French name and its acronym, whatever its secretary-general’s nationality', () => {
    const text = story(
      'Visas',
      'OTTAWA (Wire) - Dozens of delegates were refused visas.',
      'The secretary-general of the Organisation internationale de la Francophonie, Burkinabè diplomat Mariam Sanou, said she had raised the matter.',
      'An OIF spokesman said the summit would go ahead.',
    );
    expect(nationOf(text, 'raised the matter')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'go ahead')).toMatchObject({ nation: null, kind: 'organization' });
  });
  it('gives an officer named by the country alone that country, over the country what was said opens with', () => {
    const text = story(
      'Bases',
      'LIBREVILLE (Wire) - France handed its base to Gabon on Thursday.',
      'French officers have already handed over two of the camp’s four barracks, according to a Gabonese officer who asked not to be named.',
    );
    expect(nationOf(text, 'four barracks')).toMatchObject({ nation: 'GA', evidence: 'Gabonese' });
  });
  it('gives an office the story calls federal the federation it is filed from, not the capital that spoke before', () => {
    const text = story(
      'Visas',
      'OTTAWA (Wire) - Senegal lodged a formal protest with Canada on Tuesday after delegates were refused visas, with Dakar calling the refusals “an insult”.',
      'The federal immigration department said in a statement that every application had been assessed on its merits.',
    );
    expect(nationOf(text, 'assessed on its merits')).toMatchObject({ nation: 'CA' });
  });
  it('reads "the Presidency of the Republic" whole as the presidency of the state the story is filed from', () => {
    const text = story(
      'Permit',
      'Antananarivo, Sep 12 (Wire).- Madagascar suspended the permit of a Canadian-listed miner, the Ministry of Mines reported.',
      'In Johannesburg, the Canadian Minister of International Trade, Nathalie Bertin, declared that Ottawa had asked for clarifications.',
      'For its part, the Presidency of the Republic affirmed that the measure “is not directed against Canada”.',
    );
    const presidency = statementWith(text, 'not directed against Canada');
    expect([presidency.speaker.name, presidency.speaker.organization, presidency.speaker.nation]).toEqual(['Presidency of the Republic', 'Presidency of the Republic', 'MG']);
  });
  it('places an emergency service where the sentence before puts the emergency, but not a firefighters’ union', () => {
    const text = story(
      'Fire',
      'KUALA LUMPUR, Aug 14 (Wire) -- No Malaysians have been hurt in the wildfire, the Malaysian foreign ministry said.',
      'The fire broke out on Sunday near Varnavas, about 35 km north of Athens.',
      'Fire service spokeswoman Ioanna Kyriakou said more than 600 firefighters were battling several fronts.',
      'Tom Hanes, the president of a firefighters union, said crews were exhausted.',
    );
    expect(nationOf(text, '600 firefighters')).toMatchObject({ nation: 'GR', evidence: 'Athens' });
    expect(nationOf(text, 'crews were exhausted')).toMatchObject({ nation: null });
  });
  it('gives an office holder named with the title of the unnamed one who just spoke that one’s nation', () => {
    const text = story(
      'Canal',
      'BALBOA, Panama (Wire) — The Panama Canal will keep restrictions on ships until March, its administrator said Thursday.',
      'Administrator Ricardo Almengor told a news conference that the canal would allow 24 transits a day.',
    );
    expect(nationOf(text, '24 transits')).toMatchObject({ nation: 'PA', kind: 'earlier-mention' });
  });
  it('gives a title-and-name holder a national broadcaster quotes the broadcaster’s country', () => {
    const text = story(
      'Extradition',
      'QUITO, Feb. 21 (Wire) – Ecuador asked Colombia to extradite a drug trafficker.',
      'According to the U.S. Department of Justice, he faces charges in Florida.',
      'Colombian broadcaster Canal Andino quoted Attorney General Luz Marina Ospina as saying that he will remain in prison “until the last appeal is resolved”.',
    );
    expect(nationOf(text, 'last appeal')).toMatchObject({ nation: 'CO', evidence: 'Colombian' });
  });
  it('reads "Director of Fisheries" as a state office, placed like any other', () => {
    const text = story(
      'Licences',
      'PORT VILA, Nov. 12 (Wire) -- Vanuatu suspended the licences of 14 foreign tuna longliners.',
      'The Fisheries Department said the vessels’ catches did not match their tracking data.',
      'Director of Fisheries Joel Taravaki told reporters that the suspensions would last 90 days.',
    );
    expect(nationOf(text, 'last 90 days')).toMatchObject({ nation: 'VU' });
  });
  it('gives a country’s capitalised agency with "and" in its name that country, over a neighbour named before', () => {
    const text = story(
      'Jamming',
      'TALLINN (Wire) - Estonian airline flights to Tartu were suspended, the Estonian transport ministry said.',
      'Finland’s Transport and Communications Agency, Traficom, said it had received 1,900 reports of GPS disturbances.',
    );
    expect(nationOf(text, '1,900 reports')).toMatchObject({ nation: 'FI', evidence: 'Finland' });
  });

  it('gives a prosecutor and a detective superintendent named by title the country the story is filed from', () => {
    const sweden = story(
      'China urges “objective” probe as Sweden investigates Baltic cable damage',
      'STOCKHOLM, Feb. 3 (Wire) -- Swedish prosecutors on Monday opened a preliminary investigation into suspected sabotage after a fibre-optic cable linking the island of Gotland with Latvia was damaged, and the coast guard boarded a Malta-flagged bulk carrier with a Chinese crew.',
      'Prosecutor Henrika Sjöberg told a press conference in Visby that investigators had found fresh damage to the anchor.',
    );
    const finland = story(
      'Cable',
      'HELSINKI (Wire) - Finnish police seized a tanker after a power cable to Estonia was cut.',
      'Detective Superintendent Jari Kolehmainen told reporters that the crew were being questioned.',
    );
    expect(nationOf(sweden, 'fresh damage')).toMatchObject({ nation: 'SE' });
    expect(nationOf(finland, 'being questioned')).toMatchObject({ nation: 'FI' });
  });
  it('reads an envoy to a body named with its bracketed acronym as the capital’s, and an undersecretary as a state office', () => {
    const text = story(
      'Runoff',
      'WASHINGTON (Wire) - The OAS permanent council met on Peru’s disputed runoff.',
      'Lima’s envoy to the Organization of American States (OAS), Gonzalo Tello, told the council that Peru would accept no tutelage.',
      'TACNA, Peru (Wire) - Hundreds of migrants were stranded at the border. In Santiago, Undersecretary of the Interior Felipe Araya said the border would remain closed.',
    );
    expect(nationOf(text, 'no tutelage')).toMatchObject({ nation: 'PE', evidence: 'Lima' });
    expect(nationOf(text, 'remain closed')).toMatchObject({ nation: 'CL', evidence: 'Santiago' });
  });
  it('places a minister speaking by video link from a capital in that capital, not the one before', () => {
    const text = story(
      'Fires',
      'LETICIA, Colombia (Wire) - Fires spread.',
      'In La Paz, the Casa Grande del Pueblo said President Evaristo Mamani had declared a national disaster.',
      'Speaking by video link from Brasília, Environment Minister Tarcísio Moura said Brazil had sent two air tankers.',
    );
    expect(nationOf(text, 'two air tankers')).toMatchObject({ nation: 'BR', evidence: 'Brasília' });
  });
  it('places a spokesman quoted "as saying in Beijing that" in Beijing, and leaves the place out of what was said', () => {
    const text = story(
      'Port',
      'QUITO, June 3 (Wire) - Ecuador signed a port concession with a Chinese builder.',
      'The state-run Dongfang news agency quoted Foreign Ministry spokesman Lu Haiqing as saying in Beijing that the project was “purely commercial”.',
    );
    expect(statementWith(text, 'purely commercial').content.text).toBe('that the project was “purely commercial”');
    expect(nationOf(text, 'purely commercial')).toMatchObject({ nation: 'CN', evidence: 'Beijing' });
  });
  it('refers "the officer" back to the officer of a rank named before', () => {
    const text = story(
      'Air policing',
      'SIAULIAI, Lithuania (Wire) - Spanish fighter jets took over NATO air policing on Monday.',
      'Lieutenant Colonel Javier Morcillo Arenas, who heads the Spanish detachment of some 130 airmen, told Iberpress that his pilots were ready.',
      '“We come to protect the skies of our allies as if they were our own,” the officer said.',
    );
    expect(statementWith(text, 'skies of our allies').speaker.name).toBe('Javier Morcillo Arenas');
    expect(nationOf(text, 'skies of our allies').nation).toBe(nationOf(text, 'pilots were ready').nation);
  });
  it('gives a regional governor the country the story is filed from, not the one his statement opens with', () => {
    const text = story(
      'Transit',
      'KALININGRAD, March 4. /Wire/. Lithuania’s new restrictions on rail transit of goods to the Kaliningrad region amount to a partial blockade of the Russian exclave, regional Governor Vyacheslav Ostrov said on Tuesday.',
    );
    expect(nationOf(text, 'partial blockade')).toMatchObject({ nation: 'RU' });
  });
  it('does not give "It" the capital a body is based in that opened the sentence before', () => {
    const text = story(
      'Lithium',
      'SANTIAGO (Wire) - Chile approved a lithium plant.',
      'The Santiago-based environmental group Fundación Salar Vivo said the salt flat was already “under severe water stress.” It urged the government to publish the plant’s water-use permits.',
    );
    expect(nationOf(text, 'water-use permits').nation).toBeNull();
  });
  it('places an unnamed administration official in Washington, whatever the dateline', () => {
    const text = story('Oil', 'CARACAS, May 2 (Wire) - A senior administration official said Caracas had failed to meet its commitments.');
    expect(nationOf(text, 'failed to meet')).toMatchObject({ nation: 'US' });
  });
  it('carries a capital’s scene to a title-only office holder in the next sentence when its speaker spoke for it', () => {
    const text = story(
      'Gas',
      'CHISINAU, Jan. 3 (Wire) - Moldova declared an energy emergency.',
      'In Moscow, Kremlin spokesman Arkady Voronin told reporters that the problem was of Chisinau’s making.',
      'Foreign Ministry spokeswoman Yelena Garina said supplies could resume once the debt was settled.',
    );
    expect(nationOf(text, 'supplies could resume')).toMatchObject({ nation: 'RU' });
  });
  it('keeps a country’s office for its dealings with a body, and a source inside its treasury', () => {
    const text = story(
      'Funds',
      'BRUSSELS, Dec. 10 (Wire) - The Commission kept the funds frozen.',
      'Hungary’s minister for EU affairs, Zoltan Kertesz, who attended the meeting in Brussels, accused the Commission of "political blackmail" ahead of elections.',
      'A source in the Italian Treasury said Rome would raise the issue at the next meeting.',
    );
    expect(nationOf(text, 'blackmail')).toMatchObject({ nation: 'HU' });
    expect(nationOf(text, 'raise the issue')).toMatchObject({ nation: 'IT' });
  });
  it('finds a person again by the first of two surnames, and reads a quotation after an occasion and a colon as theirs', () => {
    const text = story(
      'Itaipu',
      'ASUNCION, May 3 (Wire) -- Paraguay demanded a new tariff for the dam.',
      'Foreign Minister Rubén Darío Benítez Sosa told reporters after a cabinet meeting: “We have waited fifty years. Paraguay wants justice.” he added.',
      'Stressing that Asunción remained open to dialogue, Benítez said the ball was in Brazil’s court.',
    );
    const found = extractStatements(text).statements;
    expect(found.filter((s) => s.content.text.includes('fifty years')).map((s) => s.content.text)).toEqual(['“We have waited fifty years. Paraguay wants justice.”']);
    expect(statementWith(text, 'fifty years').speaker).toMatchObject({ name: 'Rubén Darío Benítez Sosa', nation: 'PY' });
    expect(statementWith(text, 'Brazil’s court').speaker).toMatchObject({ name: 'Rubén Darío Benítez Sosa', nation: 'PY' });
  });
  it('places central banks known by their own names, and gives an employer named after “at” the appositive that describes it', () => {
    const text = story(
      'Rates',
      'SEOUL, May 2 (Wire) - Bundesbank President Jörg Albrecht said the enlargement showed the euro’s appeal.',
      'An official at Hanul Energy Solution, the country’s largest battery maker, said the company had secured enough graphite.',
      '"The ministry can buy time," said Naomi Feld, chief currency strategist at Harbor Point Securities in New York.',
    );
    expect(nationOf(text, 'euro’s appeal')).toMatchObject({ nation: 'DE' });
    expect(nationOf(text, 'enough graphite')).toMatchObject({ nation: null });
    expect(nationOf(text, 'buy time')).toMatchObject({ nation: null });
  });
  it('gives lawyers no nation unless a state’s institution right before employs them', () => {
    const text = story(
      'Citrus',
      'JOHANNESBURG, South Africa — South Africa accused the EU of protectionism.',
      'Trade lawyers said a W.T.O. case could take two years or more to resolve.',
      'Harjit Kaur Sandhu, a lawyer for the growers, said members had been living under a shadow.',
      'Justice Department lawyers said the filing was late.',
      'Residents said the roads were closed.',
    );
    expect(nationOf(text, 'two years')).toMatchObject({ nation: null });
    expect(nationOf(text, 'under a shadow')).toMatchObject({ nation: null });
    expect(nationOf(text, 'filing was late')).toMatchObject({ nation: 'US' });
    expect(nationOf(text, 'roads were closed')).toMatchObject({ nation: null });
  });
  it('gives a closing “it added” the body that spoke before, not one named inside what it said', () => {
    const text = story(
      'Swap',
      'MOSCOW, September 12. /Neva-Press/. As many as 150 servicemen have been returned in an exchange, the Russian Defense Ministry said on Friday.',
      'All the released servicemen will be treated at medical institutions of the Russian Defense Ministry, it added.',
    );
    expect(nationOf(text, 'medical institutions')).toMatchObject({ nation: 'RU' });
  });
  it('reads “Georgia’s” before an office only a country has as the country, and leaves the US state’s offices alone', () => {
    const text = story('Protests', 'Georgia’s Interior Ministry said 63 people were detained overnight in the capital.');
    expect(nationOf(text, 'detained overnight')).toMatchObject({ nation: 'GE' });
    const state = story('Ballots', 'Georgia’s governor said the state would appeal the ruling.');
    expect(nationOf(state, 'appeal the ruling').nation).not.toBe('GE');
  });
  it('reads a dateline in capitals with accents, and lets a subheading close the scene before a governor', () => {
    const text = story(
      'Gas transit',
      'BRASÍLIA, March 12 (Wire) - Brazil urged Bolivia to allow Argentine gas through its pipelines.',
      'In Buenos Aires, Energy Secretary Martín Echeverría said Argentina could deliver the gas by July.',
      'BORDER FEARS',
      'The governor of the border state, Adriano Veloso Pinheiro, warned that fertiliser plants had already cut shifts.',
    );
    expect(nationOf(text, 'cut shifts')).toMatchObject({ nation: 'BR', kind: 'dateline' });
    // The office may stand only in the words that introduce the speaker, before a relative clause.
    const relative = text.replace('Adriano Veloso Pinheiro, warned', 'Adriano Veloso Pinheiro, whose state hosts the border crossing at Corumbá, warned');
    expect(nationOf(relative, 'cut shifts')).toMatchObject({ nation: 'BR', kind: 'dateline' });
  });
  it('takes a title-only holder whose name has three words or a particle for the story’s country, and a ministry named again for a body', () => {
    const text = story(
      'Lake',
      'LIMA, May 2 (Wire) - Peru accused Bolivia of polluting the lake.',
      'In a statement, Bolivia’s Ministry of Environment said the accusation was unfair. Two plants were already running, the ministry said.',
      'Vice Minister Edwin Choque Mamani said Peru’s own city of Puno still discharged its wastewater into the bay.',
      'Senator Rosa Quispe de la Cruz said the Peruvian government had waited too long.',
    );
    expect(nationOf(text, 'discharged its wastewater')).toMatchObject({ nation: 'BO' });
    expect(nationOf(text, 'waited too long')).toMatchObject({ nation: 'PE', kind: 'dateline' });
  });
  it('lets the head of an international body, a national of one country, speak for none', () => {
    const text = story(
      'Fishermen',
      'MANAMA, May 3 (Wire) - Bahrain detained 11 Qatari fishermen.',
      'The Gulf Cooperation Council’s secretary-general, Kuwaiti diplomat Faisal Al-Rashidi, said in Riyadh that he had contacted both capitals.',
    );
    expect(statementWith(text, 'contacted both capitals').speaker).toMatchObject({ name: 'Faisal Al-Rashidi', nation: null });
    const regional = story(
      'Border',
      'BUJUMBURA, Feb. 2 (Wire) - Burundi kept its border with Rwanda closed.',
      'In Kigali, government spokeswoman Grace Uwase said Rwanda had no interest in a conflict.',
      'The East African Community secretariat in Arusha said in a statement that trade between the two members had fallen.',
    );
    expect(nationOf(regional, 'trade between the two')).toMatchObject({ nation: null });
  });
  it('finds a person again by two surnames, and gives a named holder of the same portfolio no counterpart’s nation', () => {
    const text = story(
      'Tagus',
      'LISBON, August 19. /Iberpress/. Portugal has accused Spain of releasing too little water, Environment Minister Inês Carvalhal Mota said on Tuesday.',
      '"We are not asking Spain for charity," Carvalhal Mota said.',
      'In Madrid, the Ministry for the Ecological Transition said Spain had complied with the convention.',
      'Secretary of State for Environment Álvaro Quintanilla Roig told a radio station that reservoirs were at their lowest level.',
    );
    expect(statementWith(text, 'charity').speaker).toMatchObject({ name: 'Inês Carvalhal Mota', nation: 'PT' });
    expect(nationOf(text, 'lowest level')).toMatchObject({ nation: 'ES' });
  });
  it('reads no nation in a person’s own name', () => {
    const text = story(
      'Channel',
      'MONTEVIDEO, Uruguay — Uruguay warned Argentina that the tender breached the treaty.',
      'Washington Echenique, an opposition senator, accused the government of “discovering the problem three years too late”.',
    );
    expect(statementWith(text, 'too late').speaker).toMatchObject({ name: 'Washington Echenique', nation: 'UY' });
  });
  it('gives a society, a cooperative or a company called a giant no nation, whatever country names it', () => {
    const text = story(
      'Fishermen',
      'MANAMA, May 3 (Wire) - Bahrain detained 11 Qatari fishermen.',
      'In Muharraq, Ahmed Bu-Hindi, head of the Bahrain Fishermen’s Society, said the men had never been in trouble with the law.',
    );
    expect(nationOf(text, 'never been in trouble')).toMatchObject({ nation: null });
    const giant = story('Lithium', 'SANTIAGO, May 2 (Wire) - Chile will create a state lithium company.', 'State copper giant Codelco, which formed a joint venture last year, said it would support an orderly transition.');
    expect(nationOf(giant, 'orderly transition')).toMatchObject({ nation: null });
  });
  it('reads a seat of government that is not the capital in law as its government', () => {
    const text = story(
      'Pipeline',
      'NIAMEY, May 3 (Wire) - Niger kept its border with Benin closed.',
      'Cotonou has consistently denied that any foreign troops are based on its soil.',
    );
    expect(nationOf(text, 'foreign troops')).toMatchObject({ nation: 'BJ', evidence: 'Cotonou' });
  });
  it('takes no nation from a capital the speaker is visiting for talks', () => {
    const text = story(
      'Court',
      'MEXICO CITY, Sept. 9 (Wire) - Mexico’s Supreme Court struck down key articles of an electricity law.',
      'The ruling came as Economy Minister Arturo Sepúlveda Luna was in Washington for talks on the trade pact. Speaking at a joint news conference, he told reporters that the decision "removes an irritant" from the talks.',
    );
    expect(nationOf(text, 'removes an irritant')).toMatchObject({ nation: 'MX' });
  });
  it('gives “a Commission spokesperson” the European Commission’s voice, and a national commission’s spokesperson its country', () => {
    const text = story(
      'Tagus',
      'LISBON, August 19. /Iberpress/. Portugal accused Spain of breaching the water convention.',
      'In Lisbon, opposition leader Rui Paiva Couto said Portugal should take the case to the European Commission.',
      'A Commission spokesperson said Brussels was "aware of the situation".',
      'A Central Electoral Commission spokesperson said turnout had been high.',
    );
    expect(nationOf(text, 'aware of the situation')).toMatchObject({ nation: null });
    expect(nationOf(text, 'turnout had been high')).toMatchObject({ nation: 'PT' });
  });
  it('carries the scene a paragraph opens with to a title-only holder in the next, and reads a region’s president before his name as the speaker', () => {
    const text = story(
      'Tunnel',
      'ROME (Alpine Press) — Italy asked France to postpone the closure of the tunnel.',
      'In Paris, the Quai d’Orsay said it had “taken note” of the request. An official at the ministry said the repairs could not wait.',
      'Transport Minister Élise Marchand-Rivière described the works as “non-negotiable”.',
      'The president of the Aosta Valley region, Renzo Vuillermoz, said Marchand-Rivière had told him last month that the dates were “still open”.',
    );
    expect(nationOf(text, 'non-negotiable')).toMatchObject({ nation: 'FR', evidence: 'Paris' });
    expect(statementWith(text, 'still open').speaker).toMatchObject({ name: 'Renzo Vuillermoz' });
  });
  it('places advisers and high commissioners, a capital spelled “Naypyitaw”, and a governor after a foreign government spoke', () => {
    const water = story(
      'Teesta',
      'DHAKA, Bangladesh (Bengal Bay Wire) — Bangladesh will begin work on the Teesta project in January, Water Resources Adviser Syeda Nasrin Haque said Sunday.',
      'Bangladesh’s high commissioner in New Delhi, Anisul Kabir, told an Indian news channel that the door to a treaty “remains open.”',
    );
    expect(nationOf(water, 'begin work on the Teesta')).toMatchObject({ nation: 'BD' });
    expect(nationOf(water, 'remains open')).toMatchObject({ nation: 'BD' });
    const border = story(
      'Scam centres',
      'BANGKOK, May 12 (Wire) – Thailand will cut power to five Myanmar border towns.',
      'In Naypyitaw, the military government said it had “no objection” to the Thai measures.',
    );
    expect(nationOf(border, 'no objection')).toMatchObject({ nation: 'MM' });
    const salmon = story(
      'Salmon',
      'TOKYO, April 22 (Wire) -- Japan and Russia ended their talks on salmon catches without a deal.',
      'Moscow has said repeatedly that economic cooperation with Japan cannot continue "as if nothing has happened."',
      'Speaking to reporters in Sapporo, Hokkaido Governor Akiko Tsuchida said the prefecture would set aside 2 billion yen for idle boats.',
    );
    expect(nationOf(salmon, 'idle boats')).toMatchObject({ nation: 'JP', evidence: 'Hokkaido' });
  });
  it('keeps two ministers joined by “, and” apart, each with a country', () => {
    const text = story(
      'Palm oil',
      'JAKARTA, May 2 (Wire) - Indonesia and Malaysia asked the EU to delay its deforestation rules.',
      'The statement was read out by Indonesia’s Coordinating Minister for Economic Affairs, Bambang Wirayudha, and Malaysia’s Minister of Plantation and Commodities, Nor Azizah Kamaruddin, after a day of talks.',
      'Kamaruddin said Malaysia had already mapped most of its plantations.',
    );
    expect(nationOf(text, 'already mapped')).toMatchObject({ nation: 'MY' });
  });
  it('reads “the bank” after a state’s bank as that bank', () => {
    const text = story(
      'Electricity',
      'MEXICO CITY, Sept. 9 (Wire) - Mexico’s Supreme Court struck down an electricity law.',
      'Bank of Mexico Deputy Governor Lorena Ugalde Ríos told a banking forum in Monterrey that the decision "reduces one source of risk" for investors. The bank has warned for more than a year that legal uncertainty is holding back investment.',
    );
    expect(nationOf(text, 'legal uncertainty')).toMatchObject({ nation: 'MX' });
  });

  it('places a member of parliament where the story is filed, not in a country that only acted before', () => {
    const text = story(
      'Inspectors',
      'TEHRAN, Nov. 21 (Wire) - Foreign Ministry spokesman Reza Tavakoli said the resolution was political.',
      'The board adopted the text by 19 votes to 3 in Vienna on Wednesday. Russia and China voted against.',
      'Abbas Mirzaei, a member of parliament\'s national security committee, told reporters that lawmakers would draft a bill.',
    );
    expect(nationOf(text, 'draft a bill')).toMatchObject({ nation: 'IR' });
  });

  it('reads an opposition deputy as a state office, and the capital’s full name in a dateline', () => {
    const text = story(
      'Lithium rule',
      'SANTIAGO DE CHILE, Sept. 3 (Wire) – Lithium producers will have to offer a fifth of their output at home, the mining minister announced.',
      'Opposition deputy Felipe Ossandón said the rule amounted to "expropriation by decree".',
    );
    expect(nationOf(text, 'expropriation')).toMatchObject({ nation: 'CL' });
  });

  it('gives a title-only holder the nation of the national news agency that quotes them, not of any outlet', () => {
    const text = story(
      'Pipeline',
      'NIAMEY, May 4 (Wire) - Niger signed the pipeline accord on Monday, the energy ministry said.',
      'Russia\'s Vostok-Info news agency quoted Deputy Energy Minister Pavel Zorin as saying that Russian companies were ready to take part.',
    );
    expect(nationOf(text, 'ready to take part')).toMatchObject({ nation: 'RU' });
    const broadcast = story(
      'Route rules',
      'A source in the Russian government told Sever-Press that the rule had been drafted after several incidents.',
      'Norway\'s public broadcaster Nordlys quoted Deputy Fleet Commander Vadim Korshunov as saying that foreign warships would be escorted out.',
    );
    expect(nationOf(broadcast, 'escorted out')).toMatchObject({ nation: 'RU' });
  });

  it('reads the trade a ministry is for as no company, and a regional central bank as an international body', () => {
    const text = story(
      'Freight',
      'In New Delhi, a senior official at the shipping ministry said exporters had been paying more for freight.',
      'A spokesman for the Central Bank of West African States said reserves would come home by 2027.',
      'Bavarian Interior Minister Florian Haberl said the checks had proved their worth.',
    );
    expect(nationOf(text, 'paying more')).toMatchObject({ nation: 'IN' });
    expect(nationOf(text, 'reserves would come home')).toMatchObject({ nation: null });
    expect(nationOf(text, 'proved their worth')).toMatchObject({ nation: 'DE' });
  });

  it('gives no nation to a reporting office from a country whose hostile act its clause reports', () => {
    const text = story(
      'Missile launch',
      'SEOUL, Nov. 19 (Wire) -- North Korea fired a ballistic missile into the East Sea on Tuesday morning, the Joint Chiefs of Staff said, the North\'s first launch in nearly three months.',
      'NICOSIA, May 2 (Wire) - Russia will require notice from foreign warships, the deputy prime minister said.',
    );
    expect(nationOf(text, 'fired a ballistic missile')).toMatchObject({ nation: 'KR' });
    expect(statementWith(text, 'fired a ballistic missile').content.text).toBe('North Korea fired a ballistic missile into the East Sea on Tuesday morning');
    expect(nationOf(text, 'require notice')).toMatchObject({ nation: 'RU' });
  });

  it('gives no nation to a national whose office for an international body closes the sentence, and reads a placed speaker before how to cite them', () => {
    const text = story(
      'Hurricane appeal',
      'KINGSTON, Oct. 14 (Wire) – Jamaica needs at least $180 million in emergency aid, the United Nations’ resident coordinator in Kingston, Peruvian diplomat Inés Carranza, said on Monday.',
      'A Saudi official at Abha airport, who was not authorised to speak to the media, said the returning soldiers would undergo medical checks.',
      'A Sudanese army officer in the delegation, who asked not to be named, said the army was ready to discuss a truce.',
    );
    const appeal = statementWith(text, 'emergency aid');
    expect(appeal.speaker.mention?.text).toBe('the United Nations’ resident coordinator in Kingston, Peruvian diplomat Inés Carranza,');
    expect(appeal.speaker).toMatchObject({ name: 'Inés Carranza', nation: null });
    expect(statementWith(text, 'medical checks').speaker.mention?.text).toBe('A Saudi official at Abha airport');
    expect(nationOf(text, 'medical checks')).toMatchObject({ nation: 'SA' });
    expect(nationOf(text, 'truce')).toMatchObject({ nation: 'SD' });
  });

  it('reads a company named by its trade before its name, an NGO coalition, a state outlet that quotes, a city’s own office and a state board’s head', () => {
    const text = story(
      'Deep-sea mining',
      'KUWAIT, Jan. 3 (Wire) - France opposed the moratorium, the Elysée said.',
      'The Blue Pacific Alliance, a coalition of church and environmental groups, called on forum leaders to make the moratorium binding.',
      'Norwegian-Finnish munitions maker Nordvakt Defence, which hopes to win the contracts, said it could double output.',
      'The state-run Asmara Herald quoted Information Minister Tesfai Ghebreab as saying that the memorandum changed nothing.',
      'Basra Governor Asaad Al-Tamimi said the province had lost its crops.',
      'The chief executive of the Ghana Cocoa Board, Kwabena Owusu-Ansah, said Accra had sold forward 40 percent of the crop.',
    );
    expect(nationOf(text, 'binding')).toMatchObject({ nation: null });
    expect(nationOf(text, 'double output')).toMatchObject({ nation: null });
    expect(nationOf(text, 'changed nothing')).toMatchObject({ nation: 'ER' });
    expect(nationOf(text, 'lost its crops')).toMatchObject({ nation: 'IQ' });
    expect(nationOf(text, 'sold forward')).toMatchObject({ nation: 'GH' });
  });

  it('resolves a body named by its kind to the last one the story named in full, and the Commission’s spokesperson to the EU', () => {
    const text = story(
      'Reform',
      'DAKAR, June 12 (Wire) - The Central Bank of West African States (BCEAO) will replace the French guarantee by January 2027, the bank\'s governor said on Thursday.',
      'LIMA, May 3 (Wire) - Bolivia took Chile to the International Court of Justice. Torre Tagle said Peru was following the case.',
      'A spokesperson for the court confirmed that the application had been received.',
      'The Commission\'s spokesperson for home affairs, Marta Wiśniewska, told the midday briefing that Berlin had to provide proof.',
      'The Electoral Commission\'s spokesman, Juan Pérez, said Peru would count every vote.',
    );
    expect(statementWith(text, 'French guarantee').speaker.mention?.text).toBe("the bank's governor");
    expect(nationOf(text, 'French guarantee')).toMatchObject({ nation: null });
    expect(nationOf(text, 'application had been received')).toMatchObject({ nation: null });
    expect(nationOf(text, 'provide proof')).toMatchObject({ nation: null });
    expect(nationOf(text, 'count every vote')).toMatchObject({ nation: 'PE' });
  });

  it('reads what a far "as saying" introduces, and a portfolio of international cooperation, for an official a newspaper quotes', () => {
    const text = story(
      'Repatriation',
      'DHAKA, Jan 22 (Wire) - Bangladesh and Myanmar agreed to restart the scheme, Myanmar\'s state newspaper reported.',
      'The newspaper quoted Myanmar\'s Deputy Minister for International Cooperation U Kyaw Thu Aung, who led his country\'s delegation in Kunming, as saying that returnees would be issued cards.',
    );
    const cards = statementWith(text, 'issued cards');
    expect(cards.content.text).toBe('that returnees would be issued cards');
    expect(cards.speaker).toMatchObject({ name: 'U Kyaw Thu Aung', nation: 'MM' });
  });

  it('gives a body’s office the government that acted just before, and the country’s office the country its clause is about', () => {
    const text = story(
      'Fishing boats seized',
      'HANOI, May 4 (Wire) - Cambodia detained two Vietnamese trawlers on Sunday.',
      'Vietnam\'s Foreign Ministry summoned the Cambodian ambassador on Monday. Its spokeswoman, Tran Thi Mai, told a briefing that the boats had been in disputed waters.',
      'Noting that Tuvalu had cut its emissions early, the country\'s climate envoy, Sefo Tauala, said the region had waited long enough.',
    );
    expect(nationOf(text, 'disputed waters')).toMatchObject({ nation: 'VN' });
    expect(nationOf(text, 'waited long enough')).toMatchObject({ nation: 'TV' });
    const seizure = story(
      'Record seizure',
      'VIENTIANE (Wire) - Lao police seized 800 kilograms of heroin near the border with Thailand, the country\'s Ministry of Public Security announced.',
    );
    expect(nationOf(seizure, 'heroin')).toMatchObject({ nation: 'LA' });
  });

  it('reads a minister named Santiago, a bracketed body before a secretary-general, a junta spokesman behind rank abbreviations and a chamber of commerce', () => {
    const text = story(
      'Audit demanded',
      'LA PAZ, Aug. 19 (Wire) - In Buenos Aires, Foreign Minister Santiago Lavalle said Argentina would wait for an audit.',
      'Thailand\'s Office of the Narcotics Control Board (ONCB) Secretary-General Wichai Srisuk stated that prices had fallen.',
      'Beijing urged both sides to talk. Somchai Rattana, president of the Aranyaprathet Chamber of Commerce, estimated that traders were losing $9 million a day.',
      'The Commerce Department\'s Bureau of Industry and Security said in a statement that the rules were not meant to harm allies.',
    );
    expect(nationOf(text, 'wait for an audit')).toMatchObject({ nation: 'AR' });
    const prices = statementWith(text, 'prices had fallen');
    expect(prices.speaker.mention?.text).toBe("Thailand's Office of the Narcotics Control Board (ONCB) Secretary-General Wichai Srisuk");
    expect(prices.speaker).toMatchObject({ name: 'Wichai Srisuk', nation: 'TH' });
    expect(nationOf(text, 'losing $9 million')).toMatchObject({ nation: null });
    expect(nationOf(text, 'harm allies')).toMatchObject({ nation: 'US' });
    const junta = story(
      'Laboratories destroyed',
      'YANGON, Aug. 19 (Wire) - The state-run Irrawaddy Courier quoted junta spokesman Brig. Gen. Zaw Min Tun as saying that 12 laboratories had been destroyed.',
    );
    expect(statementWith(junta, 'laboratories').speaker).toMatchObject({ name: 'Zaw Min Tun', role: 'spokesman Brig. Gen.', nation: 'MM' });
  });

  it('reads an office of a place after a quotation, an opposition at home, an electoral commission and its chair', () => {
    const text = story(
      'Runoff avoided',
      'LILONGWE, Sept. 24 (Wire) – President Peter Banda has won a second term with 51.4 percent of the vote, the electoral commission announced on Wednesday, narrowly avoiding a runoff.',
      'Commission chairperson Justice Ruth Mwale said turnout had reached 68 percent.',
      'In Lusaka, government spokesman Joseph Tembo said the result was welcome.',
      '“Every vote was counted,” Tembo said. “But the region is watching.”',
      'Opposition lawmaker Grace Phiri, who represents Chipata, said the count had been rushed.',
      '“Fewer than half of our people have voted,” the mayor of the border town of Mwanza, Daniel Kaunda, told Wire.',
    );
    const result = statementWith(text, 'second term');
    expect(result.content.text).toBe('President Peter Banda has won a second term with 51.4 percent of the vote');
    expect(result.speaker.nation).toBe('MW');
    expect(nationOf(text, 'turnout')).toMatchObject({ nation: 'MW' });
    expect(nationOf(text, 'rushed')).toMatchObject({ nation: 'MW' });
    const mayor = statementWith(text, 'Fewer than half');
    expect(mayor.speaker.mention?.text).toBe('the mayor of the border town of Mwanza, Daniel Kaunda,');
    expect(mayor.speaker.name).toBe('Daniel Kaunda');
  });

  it('gives no nation to a body several countries chair or to migrants, and knows the Viminale, the Suez Canal Authority and an opposition member', () => {
    const text = story(
      'Debt deal',
      'CAIRO, March 11 (Wire) - Egypt agreed a debt deal with its official creditors on Tuesday.',
      'The official creditor committee, co-chaired by China and France, said the deal would cut debt service by $3 billion.',
      'Migrants interviewed in Agadez said police had taken their phones.',
      'The Viminale said Italy was ready to finance voluntary returns.',
      'Suez Canal Authority chairman Tarek Ismail said canal revenue had halved.',
      'IMF spokesperson Paolo Ferri said the fund welcomed the step.',
      'Amal Fawzi, an opposition member of the House of Representatives, said the sales amounted to "selling the family silver".',
    );
    expect(nationOf(text, 'debt service')).toMatchObject({ nation: null });
    expect(nationOf(text, 'their phones')).toMatchObject({ nation: null });
    expect(nationOf(text, 'voluntary returns')).toMatchObject({ nation: 'IT' });
    expect(nationOf(text, 'revenue had halved')).toMatchObject({ nation: 'EG' });
    expect(nationOf(text, 'family silver')).toMatchObject({ nation: 'EG' });
  });

  it('reads a subheading that names one country, a capital opening the sentence as no person, a hope added after a quotation and the occasion the writer names', () => {
    const text = story(
      'TUNISIA RECALLS AMBASSADOR FROM ROME',
      'TUNIS, May 2 (Wire) – Tunisia has recalled its ambassador from Rome, the Foreign Ministry said on Friday.',
      'ROME PROMISES "MEASURED" REPLY',
      'In Rome, the Farnesina said Italy regretted the decision.',
      'A source close to the government said talks were continuing.',
      'Interior Minister Paolo Vitale told Radio Centrale that the migration pact should now be reviewed.',
      'In Algiers, the Office of the Prime Minister said the pact fulfilled "a legitimate aspiration".',
      'The European Commission\'s chief spokesperson, Ana Ribeiro, said the EU was following the situation "with great attention" and hoped that both sides would talk.',
      'Malta\'s Foreign Ministry said it respected Tunisia\'s decision, in a statement widely read as a rebuke to Rome.',
    );
    expect(nationOf(text, 'pact should now be reviewed')).toMatchObject({ nation: 'IT' });
    expect(statementWith(text, 'legitimate aspiration').speaker).toMatchObject({ name: 'Office of the Prime Minister', nation: 'DZ' });
    const hope = statementWith(text, 'great attention');
    expect(hope.content.text).toBe('the EU was following the situation "with great attention" and hoped that both sides would talk');
    expect(hope.speaker.nation).toBeNull();
    expect(statementWith(text, 'respected').content.text).toBe("it respected Tunisia's decision");
  });

  it('places an office in a city the dateline list knows, reads a state media relay and the speaker in an "of" phrase after a quotation', () => {
    const text = story(
      'Fishermen freed',
      'KUALA LUMPUR, Sept 9 (Wire) -- Three fishermen have been freed, Wisma Putra said today.',
      'In Zamboanga City, Western Mindanao Command spokesperson Maj. Ramon Diaz said troops had recovered the hostages.',
      'The internationally recognised government in Aden said the Houthis held foreigners as bargaining chips.',
      '"We can finally rest," a relative of one of the freed men told Wire in Semporna.',
    );
    expect(nationOf(text, 'recovered the hostages')).toMatchObject({ nation: 'PH' });
    expect(nationOf(text, 'bargaining chips')).toMatchObject({ nation: 'YE' });
    expect(statementWith(text, 'finally rest').speaker.mention?.text).toBe('a relative of one of the freed men');
    const launch = story(
      'Satellite launched',
      'SEOUL, Nov. 19 (Wire) -- North Korea fired a rocket carrying what it claims to be a reconnaissance satellite late Tuesday, South Korea\'s military said, in defiance of U.N. resolutions.',
      'North Korea\'s state media quoted the National Aerospace Technology Administration (NATA) early Wednesday as saying that the satellite was in orbit.',
    );
    const lead = statementWith(launch, 'fired a rocket');
    expect(lead.content.text).toBe('North Korea fired a rocket carrying what it claims to be a reconnaissance satellite late Tuesday');
    expect(lead.speaker.nation).toBe('KR');
    const relayed = statementWith(launch, 'in orbit');
    expect(relayed.speaker.mention?.text).toBe('the National Aerospace Technology Administration (NATA)');
    expect(relayed.speaker.nation).toBe('KP');
  });

  it('keeps an announcement over the clause it announces, reads a palace whose name holds particles and a regional secretariat', () => {
    const text = story(
      'Air defence purchase',
      'BELGRADE (Wire) – Serbian Defence Minister Marko Ilić announced that Serbia has signed a contract to buy air defence systems, the largest arms purchase in the country\'s recent history.',
      'An adviser at the Palacio de las Garzas, who asked not to be named because the talks are confidential, said the government was open to a technical solution.',
      'The secretary-general of the Secretariat for Central American Economic Integration (SIECA), Salvadoran economist Ana Ruiz, urged both governments to avoid an escalation.',
    );
    const announced = statementWith(text, 'signed a contract');
    expect(announced.cue?.text).toBe('announced');
    expect(announced.content.text).toBe('that Serbia has signed a contract to buy air defence systems');
    expect(statementWith(text, 'technical solution').speaker.mention?.text).toBe('An adviser at the Palacio de las Garzas');
    expect(nationOf(text, 'technical solution')).toMatchObject({ nation: 'PA' });
    expect(nationOf(text, 'escalation')).toMatchObject({ nation: null });
  });

  it('gives no nation to an office of an international body named by its kind, or to an armed group whatever its name', () => {
    const text = story(
      'Climate cash',
      'SUVA, Fiji (Wire) — Climate finance dominated the Pacific Islands Forum leaders’ meeting on Wednesday.',
      'The Forum’s secretary-general, Tongan diplomat Sione Vea, said some member states had waited three years.',
      'The Kachin Liberation Army, an ethnic armed group that controls several townships, said it had "zero tolerance" for narcotics.',
    );
    expect(nationOf(text, 'waited three years')).toMatchObject({ nation: null });
    expect(nationOf(text, 'zero tolerance')).toMatchObject({ nation: null });
  });

  it('reads day-first and bracketed title-case datelines, an agency named in capitals that quotes, and a surname that names a country in French', () => {
    const gulf = story(
      'OPEC+ EXTENDS CUTS',
      'ABU DHABI, 1st December, 2025 (ESA) -- The group agreed on Sunday to extend its cuts.',
      'H.E. Saeed Al Mansoori, Minister of Energy and Infrastructure, affirmed that the decision reflected the group\'s commitment.',
      'The Saudi Najd Press Agency quoted Energy Minister Prince Khalid bin Saud as saying that the group was ready to act.',
    );
    expect(nationOf(gulf, 'commitment')).toMatchObject({ nation: 'AE' });
    expect(nationOf(gulf, 'ready to act')).toMatchObject({ nation: 'SA' });
    const storm = story(
      'Appeal after hurricane',
      'Kingston, Oct 23 (Prensa Caribe) The United Nations launched an appeal on Thursday.',
      'Prime Minister Andrew Clarke said the storm had dealt "a generational blow" to the island.',
      'In Port-au-Prince, Interior Minister Jean-Robert Dominique said that rescue teams had not yet reached several communes.',
      'The Caribbean Disaster Emergency Management Agency (CDEMA) said relief flights would continue.',
    );
    expect(nationOf(storm, 'generational blow')).toMatchObject({ nation: 'JM' });
    expect(nationOf(storm, 'rescue teams')).toMatchObject({ nation: 'HT' });
    expect(nationOf(storm, 'relief flights')).toMatchObject({ nation: null });
  });

  it('reads a title the lead gave a country, a governor in a section headed by a capital, a venue before an opposition lawmaker and an international council', () => {
    const text = story(
      'Minister watches final',
      'COLOMBO, Sri Lanka, March 10 (Wire) — Nepal\'s minister of state for tourism watched the final in Colombo on Sunday.',
      'Minister of State for Tourism Ram Thapa, who sat beside Sri Lanka\'s prime minister, told reporters that sport spoke to both peoples.',
      'In Kathmandu, Bina Rai, a lawmaker of the main opposition party, said the visit was a waste of money.',
      'International Cricket Council chairman Tom Harris, a former Australian captain, said the final had been watched by millions.',
      'TOKYO: "NOT AFFECTED"',
      'The chief cabinet secretary told a briefing that the deal changed nothing. Seoul says there is no dispute.',
      'Gov. Kenji Sato of Shimane Prefecture told public broadcaster NTB that he would ask for priority access.',
    );
    expect(nationOf(text, 'both peoples')).toMatchObject({ nation: 'NP' });
    expect(nationOf(text, 'waste of money')).toMatchObject({ nation: 'NP' });
    expect(nationOf(text, 'millions')).toMatchObject({ nation: null });
    const governor = statementWith(text, 'priority access');
    expect(governor.speaker).toMatchObject({ name: 'Kenji Sato', organization: 'Shimane Prefecture', nation: 'JP' });
  });

  it('reads a body named before its lower-case head, the island\'s offices, a one-word name closing a description and Central Command', () => {
    const text = story(
      'Drills',
      'TAIPEI, Oct. 15 (Wire) -- China began drills around Taiwan on Wednesday.',
      'Zhu Yan, a spokeswoman for the Taiwan Affairs Office in Beijing, said the island had brought this on itself.',
      'The island\'s Ministry of National Defense said it had tracked 71 aircraft.',
      'Presidential Office spokeswoman Lin Mei said the drills were a provocation.',
      'County Magistrate Huang Wen said ferries were running normally.',
      'The United Kingdom Maritime Trade Operations centre, which is run by the Royal Navy, said a ship had been hit.',
      'The commander of the European Union\'s naval operation Aspides, Greek Rear Admiral Nikos Pappas, said a frigate had been sent.',
      'Central Command, which oversees U.S. forces in the region, said its aircraft had shot down two drones.',
    );
    expect(nationOf(text, 'tracked 71 aircraft')).toMatchObject({ nation: 'TW' });
    expect(nationOf(text, 'provocation')).toMatchObject({ nation: 'TW' });
    expect(nationOf(text, 'ferries')).toMatchObject({ nation: 'TW' });
    expect(statementWith(text, 'ship had been hit').speaker.mention?.text).toBe('The United Kingdom Maritime Trade Operations centre');
    expect(statementWith(text, 'frigate').speaker).toMatchObject({ name: 'Nikos Pappas', nation: null });
    expect(nationOf(text, 'two drones')).toMatchObject({ nation: 'US' });
  });

  it('turns home "at home", reads a consul placed in a city and a national institute', () => {
    const text = story(
      'Talks in Muscat',
      'TEHRAN, May 12 (Wire) -- The fourth round of talks ended on Sunday.',
      'According to Russia\'s Vostok news agency, Deputy Foreign Minister Pavel Zorin said Moscow was ready to take the stockpile.',
      'At home, hardliners have kept up pressure on the negotiators. The semi-official Sepehr news agency quoted Ali Karimi, a member of parliament\'s national security committee, as saying the team had "no mandate".',
    );
    expect(nationOf(text, 'no mandate')).toMatchObject({ nation: 'IR' });
    const caravan = story(
      'Caravan sets out',
      'TAPACHULA, Mexico (Wire) — Some 3,000 migrants set out on Monday.',
      'The National Migration Institute said in a statement that it would offer humanitarian visas.',
      'Honduras’ consul in Tapachula, Ana Reyes, said her staff were accompanying the group.',
    );
    expect(nationOf(caravan, 'humanitarian visas')).toMatchObject({ nation: 'MX' });
    expect(statementWith(caravan, 'accompanying').speaker).toMatchObject({ name: 'Ana Reyes', nation: 'HN' });
  });

  it('gives an opposition no one-party government to answer, a listed company no nation, and finds a Malay name again by its given name', () => {
    const text = story(
      'Fisheries pact',
      'SEOUL, Nov. 19 (Wire) -- South Korea and Japan signed a fisheries agreement on Wednesday.',
      'In Beijing, Foreign Ministry spokesman Lin Hai said China hoped the deal would not harm third parties.',
      'Rep. Park Su-jin of the main opposition party said the government had given away more than it got.',
      'Sawit Makmur Agro, a Jakarta-listed plantation group, said none of its concessions had recorded hotspots.',
    );
    expect(nationOf(text, 'given away')).toMatchObject({ nation: 'KR' });
    expect(nationOf(text, 'hotspots')).toMatchObject({ nation: null });
    const haze = story(
      'Haze',
      'KUALA LUMPUR, Sept 16 (Wire) -- Malaysia will send a diplomatic note over the haze, Environment Minister Datuk Seri Aminah binti Salleh said today.',
      'Aminah stressed that Malaysia remained committed to the ASEAN haze agreement.',
    );
    expect(statementWith(haze, 'diplomatic note').speaker.name).toBe('Aminah binti Salleh');
    expect(statementWith(haze, 'remained committed').speaker).toMatchObject({ name: 'Aminah binti Salleh', nation: 'MY' });
  });

  it('reads an international body\'s own mission, a seat of government named for another capital, a national security council, an akim and a Vietnamese surname', () => {
    const text = story(
      'Border raids',
      'NAIROBI, Feb. 3 (Wire) – Kenyan forces struck militant camps on Tuesday, the defence ministry said.',
      'General Moses Okello, the Ugandan commander of the African Union mission in Somalia, told reporters that the border had become a corridor for fighters.',
      'A spokesperson for AFRICOM in Stuttgart said the command had not taken part.',
      'A source at the White House in Bishkek said the government was reviewing the request.',
      'In Manila, Ambassador Le Van Thanh told reporters that the two countries were friends.',
    );
    expect(nationOf(text, 'corridor for fighters')).toMatchObject({ nation: null });
    expect(nationOf(text, 'not taken part')).toMatchObject({ nation: 'US' });
    expect(nationOf(text, 'reviewing the request')).toMatchObject({ nation: 'KG' });
    expect(statementWith(text, 'were friends').speaker.name).toBe('Le Van Thanh');
    const treaty = story('Treaty draft', 'YEREVAN, March 2 (Wire) – Security Council Secretary Armen Petrosyan said the draft was ready.');
    expect(nationOf(treaty, 'draft was ready')).toMatchObject({ nation: 'AM' });
    const water = story('Water', 'ASTANA, July 9 (Wire) – Serik Aliyev, the akim of Turkestan region, said 40,000 hectares of cotton were at risk.');
    expect(nationOf(water, 'cotton')).toMatchObject({ nation: 'KZ' });
  });

  it('places an office a place has of its own, or a seat it elects, in that place\'s country; a diplomat there stays its sender\'s', () => {
    const forest = story(
      'Forest fund',
      'BERLIN, June 4 (Wire) -- Donors pledged new money for Brazil\'s Amazon fund on Tuesday.',
      'In Berlin, a spokesman for the development ministry said Germany would pledge 500 million euros.',
      'The governor of Pará state, Marcos Pinheiro, said the money must reach the people who live in the forest.',
      'Pinheiro added that the state would publish every payment.',
    );
    expect(nationOf(forest, 'people who live in the forest')).toMatchObject({ nation: 'BR', evidence: 'Pará' });
    expect(nationOf(forest, 'publish every payment')).toMatchObject({ nation: 'BR' });
    const collision = story(
      'Boat collision',
      'MANILA, Aug. 2 (Wire) -- A Philippine coast guard ship and a Vietnamese fishing boat collided near a shoal patrolled by the United States.',
      'Tran Van Son, chairman of the People\'s Committee of central Quang Ngai province, where the boat is registered, said all the fishermen had returned home.',
      'Florida Governor Mark Delancey said his state would understand the sacrifice.',
    );
    expect(nationOf(collision, 'returned home')).toMatchObject({ nation: 'VN' });
    expect(nationOf(collision, 'understand the sacrifice')).toMatchObject({ nation: 'US', evidence: 'Florida' });
    const returns = story(
      'Returns',
      'KABUL, March 9 (Wire) -- Thousands of families crossed back into Afghanistan this week.',
      'The consul general in Peshawar, Abdul Wali, said his staff were issuing papers at the crossing.',
      'Sadia Qureshi-Baloch, an opposition senator from Quetta, said the government was punishing families who had lived there for decades.',
    );
    expect(nationOf(returns, 'punishing families')).toMatchObject({ nation: 'PK', evidence: 'Quetta' });
    expect(nationOf(returns, 'issuing papers')).toMatchObject({ nation: 'AF' });
    // Black River is a district of Mauritius too, which a story about Jamaica never names.
    const storm = story(
      'Storm',
      'KINGSTON, Oct. 30 (Wire) -- Jamaica counted the damage on Thursday.',
      'The mayor of Black River, Lloyd Dunkley, said the town had been flattened.',
    );
    expect(nationOf(storm, 'flattened')).toMatchObject({ nation: 'JM' });
    const cuba = story(
      'Storm',
      'HAVANA, Oct. 30 (Wire) -- Cuba evacuated 300,000 people.',
      'The governor of Santiago de Cuba province, Yanelis Rodríguez Moya, said no one would be left behind.',
    );
    expect(nationOf(cuba, 'left behind')).toMatchObject({ nation: 'CU', evidence: 'Santiago de Cuba' });
  });

  it('keeps a seated government a state\'s, and gives rebels, separatists, named groups, monitoring groups and a national university no nation', () => {
    const libya = story(
      'Flights',
      'TRIPOLI, May 2 (Wire) - Flights resumed.',
      'Libya\'s Tripoli-based Government of National Unity said it wanted full clarity from the authorities.',
      'The speaker of the eastern-based House of Representatives, Faraj Bouzaid, said that any cooperation was a sovereign matter.',
    );
    expect(nationOf(libya, 'full clarity')).toMatchObject({ nation: 'LY' });
    expect(nationOf(libya, 'sovereign matter')).toMatchObject({ nation: 'LY' });
    const mine = story(
      'Mine attack',
      'BANGUI, June 3 (Wire) - Gunmen attacked a mine.',
      'A spokesman for the rebel Movement for Justice in the East (MJE), reached by telephone, said its fighters had played no part.',
      'Ebenezer Nkwain, a spokesman for the separatist Southern Cameroons Restoration Council who lives in the United States, said its fighters were defending civilians.',
      'China Coastal Engineering Group said the company could begin construction next year.',
    );
    expect(nationOf(mine, 'no part')).toMatchObject({ nation: null });
    expect(nationOf(mine, 'defending civilians')).toMatchObject({ nation: null });
    expect(nationOf(mine, 'begin construction')).toMatchObject({ nation: null });
    const vote = story(
      'Vote',
      'MALE, Sept 9 (Wire) - Maldivians voted on Saturday.',
      'Maldives Civic Watch, an independent monitoring group, said its volunteers had photographed party workers.',
      'Karla Mejía Bonilla, a political scientist at the National Autonomous University of Honduras, said the blackout had destroyed trust.',
      'Oman\'s Maritime Security Centre said the fire was under control.',
      'The head of Guatemala\'s Migration Institute, Óscar Monterroso, said his country had received 11,000 deportees.',
    );
    expect(nationOf(vote, 'photographed')).toMatchObject({ nation: null });
    expect(nationOf(vote, 'destroyed trust')).toMatchObject({ nation: null });
    expect(nationOf(vote, 'under control')).toMatchObject({ nation: 'OM' });
    expect(nationOf(vote, 'deportees')).toMatchObject({ nation: 'GT' });
  });

  it('gives an office of an international body opening the sentence before no nation, and places an opposition member where the sentence does', () => {
    const border = story(
      'Border',
      'BELIZE CITY, May 3 (Wire) -- Belize and Guatemala traded accusations.',
      'Belize\'s foreign minister, Anita Flowers, said her country had never sought anything but certainty.',
      'The OAS has kept an office since 2003 in the adjacency zone. Its director, Chilean diplomat Rodrigo Valdivieso, said the office had recorded no incidents.',
    );
    expect(nationOf(border, 'no incidents')).toMatchObject({ nation: null });
    const gas = story(
      'Gas deal',
      'CARACAS, Oct. 14 (Wire) — Venezuela and Trinidad and Tobago signed a gas agreement on Tuesday.',
      'WASHINGTON\'S TERMS',
      'In Washington, a Treasury Department official said the licence was narrow.',
      'Former opposition lawmaker Rosalía Mendible said in Caracas that the revenue would end up in the same hands as always.',
    );
    expect(nationOf(gas, 'same hands')).toMatchObject({ nation: 'VE' });
    const refugees = story(
      'Refugees',
      'ABUJA, Nigeria (Wire) — Thousands of Cameroonians crossed into Nigeria this month.',
      'Opposition presidential candidate Célestin Fonkeng, campaigning in Bamenda, said the crisis could not be solved with guns.',
    );
    expect(nationOf(refugees, 'with guns')).toMatchObject({ nation: 'CM', evidence: 'Bamenda' });
  });

  it('places a speaker where the cue says they spoke before an office of the same name met earlier, and reads a chargé d\'affaires', () => {
    const tanker = story(
      'Tanker',
      'MUSCAT, May 3 (Wire) -- A drone struck a tanker off Oman.',
      'Britain\'s Royal Navy said one of its frigates had escorted the ship.',
      'India\'s Western Naval Command said one of its destroyers had reached the tanker.',
      '"Our ships will answer any distress call," Navy spokesman Commander Arjun Rathore said in New Delhi.',
    );
    expect(nationOf(tanker, 'distress call')).toMatchObject({ nation: 'IN', evidence: 'New Delhi' });
    const labour = story(
      'Labour',
      'KATHMANDU, May 3 (Wire) -- Nepal suspended work permits.',
      'Kuwait\'s charge d\'affaires in Kathmandu, Fahad Al-Azmi, told the news agency that his country was open to talks.',
    );
    expect(statementWith(labour, 'open to talks').speaker).toMatchObject({ name: 'Fahad Al-Azmi', nation: 'KW' });
  });

  it('gives candidates and the members of a party named for a centre or union their country', () => {
    const text = story(
      'Talks',
      'BOGOTA, May 3 (Wire) -- Colombia resumed talks with the ELN.',
      'Senator Juan Esteban Londoño of the Democratic Centre party said the talks were a reward for kidnappers.',
      'Liberal Party candidate Rigoberto Aguilar Paz said his party would not accept a stolen vote.',
    );
    expect(nationOf(text, 'reward for kidnappers')).toMatchObject({ nation: 'CO' });
    expect(nationOf(text, 'stolen vote')).toMatchObject({ nation: 'CO' });
  });

  it('finds the speaker before a place a participle brings in and its own clause describes', () => {
    const text = story(
      'Decree',
      'BAMAKO, May 3 (Wire) -- Mali extended the transition.',
      'Opposition politician Mariam Diallo-Touré, speaking by telephone from Dakar, where she has lived since 2023, told Niger River Press that the decree confiscated the sovereignty of the Malian people.',
    );
    expect(statementWith(text, 'confiscated').speaker).toMatchObject({ name: 'Mariam Diallo-Touré', nation: 'ML' });
  });

  it('leaves a hostile act by another state\'s forces to those it struck', () => {
    const text = story(
      'Shelling',
      'BEIRUT, Oct. 9 (Wire) — Israeli artillery shelled the outskirts of a southern village on Wednesday, killing three people, the Health Ministry said.',
      'The prime minister, Nabil Haddad, said the shelling was a flagrant violation of sovereignty.',
    );
    expect(nationOf(text, 'killing three')).toMatchObject({ nation: 'LB' });
    expect(nationOf(text, 'flagrant violation')).toMatchObject({ nation: 'LB' });
  });

  it('reads a chargé d\'affaires to a body as the sender\'s, a place before its provincial committee, and Iranian copy\'s "Zionist regime"', () => {
    const text = story(
      'Board meeting',
      'VIENNA, June 5 (Wire) -- The IAEA board met on Monday.',
      'The U.S. chargé d\'affaires to the IAEA, Howard Kessler, said Washington was concerned.',
      'Vo Thanh Tung, vice chairman of the Quang Ngai provincial People\'s Committee, said the crew\'s families had been told, after Vietnam protested.',
      'TEHRAN, June 5 (Wire) -- Iran rejected the claims. The foreign minister of the Zionist regime, Eitan Levinson, said Iran was weeks away from a bomb.',
    );
    expect(nationOf(text, 'Washington was concerned')).toMatchObject({ nation: 'US' });
    expect(nationOf(text, 'families had been told')).toMatchObject({ nation: 'VN', evidence: 'Quang Ngai' });
    expect(nationOf(text, 'weeks away')).toMatchObject({ nation: 'IL' });
  });

  it('takes a body named by its kind alone for the one of that kind that spoke before', () => {
    const text = story(
      'Tanker',
      'MUSCAT, May 3 (Wire) -- Oman\'s Maritime Security Centre said a drone had struck a tanker.',
      'The UK Maritime Trade Operations agency said the tanker had been hit by a drone.',
      'The centre said the fire had been brought under control.',
    );
    expect(nationOf(text, 'under control')).toMatchObject({ nation: 'OM' });
  });

  it('keeps a parliament speaker the story\'s own after a foreign minister spoke, and reads a watchdog by the institution it names', () => {
    const text = story(
      'Ceasefire committee',
      'BEIRUT, March 4 (Wire) -- The ceasefire committee met on Tuesday.',
      'In Paris, Foreign Minister Jean Arnaud said France would keep its seat on the committee.',
      'Parliament Speaker Elias Fakhoury said Lebanon had fulfilled every one of its obligations.',
      'The health watchdog Rospotrebnadzor said it had stepped up sanitary checks at the border.',
    );
    expect(nationOf(text, 'fulfilled')).toMatchObject({ nation: 'LB' });
    expect(nationOf(text, 'sanitary checks')).toMatchObject({ nation: 'RU' });
  });

  it('reads a mission to a body as its sender\'s, and the General Assembly\'s president and AOSIS\'s negotiator as speaking for no nation', () => {
    const text = story(
      'Council reform',
      'NEW YORK, May 3 (Wire) -- The talks on council reform resumed.',
      'A spokesperson for the US mission to the UN said Washington supported adding permanent seats.',
      'General Assembly President Philémon Ngassa, a Cameroonian diplomat, said the talks would resume in June.',
      'The chief negotiator for the Alliance of Small Island States, Jamaican diplomat Andrea Whyte-Campbell, said the group wanted a fund.',
    );
    expect(nationOf(text, 'permanent seats')).toMatchObject({ nation: 'US' });
    expect(nationOf(text, 'resume in June')).toMatchObject({ nation: null });
    expect(nationOf(text, 'wanted a fund')).toMatchObject({ nation: null });
  });

  it('reads a country\'s possessive after "from" as the owner, commissioners as state offices, and executives, consortiums and chambers of mines as no state\'s', () => {
    const text = story(
      'Debt meetings',
      'ABIDJAN, May 3 (Wire) -- Finance ministers met on Tuesday.',
      'A senior official from South Africa\'s National Treasury said the talks had stalled.',
      'Executives at Sinozim Lithium, a Chinese-owned miner, said a refinery would take 30 months to build.',
      'The French-led Rovuma LNG consortium said the attack would not affect its plans.',
      'The Chamber of Mines of Zimbabwe said power shortages made the timetable unrealistic.',
    );
    expect(nationOf(text, 'talks had stalled')).toMatchObject({ nation: 'ZA' });
    const drought = story('Drought', 'LILONGWE, May 3 (Wire) -- Malawi declared a disaster.', 'Commissioner for Disaster Management Affairs Grace Chirwa said the maize harvest had fallen by 40 percent.');
    expect(nationOf(drought, 'maize harvest')).toMatchObject({ nation: 'MW' });
    expect(nationOf(text, '30 months')).toMatchObject({ nation: null });
    expect(nationOf(text, 'affect its plans')).toMatchObject({ nation: null });
    expect(nationOf(text, 'timetable unrealistic')).toMatchObject({ nation: null });
  });

  it('finds the name opening a clause before an office and a relative clause set in commas, not a scene', () => {
    const text = story(
      'Minerals deal',
      'SEOUL, May 3 (Wire) -- South Korea and Tanzania signed a minerals deal.',
      'Hamisi Mzee Kombo, Tanzania\'s minister of minerals, who is on a four-day visit to Seoul, said the deal would create jobs.',
      '"Tanzania will no longer export raw rocks," Kombo said.',
      'In Busan, the city\'s mayor, Park Jae-min, said the port was ready.',
    );
    expect(statementWith(text, 'create jobs').speaker).toMatchObject({ name: 'Hamisi Mzee Kombo', nation: 'TZ' });
    expect(statementWith(text, 'raw rocks').speaker).toMatchObject({ name: 'Hamisi Mzee Kombo', nation: 'TZ' });
    expect(statementWith(text, 'port was ready').speaker.name).toBe('Park Jae-min');
  });

  it('gives a saying that wire copy closes with "according to" an outlet to its own speaker', () => {
    const text = story(
      'Drought',
      'LUSAKA, May 3 (Wire) -- The drought worsened across the region.',
      'Mutale Banda, Zambia\'s agriculture minister, said the country had lost about half of its maize crop, according to the state-run Zambia Mirror.',
    );
    expect(statementWith(text, 'maize crop').speaker).toMatchObject({ name: 'Mutale Banda', nation: 'ZM' });
  });

  it('gives an office holder the nation of the delegation a relative clause says they lead', () => {
    const text = story(
      'Quota reform',
      'WASHINGTON, April 24 (Wire) -- Second Finance Minister Amir Hamzah Rosli, who is leading Malaysia\'s delegation to the spring meetings, said emerging economies must be given a greater say.',
      '"Asia is now the engine of growth," he said.',
      'MUSCAT, April 9 (Wire) - The kingdom\'s ambassador to Yemen, Khalid Al-Qahtani, who led the Saudi delegation, wrote on X that the extension was a step forward.',
    );
    expect(nationOf(text, 'greater say')).toMatchObject({ nation: 'MY', evidence: 'Malaysia' });
    expect(statementWith(text, 'engine of growth').speaker).toMatchObject({ name: 'Amir Hamzah Rosli', nation: 'MY' });
    expect(nationOf(text, 'step forward')).toMatchObject({ nation: 'SA', evidence: 'Saudi' });
  });

  it('reads no nation from the outlet that relays a speaker, set in commas after the name', () => {
    const text = story(
      'Glacier law',
      'BUENOS AIRES, May 3 (Wire) - The Casa Rosada said it had asked the Foreign Ministry to study the law.',
      'Noting that Argentina has had its own glacier law since 2010, Mining Secretary Luis Etcheverry, quoted by the state news agency Pampa, said the Chilean rules went much further.',
    );
    expect(nationOf(text, 'much further')).toMatchObject({ nation: 'AR' });
  });

  it('gives the office of a body named by its kind alone the nation of that body, which spoke before', () => {
    const text = story(
      'Election',
      'MALÉ, April 22 (Atoll Wire) — The ruling party won 61 of the 93 seats, the Elections Commission said on Monday.',
      'Commission chairman Mohamed Zahir Hassan told a news conference that turnout had reached 74 percent.',
    );
    expect(nationOf(text, 'turnout')).toMatchObject({ nation: 'MV' });
  });

  it('reads a state or province before a governor or chief minister, and a county before its superintendent', () => {
    const text = story(
      'Border',
      'COTONOU, Benin (Wire) — Nigeria kept its border with Benin closed on Monday.',
      'Ogun State Governor Kunle Oduwole-Bakare said markets in Idiroko had emptied overnight.',
      'MANILA, May 2 (Wire) - The Asian Development Bank approved a loan to Pakistan for housing in Sindh.',
      'Sindh Chief Minister Syed Nisar Hussain Jafri said the province would build 350,000 houses.',
      'MONROVIA, Liberia (Wire) - Rice prices rose.',
      'Lofa County Superintendent Jallah Kollie-Zubah said traders had begun hoarding rice.',
    );
    expect(nationOf(text, 'emptied overnight')).toMatchObject({ nation: 'NG', evidence: 'Ogun' });
    expect(nationOf(text, '350,000 houses')).toMatchObject({ nation: 'PK', evidence: 'Sindh' });
    expect(nationOf(text, 'hoarding rice')).toMatchObject({ nation: 'LR', evidence: 'Lofa' });
  });

  it('places someone inside an owner\'s office, a company\'s joint venture, Japan\'s own ministries, a forum\'s secretary general and a shadow critic', () => {
    const delays = story(
      'Submarine delays',
      'CANBERRA, March 4 (Wire) - Australia\'s defence minister, Graham Tully, insisted on Tuesday that the plan was on track.',
      'A Pentagon spokesperson said in a written response that the United States remained fully committed to the sale.',
      'A senior official in Tully\'s department, who asked not to be named because an internal review has not been published, said the delays were caused mainly by a shortage of welders.',
      'Coastline Naval Systems, the British-Australian joint venture building the yard, said in a statement that it was working closely with government.',
    );
    expect(nationOf(delays, 'shortage of welders')).toMatchObject({ nation: 'AU' });
    expect(nationOf(delays, 'working closely with government')).toMatchObject({ nation: null });
    const minerals = story(
      'Minerals pact',
      'TOKYO, May 20 (Wire) -- Australian Resources Minister Kerry-Anne Boyd, in Tokyo for the signing, said the two countries would put up 2 billion dollars.',
      'Economy, Trade and Industry Minister Hiroshi Tanabe said Japan had learned from the 2010 halt of rare earth shipments.',
    );
    expect(nationOf(minerals, 'learned from the 2010 halt')).toMatchObject({ nation: 'JP', evidence: 'Economy, Trade and Industry Minister' });
    const forum = story(
      'Forum',
      'SUVA, Fiji (Wire) - China\'s special envoy offered scholarships at the Pacific Islands Forum leaders\' meeting in Suva.',
      'Forum Secretary General Hamish Collier, a former New Zealand diplomat, said island leaders welcomed support from all partners.',
    );
    expect(nationOf(forum, 'welcomed support')).toMatchObject({ nation: null, evidence: 'Pacific Islands Forum' });
    const diaspora = story(
      'Diaspora',
      'OTTAWA, June 12 (Wire) - Ministers of the Five Eyes alliance met in Ottawa.',
      'The Chinese Embassy in Ottawa said the accusations were groundless smears.',
      'Conservative public safety critic Rick Halvorsen said the government had been slow and timid.',
    );
    expect(nationOf(diaspora, 'slow and timid')).toMatchObject({ nation: 'CA' });
  });

  it('reads whom a council speaker speaks for, a mission sent to a body, a counterpart, a summoned envoy and a regional body', () => {
    const council = story(
      'Council debate',
      'NEW YORK, Nov. 3 (Wire) - The Security Council met on Monday after a strike on a hospital in Kharkiv.',
      'China\'s deputy envoy, Zhang Liwei, urged all parties to avoid attacks on civilian facilities and to return to dialogue.',
      'The acting U.S. representative, Deborah Kline, called the Russian account a lie.',
      'Speaking for Poland, which hosts almost a million refugees, Ambassador Ewa Dabrowska-Lis said her country\'s support would continue for as long as it is needed.',
      'On behalf of the Group of 77 and China, Pakistan\'s ambassador, Ali Khan, said developing countries needed far more money for the repairs.',
      'The U.S. mission to the IAEA said in a statement that Russia\'s seizure of the plant was the root cause of the danger.',
    );
    expect(nationOf(council, 'a lie')).toMatchObject({ nation: 'US', evidence: 'U.S.' });
    expect(nationOf(council, 'support would continue')).toMatchObject({ nation: 'PL', evidence: 'Poland' });
    expect(nationOf(council, 'far more money')).toMatchObject({ nation: null });
    expect(statementWith(council, 'root cause').speaker.mention?.text).toBe('The U.S. mission to the IAEA');
    expect(nationOf(council, 'root cause')).toMatchObject({ nation: 'US' });
    const swap = story(
      'Prisoner swap',
      'ABU DHABI, Oct. 5 (Wire) - Russia and Ukraine exchanged 150 prisoners each on Sunday.',
      'Russia\'s human rights commissioner, Yelena Sukhova, said she had handed over a list of 300 civilians.',
      'Her counterpart, Ukrainian parliamentary commissioner for human rights Mykola Hrytsenko, wrote on Telegram that pressure worked.',
    );
    expect(nationOf(swap, 'pressure worked')).toMatchObject({ nation: 'UA', evidence: 'Ukrainian' });
    const airspace = story(
      'Airspace',
      'TALLINN, Sept. 20 (Wire) - Estonia\'s Foreign Minister Margus Tamm said three Russian jets had violated its airspace.',
      'The Russian charge d\'affaires was summoned to the Foreign Ministry and handed a protest note, the ministry said.',
      'Kadriorg said the president had convened the National Defence Council for Saturday morning.',
      'Russia\'s Defence Ministry said the jets had flown over neutral waters.',
      'In a joint statement, the Baltic Council of Ministers, which brings together the governments of Estonia, Latvia and Lithuania, said a violation of one was a violation of all three.',
    );
    expect(nationOf(airspace, 'handed a protest note')).toMatchObject({ nation: 'EE' });
    expect(nationOf(airspace, 'convened the National Defence Council')).toMatchObject({ nation: 'EE', evidence: 'Kadriorg' });
    expect(nationOf(airspace, 'violation of all three')).toMatchObject({ nation: null });
  });

  it('reads a county\'s prefect before the name, and a hauliers\' committee as no state', () => {
    const text = story(
      'Drones',
      'BUCHAREST, Sept. 9 (Wire) - Romania\'s defence ministry said two drones had crashed near the Danube.',
      'The prefect of Tulcea county, Viorel Anghelache, said residents of two villages had been advised to stay indoors overnight.',
      'WARSAW, Nov. 6 (Wire) - Polish hauliers blocked three crossings into Ukraine on Monday, the Ukrainian border service said.',
      '“We are not against Ukraine,” said Marek Zawadzki, a spokesman for the hauliers\' committee Przewoźnicy Razem, which organised the protest.',
    );
    expect(statementWith(text, 'stay indoors').speaker.mention?.text).toBe('The prefect of Tulcea county, Viorel Anghelache,');
    expect(nationOf(text, 'stay indoors')).toMatchObject({ nation: 'RO', evidence: 'Tulcea' });
    expect(nationOf(text, 'not against Ukraine')).toMatchObject({ nation: null });
  });

  it('reads South Asia\'s provinces and their chief ministers, administered land, bodies of several states and a country\'s own agency', () => {
    const ganges = story(
      'Ganges talks',
      'DHAKA, March 4 (Wire) - India and Bangladesh began formal talks on Tuesday on renewing the Ganges Water Treaty before it expires next year, but the chief minister of India\'s West Bengal state warned that her government would not accept any deal that reduced flows to Kolkata port.',
      'The two sides agreed to share daily flow data, the Joint Rivers Commission said.',
      'The Central Water Commission, India’s federal water agency, said the river had reached its highest level since 2008.',
    );
    expect(statementWith(ganges, 'her government would not accept').speaker.mention?.text).toBe("the chief minister of India's West Bengal state");
    expect(nationOf(ganges, 'her government would not accept')).toMatchObject({ nation: 'IN' });
    expect(nationOf(ganges, 'daily flow data')).toMatchObject({ nation: null });
    expect(nationOf(ganges, 'highest level since 2008')).toMatchObject({ nation: 'IN', evidence: 'India' });
    const kashmir = story(
      'Line of Control',
      'SRINAGAR, May 2 (Wire) - Indian and Pakistani troops exchanged fire across the Line of Control overnight, the Indian army said.',
      'A Pakistani military spokesman in Rawalpindi said Indian troops had fired first.',
      'Jammu and Kashmir Chief Minister Javed Iqbal Mir called on both armies to stop treating border villages as firing ranges.',
      'Across the line, the prime minister of Pakistan-administered Kashmir, Raja Nadeem Akhtar, said that Indian shells had damaged a school.',
    );
    expect(nationOf(kashmir, 'firing ranges')).toMatchObject({ nation: 'IN', evidence: 'Jammu and Kashmir' });
    expect(nationOf(kashmir, 'damaged a school')).toMatchObject({ nation: 'PK', evidence: 'Pakistan' });
    const corridor = story(
      'Corridor',
      'ISLAMABAD, June 8 (Wire) - China, Pakistan and Afghanistan have agreed to extend the economic corridor, the China-Afghanistan-Pakistan Foreign Ministers\' Dialogue said in a joint statement.',
      'In New Delhi, the Ministry of External Affairs said any extension of the corridor was unacceptable.',
      'Balochistan\'s chief minister, Nasir Jan Rind, said the province wanted its fair share of jobs.',
      'Khyber Pakhtunkhwa\'s chief minister, Arbab Zahid Afridi, whose province hosts the largest number of Afghans in Pakistan, said the federal government had not consulted the provinces.',
      'BIMSTEC Secretary General Tashi Wangchuk Dorji, a former Bhutanese foreign secretary, said the bloc could deliver.',
    );
    expect(nationOf(corridor, 'extend the economic corridor')).toMatchObject({ nation: null });
    expect(nationOf(corridor, 'fair share')).toMatchObject({ nation: 'PK', evidence: 'Balochistan' });
    expect(statementWith(corridor, 'not consulted').speaker.mention?.text).toBe("Khyber Pakhtunkhwa's chief minister, Arbab Zahid Afridi");
    expect(nationOf(corridor, 'not consulted')).toMatchObject({ nation: 'PK', evidence: 'Khyber Pakhtunkhwa' });
    expect(nationOf(corridor, 'the bloc could deliver')).toMatchObject({ nation: null, evidence: 'BIMSTEC' });
  });

  it('reads an office before a setting in commas, a hyphened surname, an envoy sent to talks with rebels, an opposition union and a region\'s administration', () => {
    const drought = story(
      'Drought',
      'NAIROBI, Feb. 3 (Wire) - The U.S. Agency for International Development said it would send food aid to the Horn of Africa.',
      'Britain\'s minister for Africa, Edward Langley-Hart, on a visit to Nairobi, announced that London would provide 40 million pounds in emergency aid.',
    );
    expect(statementWith(drought, '40 million pounds').speaker.mention?.text).toBe("Britain's minister for Africa, Edward Langley-Hart,");
    expect(nationOf(drought, '40 million pounds')).toMatchObject({ nation: 'GB', evidence: 'Britain' });
    const talks = story(
      'Talks',
      'JUBA, May 6 (Wire) - South Sudan\'s presidency said elections would be delayed by two years.',
      'Kenya\'s special envoy to the peace talks with holdout rebel groups, retired General Lazarus Kiptoo Chebet, said Nairobi would convene a new round of talks next month.',
    );
    expect(nationOf(talks, 'new round of talks')).toMatchObject({ nation: 'KE', evidence: 'Kenya' });
    const vote = story(
      'Vote',
      'MOGADISHU, June 1 (Wire) - Somalia\'s parliament approved a law on direct elections.',
      'Former prime minister Hassan Abdi Warsame, who leads the opposition Union for Dialogue, said the government was rushing the vote.',
    );
    expect(nationOf(vote, 'rushing the vote')).toMatchObject({ nation: 'SO' });
    const port = story(
      'Port',
      'ADDIS ABABA, Aug. 9 (Wire) - Djibouti\'s foreign minister, Mahdi Ahmed Houssein, said his country\'s offer to Ethiopia remained on the table.',
      'In Mekelle, the president of the Tigray Interim Regional Administration, Haftom Gebregziabher Kahsay, said the region would not be a battlefield again.',
    );
    expect(nationOf(port, 'battlefield again')).toMatchObject({ nation: 'ET', evidence: 'Tigray' });
  });

  it('reads Central Africa\'s regional bodies and their officers, a meeting\'s venue, a charities\' coalition and a minister quoted by a broadcaster', () => {
    const bodies = story(
      'Reserves',
      'YAOUNDÉ, Dec. 17 (Wire) - Leaders of six Central African states met in Yaoundé on the region\'s foreign reserves.',
      'The President of the CEMAC Commission, Equatorial Guinean economist Baltasar Ondo Mikue, said member states had agreed to repatriate export revenues.',
      'The head of MINUSCA, Cameroonian diplomat Ernestine Ngo Bassong, said the mission would hand over, not hand off.',
      'The commander of the MNJTF, the Nigerian general Yusuf Adamu Garba, denounced a cowardly and barbaric act.',
      'The Lake Chad Basin Commission said the lake had shrunk again. The executive secretary of the commission, Nigerien hydrologist Abdou Salifou Garba, warned that the crisis was feeding the armed groups.',
    );
    expect(nationOf(bodies, 'repatriate export revenues')).toMatchObject({ nation: null });
    expect(nationOf(bodies, 'not hand off')).toMatchObject({ nation: null });
    expect(nationOf(bodies, 'barbaric act')).toMatchObject({ nation: null });
    expect(nationOf(bodies, 'feeding the armed groups')).toMatchObject({ nation: null });
    const forests = story(
      'Forests',
      'LIBREVILLE, Feb. 12 (Wire) - Gabon suspended the approvals of seven forest companies.',
      'Present in Libreville for a meeting of the Central African Forests Commission (COMIFAC), the Minister of Forest Economy of the Republic of the Congo, Hortense Ngoma-Bouanga, indicated that Brazzaville would reinforce the controls.',
      'The Lake Chad Relief Alliance, a coalition of 14 local charities, said at least 60 returnees had been killed.',
      'Across the border, Cameroon\'s Minister of Territorial Administration, Célestin Atangana-Mebe, was quoted by state broadcaster Sanaga Télévision as saying that the refugees would be repatriated.',
    );
    expect(nationOf(forests, 'reinforce the controls')).toMatchObject({ nation: 'CG', evidence: 'Republic of the Congo' });
    expect(nationOf(forests, '60 returnees')).toMatchObject({ nation: null });
    expect(nationOf(forests, 'would be repatriated')).toMatchObject({ nation: 'CM', evidence: 'Cameroon' });
  });

  it('reads Gulf state agencies\' courtesies, a relay before the honoured name, a group\'s offices and analysts named by their trade', () => {
    const terminal = story(
      'Terminal',
      'FUJAIRAH, 14th November, 2024 (EWA) -- His Highness Sheikh Khalid bin Ahmed Al Ketbi, Deputy Ruler of Fujairah, today inaugurated the new container terminal, in the presence of His Excellency Obaid Rashid Al Hammadi, Minister of Energy and Infrastructure.',
      'On this occasion, His Highness affirmed that the new terminal embodies the vision of the wise leadership for the UAE.',
      'His Excellency Al Hammadi said that the country\'s ports had recorded a 31 per cent increase in volumes.',
      'Freight analysts said war-risk premiums were likely to double.',
    );
    expect(statementWith(terminal, 'wise leadership').speaker).toMatchObject({ name: 'Khalid bin Ahmed Al Ketbi', nation: 'AE' });
    expect(statementWith(terminal, '31 per cent').speaker).toMatchObject({ name: 'Obaid Rashid Al Hammadi', nation: 'AE' });
    expect(nationOf(terminal, 'war-risk premiums')).toMatchObject({ nation: null });
    const consulates = story(
      'Consulates',
      'RIYADH, May 5 (Wire) -- Saudi Arabia and Iran agreed to reopen consulates.',
      'According to the official Saudi news agency, His Highness Prince Mishaal bin Fahd bin Abdullah, Minister of Foreign Affairs, affirmed the Kingdom\'s keenness to build on the agreement.',
      'SANAA, Jan. 9 (Wire) - The Houthis said they had struck a container ship in the Red Sea.',
      'The group\'s military spokesman, Brigadier Hamoud al-Sharafi, said the attacks would continue until the siege is lifted.',
      'The Global Shipowners Forum said it was too early to advise members to return to the route.',
    );
    expect(statementWith(consulates, 'keenness').speaker.mention?.text).toBe('His Highness Prince Mishaal bin Fahd bin Abdullah, Minister of Foreign Affairs,');
    expect(nationOf(consulates, 'keenness')).toMatchObject({ nation: 'SA' });
    expect(nationOf(consulates, 'siege is lifted')).toMatchObject({ nation: null });
    expect(nationOf(consulates, 'too early')).toMatchObject({ nation: null });
  });

  it('reads an office for EU affairs, a scene in a country\'s parliament, the Turkish Cypriots, a body\'s headquarters and a former speaker', () => {
    const veto = story(
      'Greece and Cyprus block Turkey from EU loans',
      'BRUSSELS, May 21 (Wire) - Greece and Cyprus on Wednesday blocked a proposal to let Turkey join the loan scheme, diplomats said.',
      'In Ankara, Deputy Foreign Minister and Director for EU Affairs Tolga Ekinci said the decision showed that "a small minority" was holding the bloc "hostage".',
      'In the Turkish parliament, the main opposition party\'s deputy chair for foreign affairs, Ayla Demirkol, said the veto was "the result of a failed policy".',
      'The Turkish Cypriot leader, Hüseyin Daloğlu, said any new process must start from the "sovereign equality" of the two sides.',
      'Greek Cypriot negotiator Andreas Kallis said the talks would resume in June.',
      'A spokesperson for the U.N. peacekeeping force in Cyprus said the mission was "closely following" developments.',
      'At NATO headquarters in Brussels, a spokesperson said arms sales were "a national decision for allies."',
    );
    expect(nationOf(veto, 'small minority')).toMatchObject({ nation: 'TR', evidence: 'Ankara' });
    expect(nationOf(veto, 'failed policy')).toMatchObject({ nation: 'TR', evidence: 'Turkish' });
    expect(nationOf(veto, 'sovereign equality')).toMatchObject({ nation: null });
    expect(nationOf(veto, 'resume in June')).toMatchObject({ nation: 'CY' });
    expect(statementWith(veto, 'closely following').speaker).toMatchObject({ mention: { text: 'A spokesperson for the U.N. peacekeeping force in Cyprus' }, nation: null });
    expect(nationOf(veto, 'national decision')).toMatchObject({ nation: null, evidence: 'NATO' });
    const vetting = story(
      'Guardian Council bars ex-speaker',
      'DUBAI (Wire) — Iran’s Guardian Council on Wednesday published a list of six approved candidates, leaving out a former parliament speaker.',
      'The council’s spokesman, Hadi Tavakkoli-Rad, said on state television that all applicants had been vetted “strictly according to the law.”',
      'Former speaker Ali-Reza Nourbakhsh said in a statement that he accepted the ruling.',
    );
    expect(nationOf(vetting, 'accepted the ruling')).toMatchObject({ nation: 'IR' });
  });

  it('reads a country represented by a minister for a region, Tel Aviv for its government, a civic forum, and a counterpart who is someone else', () => {
    const talks = story(
      'Cyprus talks end without a deal',
      'GENEVA (Wire) — The leaders of the island\'s two communities agreed on Friday to meet again.',
      'Britain, which keeps two sovereign base areas on the island and is one of its three guarantor powers along with Greece and Turkey, was represented by Minister for Europe Harriet Linwood, who said London would “support whatever the two leaders can agree.”',
    );
    expect(statementWith(talks, 'support whatever').speaker).toMatchObject({ name: 'Harriet Linwood', nation: 'GB' });
    const amman = story(
      'Jordan, Egypt discuss aid',
      'AMMAN, Nov. 20 (Wire) -- Egyptian Minister of Foreign Affairs Karim Abdel-Ghaffar said Cairo would host a conference on Gaza.',
      'Later, Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Fouad Haddadin held extended talks with his Egyptian counterpart at the Ministry.',
      'At a joint press conference, Haddadin told reporters that the restrictions on aid were “unacceptable”.',
      'Tel Aviv insists that the crossings are open.',
      'In Tel Aviv, opposition leader Yoav Sela said the prime minister was “choosing his coalition over the hostages”.',
      'The Homecoming Families Forum, which represents most of the hostages\' relatives, urged the government to “seize the deal on the table”.',
    );
    expect(statementWith(amman, 'unacceptable').speaker).toMatchObject({ name: 'Fouad Haddadin', nation: 'JO' });
    expect(nationOf(amman, 'crossings are open')).toMatchObject({ nation: 'IL', evidence: 'Tel Aviv' });
    expect(nationOf(amman, 'seize the deal')).toMatchObject({ nation: null });
  });

  it('reads where a speaker lives or was reached apart from whom they speak for, a building as the scene, a body\'s commissioner with listed portfolios and a South African diplomat', () => {
    const list = story(
      'Côte d\'Ivoire/Presidential: five candidatures retained',
      'Abidjan, 9 Sept. (AII) - The Constitutional Council published Monday evening the definitive list of candidates.',
      'Among the rejected candidates figures the president of the Rally for Democratic Alternation (RAD), Mr. Koffi Théodore Assalé, who lives in Paris since 2021.',
      'Joined by telephone, Mr. Assalé declared to AII that it is «a political decision dressed in a legal robe».',
      'Joined by telephone in Paris, the opposition candidate Mamadou Kone affirmed that «the people have won this battle».',
      'At the Quai d\'Orsay, a spokesperson indicated that France «takes note» of the decision.',
    );
    expect(nationOf(list, 'legal robe')).toMatchObject({ nation: 'CI' });
    expect(nationOf(list, 'won this battle')).toMatchObject({ nation: 'CI' });
    expect(nationOf(list, 'takes note')).toMatchObject({ nation: 'FR', evidence: 'Quai d\'Orsay' });
    const council = story(
      'AU keeps Guinea suspended',
      'ADDIS ABABA, March 12 (Wire) -- The African Union\'s Peace and Security Council decided on Wednesday to keep Guinea suspended.',
      'The AU Commissioner for Political Affairs, Peace and Security, Nigerian diplomat Ifeoma Adebayo-Okeke, said the commission stood ready to support the elections.',
      'A South African diplomat who attended the session noted that Pretoria had pushed for “a clear road map”.',
      'In a message read on state radio, Etoudi called on all Cameroonians to "remain calm and united".',
    );
    expect(statementWith(council, 'stood ready').speaker).toMatchObject({ name: 'Ifeoma Adebayo-Okeke', nation: null });
    expect(nationOf(council, 'road map')).toMatchObject({ nation: 'ZA', evidence: 'South African' });
    expect(nationOf(council, 'remain calm')).toMatchObject({ nation: 'CM', evidence: 'Etoudi' });
    const court = story(
      'Court dismisses petitions',
      'ABUJA, Sept. 6 (Wire) -- Nigeria\'s Presidential Election Petition Court on Wednesday dismissed two petitions.',
      '"The court cannot nullify an election on the basis of speculation," the presiding judge, Justice Abubakar Danjuma-Lawal, said.',
    );
    expect(statementWith(court, 'speculation').speaker).toMatchObject({ mention: { text: 'the presiding judge, Justice Abubakar Danjuma-Lawal,' }, nation: 'NG' });
  });

  it('reads two countries opening what a ministry said as neither\'s, an embassy abroad as its own country\'s scene, and a party named with a people\'s adjective as no person', () => {
    const swap = story(
      'UAE brokers new prisoner swap',
      'ABU DHABI, Dec. 30 (Wire) -- Russia and Ukraine each released 150 prisoners of war on Monday in an exchange mediated by the United Arab Emirates, the Ministry of Foreign Affairs said.',
      'Qatar\'s Minister of State for International Cooperation, Maryam Al-Marri, announced the return of 19 children.',
      'Speaking at the Qatari embassy in Moscow before the children\'s departure, the minister said that the reunification was “the fruit of months of quiet work”.',
    );
    expect(nationOf(swap, '150 prisoners')).toMatchObject({ nation: 'AE' });
    expect(nationOf(swap, 'quiet work')).toMatchObject({ nation: 'QA' });
    const rada = story(
      'Rada passes contracts law',
      'KYIV, Dec. 3 (Wire) -- The Verkhovna Rada on Tuesday adopted a law on one-year contracts.',
      'Iryna Hnatyshyn, an MP from the opposition European Choice faction, voted against. She said the law did not solve the main problem.',
      'According to prosecutors, the bombs were launched from aircraft flying over the Belgorod region.',
    );
    expect(statementWith(rada, 'main problem').speaker).toMatchObject({ name: 'Iryna Hnatyshyn', nation: 'UA' });
    // Prosecutors hold a state office.
    expect(nationOf(rada, 'bombs were launched')).toMatchObject({ nation: 'UA' });
  });

  it('reads a country\'s facilitator of peace talks as its envoy, the armed groups of Myanmar, Mindanao and Thailand\'s south as no state\'s, and Myanmar\'s Union Election Commission as no trade union', () => {
    const polls = story(
      'Bangsamoro polls delayed again',
      'COTABATO CITY, Philippines, Oct. 2 (Wire) – Malacañang on Thursday defended a law postponing the region\'s first elections.',
      'Malaysia’s facilitator for the peace process, Tan Sri Kamaruddin Yusof, said Putrajaya was “concerned but confident” that the delay would not derail the agreement.',
      'A commander of the Bangsamoro Islamic Freedom Fighters told Wire by phone that the delay proved “Manila never keeps its word.”',
      'A KIA spokesman, Colonel La Ring Gam, told reporters that the group would “not allow a single polling station” in its areas.',
    );
    expect(nationOf(polls, 'concerned but confident')).toMatchObject({ nation: 'MY', evidence: 'Malaysia' });
    expect(nationOf(polls, 'never keeps its word')).toMatchObject({ nation: null });
    expect(nationOf(polls, 'single polling station')).toMatchObject({ nation: null, evidence: 'KIA' });
    const vote = story(
      'Myanmar junta sets second phase of election',
      'NAYPYITAW, Jan. 5 (Wire) – Myanmar\'s military government will hold the second phase of its election on Jan. 11, state media said.',
      'The Union Election Commission said in a notice that voting would not take place in areas “where security cannot be guaranteed.”',
    );
    expect(nationOf(vote, 'security cannot be guaranteed')).toMatchObject({ nation: 'MM' });
  });

  it('finishes a story whose headline opens with a courtesy, which then stands for the title it was given to', () => {
    const palace = story(
      'His Majesty the King, Egyptian Foreign Minister discuss aid',
      'AMMAN, Nov. 20 (Wire) -- His Majesty the King received the Egyptian foreign minister on Wednesday, and stressed the need to consolidate the ceasefire.',
      'His Majesty also warned that the continued escalation in the West Bank threatens to “ignite the entire region”, according to a Royal Hashemite Court statement.',
      'The Royal Court said in a separate statement that the visit to Cairo had been postponed.',
    );
    expect(statementWith(palace, 'ignite the entire region').speaker).toMatchObject({ mention: { text: 'His Majesty' }, nation: 'JO' });
    // Several monarchies have a Royal Court; the story's own place says whose.
    expect(nationOf(palace, 'had been postponed')).toMatchObject({ nation: 'JO' });
  });

  it('reads a representative of a country with no venue after it, and of a government named by its seat', () => {
    const text = story(
      'NEW YORK, May 3 (Wire) - The Security Council met on Hodeidah.',
      'Helen Carter, who represents Britain, the council’s penholder on Yemen, said the detentions were unacceptable.',
      'Abdulaziz Bamatraf, who represents the government in Aden at the Arab League, told the meeting that the port must reopen.',
      'Mona Saleh, who represents Oxfam in Yemen, said the convoys had stopped.',
    );
    expect(nationOf(text, 'detentions were unacceptable')).toMatchObject({ nation: 'GB', evidence: 'Britain' });
    expect(nationOf(text, 'port must reopen')).toMatchObject({ nation: 'YE', evidence: 'Aden' });
    expect(nationOf(text, 'convoys had stopped')).toMatchObject({ nation: null });
  });

  it('reads a representative of a capital at a body, one of several delegations, a city\'s official, a group of counted countries, an agency named a service and US congressional committees', () => {
    const vote = story(
      'Pathogen annex',
      'GENEVA, May 30 (Wire) - The World Health Assembly adopted an annex on pathogen sharing.',
      'Carolina Ibarguren, who represents Buenos Aires at the U.N. in Geneva, said her country had voted in favour.',
      'A diplomat from one of the Nordic delegations said several countries had discussed funding the office.',
    );
    expect(nationOf(vote, 'voted in favour')).toMatchObject({ nation: 'AR', evidence: 'Buenos Aires' });
    expect(nationOf(vote, 'funding the office')).toMatchObject({ nation: null });
    const bridge = story(
      'Bridge',
      'VLADIVOSTOK, Oct. 2 (Wire) - Russia and North Korea opened a road bridge over the Tumen river.',
      'An official in the border city of Hunchun, in China\'s Jilin province, told Vostok-Inform by telephone that local authorities were studying opportunities for trilateral cooperation.',
    );
    expect(statementWith(bridge, 'trilateral cooperation').speaker.mention?.text).toBe('An official in the border city of Hunchun');
    expect(nationOf(bridge, 'trilateral cooperation')).toMatchObject({ nation: 'CN' });
    const troops = story(
      'Troops',
      'SEOUL, Nov. 18 (Wire) - North Korea has sent about 3,000 additional troops to Russia since January, South Korea\'s National Intelligence Service (NIS) told lawmakers on Tuesday.',
      'About 11,000 North Korean soldiers were first sent to Russia\'s Kursk region last autumn, according to the agency.',
      'The Multilateral Sanctions Monitoring Team (MSMT), a group of 11 countries including South Korea, the United States and Japan, said the transfers undermine the global non-proliferation regime.',
      'Sen. Ellen Marchetti, a member of the Senate Armed Services Committee, urged the administration to share more intelligence with Seoul.',
    );
    expect(nationOf(troops, 'Kursk region last autumn')).toMatchObject({ nation: 'KR' });
    expect(nationOf(troops, 'non-proliferation regime')).toMatchObject({ nation: null });
    expect(nationOf(troops, 'share more intelligence')).toMatchObject({ nation: 'US', evidence: 'Senate Armed Services Committee' });
  });

  it('reads European domestic politics: party leaders at home, regions\' people, a minister at a meeting abroad and a liberation army', () => {
    const coalition = story(
      'Coalition',
      'BERLIN, March 12 (Rhine-Spree News) - Germany\'s likely next chancellor, Matthias Brenner, said on Wednesday, after talks that ran through the night, that his Christian Democrats and the Social Democrats had found a solid basis for a coalition.',
      'Katrin Oberle, who co-leads the Social Democrats, struck a more cautious tone. She said the party\'s members would have the final word.',
    );
    expect(statementWith(coalition, 'solid basis')).toMatchObject({ content: { text: 'that his Christian Democrats and the Social Democrats had found a solid basis for a coalition' }, speaker: { name: 'Matthias Brenner', nation: 'DE' } });
    expect(statementWith(coalition, 'final word').speaker).toMatchObject({ name: 'Katrin Oberle', nation: 'DE' });
    const budget = story(
      'Budget',
      'PARIS, Oct. 8 (Wire) - The French government survived a no-confidence vote on Tuesday.',
      'Mathilde Garnier, who leads the far-right National Rally\'s deputies, said her party would file a new motion at the first opportunity.',
      'Bercy said the budget would bring the deficit down to 4.7 percent of economic output.',
      'Speaking in Luxembourg on the sidelines of a meeting of euro zone finance ministers, Economy Minister Hélène Voisin stressed that the government would respect its commitments.',
    );
    expect(nationOf(budget, 'new motion')).toMatchObject({ nation: 'FR' });
    expect(nationOf(budget, 'respect its commitments')).toMatchObject({ nation: 'FR' });
    const regions = story(
      'Regions',
      'MADRID, May 3 (Wire) - The Spanish government agreed a tax deal with Catalonia.',
      'The Basque lehendakari Iñaki Etxeberria said the Catalan deal was not comparable to the Basque Country\'s historic rights.',
      'In Milan, his Lombard counterpart, Chiara Bellotti, said the region would hire 2,000 nurses.',
      'A clandestine group, the Corsican National Liberation Army, said it would observe a unilateral truce.',
    );
    expect(nationOf(regions, 'not comparable')).toMatchObject({ nation: 'ES', evidence: 'Basque' });
    expect(nationOf(regions, '2,000 nurses')).toMatchObject({ nation: 'IT', evidence: 'Lombard' });
    expect(nationOf(regions, 'unilateral truce')).toMatchObject({ nation: null });
  });

  it('reads a government named with its abbreviation and seat before a relative clause, an evaluation after it, and the Kasbah', () => {
    const text = story(
      'Oil shutdown',
      'TRIPOLI, Aug. 27 (Wire) - Eastern Libyan authorities shut down oil fields on Monday.',
      'The Government of National Unity (GNU) in Tripoli, which is recognised by the United Nations, called the shutdown "economic blackmail" and said the central bank\'s new board had been appointed lawfully.',
      'TUNIS, Feb. 12 (Wire) - Tunisia will not become a land of settlement for migrants, the Head of Government said.',
      'The Kasbah later specified in a statement that no agreement on readmission had been discussed.',
    );
    expect(statementWith(text, 'economic blackmail').speaker.mention?.text).toBe('The Government of National Unity (GNU) in Tripoli');
    expect(nationOf(text, 'economic blackmail')).toMatchObject({ nation: 'LY' });
    expect(nationOf(text, 'appointed lawfully')).toMatchObject({ nation: 'LY' });
    expect(nationOf(text, 'no agreement on readmission')).toMatchObject({ nation: 'TN', evidence: 'Kasbah' });
  });

  it('takes the lead\'s unnamed top diplomat for the foreign minister the story names next, at a meeting held abroad', () => {
    const text = story(
      'Regional forum',
      'VIENTIANE, July 27 (Wire) -- South Korea\'s top diplomat on Saturday urged North Korea to return to dialogue.',
      'Foreign Minister Kang Seong-min told his counterparts that the door to dialogue remained wide open.',
      '"No one at this table can afford to ignore it," Kang said.',
    );
    expect(nationOf(text, 'wide open')).toMatchObject({ nation: 'KR' });
    expect(nationOf(text, 'afford to ignore')).toMatchObject({ nation: 'KR' });
  });

  it('reads an office apposition before a relative clause in commas, a portfolio list, and the French Basque Country', () => {
    const terminal = story(
      'Terminal',
      'FUJAIRAH, Nov. 14 (Wire) -- A new container terminal opened at Fujairah Port.',
      'Rajesh Venugopal, India\'s Minister of State for Ports, Shipping and Waterways, who attended the ceremony, told reporters that the terminal would be a key node on the corridor.',
    );
    expect(statementWith(terminal, 'key node').speaker.mention?.text).toBe("Rajesh Venugopal, India's Minister of State for Ports, Shipping and Waterways");
    expect(nationOf(terminal, 'key node')).toMatchObject({ nation: 'IN', evidence: 'India' });
    const rail = story(
      'Rail link',
      'HENDAYE, France, June 2 (Wire) - A cross-border rail line opened between Spain and France.',
      'The Basque lehendakari Iñaki Etxeberria said the railway no longer stopped at the border.',
      'In Bayonne, the president of the Pays Basque agglomeration council, Jean-Baptiste Larralde, said the line must not turn the coast into a suburb.',
    );
    expect(nationOf(rail, 'stopped at the border')).toMatchObject({ nation: 'ES' });
    expect(nationOf(rail, 'into a suburb')).toMatchObject({ nation: 'FR', evidence: 'Pays Basque' });
  });

  it('reads "its" office after what its subject was said to do, and the seats of territories\' and small states\' governments', () => {
    const text = story(
      'Canal',
      'PANAMA CITY, June 12 (Wire) - The Panama Canal will cut the number of daily transits to 24 from 36, its administrator said on Wednesday.',
      'Torshavn said the Faroese fleet would keep fishing mackerel in its own waters.',
      'Lozitha said the king would not travel to Taipei this year.',
    );
    expect(nationOf(text, 'daily transits')).toMatchObject({ nation: 'PA', evidence: 'Panama' });
    expect(nationOf(text, 'mackerel')).toMatchObject({ nation: 'FO', evidence: 'Torshavn' });
    expect(nationOf(text, 'travel to Taipei')).toMatchObject({ nation: 'SZ', evidence: 'Lozitha' });
  });

  it('gives a spokesman for an alliance, and a spokeswoman for a builder its appositive names, no nation', () => {
    const text = story(
      'Port loan',
      'COLOMBO, March 3 (Wire) - Sri Lanka signed a loan for the port expansion.',
      'A spokeswoman for the builder, Guangzhou-based Huanan Port Holdings, said work would start in May.',
      'NAIROBI, June 5 (Wire) - Kenya will lead the multinational force in Haiti, a spokesman for the alliance said.',
    );
    expect(nationOf(text, 'start in May')).toMatchObject({ nation: null });
    expect(nationOf(text, 'multinational force')).toMatchObject({ nation: null });
  });

  it('reads a province or state before its premier, in up to three words, and not the country word inside its name', () => {
    const text = story(
      'Tariffs',
      'OTTAWA, March 4 (Wire) — Canada answered the new U.S. steel tariffs with duties of its own.',
      'British Columbia Premier Sandra Okimaw said the tariffs were an attack on working families.',
      'SYDNEY, May 9 (Wire) — Chinese warships held live-fire drills in the Tasman Sea, Australia said.',
      'New South Wales Premier Kate Ellison said airlines had been given no warning at all.',
      'TOKYO, June 2 (Wire) — Japan and Australia signed a pact on critical minerals.',
      'Queensland Premier Steven Dunleavy said the deal would create thousands of regional jobs.',
    );
    expect(nationOf(text, 'working families')).toMatchObject({ nation: 'CA', evidence: 'British Columbia' });
    expect(nationOf(text, 'no warning')).toMatchObject({ nation: 'AU', evidence: 'New South Wales' });
    expect(nationOf(text, 'regional jobs')).toMatchObject({ nation: 'AU', evidence: 'Queensland' });
  });

  it('knows a country\'s Mission, parties named Congress, a labour congress and the city of Benin City', () => {
    const text = story(
      'Governorship vote',
      'BENIN CITY, Nigeria, Sept. 22 (Wire) -- The governing party\'s candidate won the governorship election.',
      'The state returning officer, Professor Efosa Ogbemudia-Ize, told party agents at the collation centre in Benin City that results had been verified.',
      'The U.S. Mission in Nigeria said it was concerned by reports of vote buying.',
      'The Nigeria Labour Congress (NLC) said it would call a strike.',
      'The opposition National Unity Congress (NUC) said it would not accept the result.',
      'Rakesh Sabharwal, general secretary of the opposition Congress party, said the commission had failed.',
    );
    expect(nationOf(text, 'had been verified')).toMatchObject({ nation: 'NG' });
    expect(nationOf(text, 'vote buying')).toMatchObject({ nation: 'US', evidence: 'U.S.' });
    expect(nationOf(text, 'call a strike')).toMatchObject({ nation: null });
    expect(nationOf(text, 'accept the result')).toMatchObject({ nation: 'NG' });
    expect(nationOf(text, 'commission had failed')).toMatchObject({ nation: 'IN', evidence: 'Congress party' });
  });

  it('gives Afghanistan\'s Taliban administration its country, but not the Pakistani Taliban, and no nation to the High Representative or ODIHR', () => {
    const text = story(
      'Crossing',
      'PESHAWAR, Pakistan (Wire) - The Torkham crossing stayed shut.',
      'The Taliban administration\'s deputy spokesman, Hamdullah Saqib, said the structure was a border post.',
      'The Pakistani Taliban said they had played no part in the clash.',
      'SARAJEVO (Wire) - The international community\'s High Representative in Bosnia, Austrian diplomat Klaus Lehner, said he would annul the law.',
      'The head of the ODIHR mission, Swedish diplomat Lars Eklund, said observers had seen irregularities.',
    );
    expect(nationOf(text, 'border post')).toMatchObject({ nation: 'AF', evidence: 'Taliban' });
    expect(nationOf(text, 'no part')).toMatchObject({ nation: null });
    expect(nationOf(text, 'annul the law')).toMatchObject({ nation: null });
    expect(nationOf(text, 'irregularities')).toMatchObject({ nation: null });
  });

  it('reads parties, a special representative, a city corporation and the office of a body that spoke, and passes over a foreign mission', () => {
    const text = story(
      'Run-off',
      'FREETOWN, Sierra Leone (Wire) — Sierra Leone’s electoral commission announced that the president had won the run-off.',
      'The commission’s chairman, Mohamed Sahr Kamanda, told a news conference that the count had been fair.',
      'The British High Commission in Freetown said it shared the observers’ concerns.',
      'Information Minister Abdul Rahman Fofanah-Kargbo said the report contained errors.',
      'COLOMBO, Nov. 22 (Wire) – Election bodies from seven countries met in Colombo.',
      'Aftab Hussain Warraich, information secretary of the opposition Pakistan Tehreek-e-Insaf, said the commission had no moral standing.',
      'Pakistan\'s special representative for Afghanistan, Saad Lodhi, said Islamabad had not been invited.',
      'The mayor of Dhaka North City Corporation, Ehsanul Karim Bhuiyan, said schools would serve as polling centres.',
    );
    expect(nationOf(text, 'count had been fair')).toMatchObject({ nation: 'SL' });
    expect(nationOf(text, 'contained errors')).toMatchObject({ nation: 'SL' });
    expect(nationOf(text, 'moral standing')).toMatchObject({ nation: 'PK', evidence: 'Pakistan Tehreek-e-Insaf' });
    expect(nationOf(text, 'not been invited')).toMatchObject({ nation: 'PK', evidence: 'Pakistan' });
    expect(nationOf(text, 'polling centres')).toMatchObject({ nation: 'BD' });
  });

  it('reads the nationality in an apposition to a body\'s office as a dual role, and gives gangs no nation', () => {
    const text = story(
      'Tuna talks',
      'VICTORIA, Seychelles, May 17 (Wire) — Members of the Indian Ocean Tuna Commission ended a meeting without a deal.',
      'The commission\'s executive secretary, Kenyan fisheries scientist Daniel Otieno, said a new stock assessment would be published in October.',
      'PORT-AU-PRINCE, May 3 (Wire) - Wilkens Jean-Baptiste, a leader of the Lakay Nou gang alliance, said his fighters would not disarm.',
    );
    expect(nationOf(text, 'stock assessment')).toMatchObject({ nation: null });
    expect(nationOf(text, 'not disarm')).toMatchObject({ nation: null });
  });

  it('reads past a former affiliation, knows CAF and an emergency operations centre, and gives a creditor committee no nation', () => {
    const text = story(
      'Runoff count',
      'LIMA, June 9 (Wire) - The count went on through the night.',
      'Mamani, a former teachers\' union leader from the southern region of Puno, urged his supporters to stay calm.',
      'The head of mining at CAF, the Development Bank of Latin America, Brazilian economist Rosana Teixeira, said the region risked competing against itself.',
      'The Argentina Creditor Committee said it was ready to engage with the government.',
    );
    const storm = story('Storm', 'SANTO DOMINGO, May 3 (Wire) - The director of the Emergency Operations Centre (COE), General Rafael Peña Almonte, said heavy rain had forced evacuations.');
    expect(nationOf(text, 'stay calm')).toMatchObject({ nation: 'PE' });
    expect(nationOf(text, 'competing against itself')).toMatchObject({ nation: null, evidence: 'CAF' });
    expect(nationOf(storm, 'forced evacuations')).toMatchObject({ nation: 'DO' });
    expect(nationOf(text, 'ready to engage')).toMatchObject({ nation: null });
  });

  it('knows devolved and regional governments, the Taoiseach and national central banks, and a Commissioner\'s dual role', () => {
    const text = story(
      'Food deal',
      'LONDON, May 20 (Wire) - Britain and the EU agreed a food safety deal.',
      'Scotland’s First Minister, Eilidh MacRae, said the deal proved that Brexit had been a mistake.',
      'The Commission’s chief negotiator for relations with London, Dutch official Femke Tervoort, said trust was being rebuilt.',
      'Jeroen van Dalsem, president of De Nederlandsche Bank, said the bank should not be in a hurry.',
      'The Taoiseach, Fergal Mac Aodha, told reporters that Ireland supported a proportionate response.',
      'The president of the regional government of Andalusia, Manuel Ortega, called the cap "a patch".',
      'The European Commissioner for migration, Austria\'s Lukas Feichtinger, said the Commission would release emergency funding.',
    );
    expect(nationOf(text, 'Brexit')).toMatchObject({ nation: 'GB', evidence: 'Scotland' });
    expect(nationOf(text, 'trust was being rebuilt')).toMatchObject({ nation: null });
    expect(nationOf(text, 'in a hurry')).toMatchObject({ nation: 'NL', evidence: 'De Nederlandsche Bank' });
    expect(nationOf(text, 'proportionate response')).toMatchObject({ nation: 'IE', evidence: 'Taoiseach' });
    expect(nationOf(text, 'a patch')).toMatchObject({ nation: 'ES', evidence: 'Andalusia' });
    expect(nationOf(text, 'emergency funding')).toMatchObject({ nation: null });
  });

  it('knows Somalia\'s member states, Bougainville, J1 and an "ADDIS:" section, a country\'s region, and gives church networks no nation', () => {
    const text = story(
      'Border',
      'NAIROBI, May 3 (Wire) - Kenya reopened the Mandera crossing.',
      'The president of Jubaland, Ahmed Warsame Dhoorre, said his administration had asked for troops.',
      'The governor of Somalia\'s Gedo region, Mohamed Abdi Kalil, said militias had agreed to hand over checkpoints.',
      'The Highlands Churches Peace Network, an alliance of congregations, said more police would not end the violence.',
      'The secretary-general of the Indian Ocean Commission, Marie-Claire Payet, said the handover closed an old dispute.',
    );
    expect(nationOf(text, 'asked for troops')).toMatchObject({ nation: 'SO', evidence: 'Jubaland' });
    expect(nationOf(text, 'checkpoints')).toMatchObject({ nation: 'SO', evidence: 'Somalia' });
    expect(nationOf(text, 'end the violence')).toMatchObject({ nation: null });
    expect(nationOf(text, 'old dispute')).toMatchObject({ nation: null });
    const addis = story(
      'Red Sea',
      'ADDIS ABABA, Oct. 14 (Wire) - Eritrea said Ethiopia\'s talk of a port amounted to a declaration of intent.',
      'Information Minister Tesfamariam Woldu wrote on X that Asmara would not be drawn into a war of words.',
      'ADDIS: "NO INTENTION OF WAR"',
      'The prime minister told parliament that the country could not remain a geographic prisoner.',
    );
    expect(nationOf(addis, 'geographic prisoner')).toMatchObject({ nation: 'ET' });
    const juba = story('Troops', 'JUBA, May 3 (Wire) - Ugandan troops arrived in the capital.', 'J1 said the president had ordered the security forces to protect all leaders.');
    expect(nationOf(juba, 'security forces')).toMatchObject({ nation: 'SS', evidence: 'J1' });
  });

  it('gives a title-only holder the country that opens what they said it will do, not one others are said to have done', () => {
    const text = story(
      'Tuna deal',
      'ANTANANARIVO, May 3 (Wire) - Madagascar cut the number of foreign tuna licences.',
      'Blue Economy Minister Jean-Paul Hoareau said Seychelles could take in the extra vessels but would not raise its own limits.',
    );
    expect(nationOf(text, 'extra vessels')).toMatchObject({ nation: 'SC', evidence: 'Seychelles' });
    const wheat = story(
      'Wheat',
      'ALGIERS, May 3 (Wire) - Algeria bought 600,000 tonnes of wheat.',
      'In Moscow, officials welcomed the deal. Deputy Agriculture Minister Pavel Kursky said that Algeria had become a reliable partner.',
    );
    expect(nationOf(wheat, 'reliable partner')).not.toMatchObject({ nation: 'DZ', evidence: 'Algeria' });
  });

  it('reads the country opening a quotation before its attribution, and knows the Brussels police', () => {
    const text = story(
      'Fees',
      'DJIBOUTI, May 9 (Wire) -- Djibouti will raise fees by 15 percent, the port authority said.',
      'In Addis Ababa, the Ministry of Transport said the decision had been taken without consultation.',
      '"Djibouti remains a reliable partner to its neighbour," government spokesman Hassan Omar Bouh said.',
      'Brussels police said 14 officers had been injured.',
    );
    expect(nationOf(text, 'reliable partner')).toMatchObject({ nation: 'DJ', evidence: 'Djibouti' });
    expect(nationOf(text, 'officers had been injured')).toMatchObject({ nation: 'BE', evidence: 'Brussels police' });
  });

  it('takes the last words of a longer name for its bearer, and a country\'s successive governments for that country', () => {
    const text = story(
      'Gas field',
      'NOUAKCHOTT, May 3 (Wire) - Petroleum Minister Sidi Mohamed Ould Ahmedou said the agreement could not be reopened.',
      '"The split is final," Ould Ahmedou said.',
      'Successive Paraguayan governments have argued that the 1973 treaty was imposed on the weaker partner.',
    );
    expect(statementWith(text, 'split is final').speaker).toMatchObject({ name: 'Sidi Mohamed Ould Ahmedou', nation: 'MR' });
    expect(nationOf(text, 'weaker partner')).toMatchObject({ nation: 'PY' });
  });

  it('places an opposition member in the country the story opens with when its dateline names no known place', () => {
    const text = story(
      'Greece to extend Evros fence',
      'ALEXANDROUPOLIS, Aug. 21 (Wire) - Greece will extend its steel fence along the Evros river by 35 kilometres.',
      '"A fence is a photo opportunity, not a policy," said Irini Sotiropoulou, a lawmaker from the main opposition party.',
    );
    expect(nationOf(text, 'photo opportunity')).toMatchObject({ nation: 'GR', evidence: 'Greece' });
  });

  it('reads the capital opening what a spokesperson told a press briefing, before the government that spoke just before', () => {
    const text = story(
      'Missile launch',
      'SEOUL, Dec. 2 (Wire) -- North Korea fired a ballistic missile on Tuesday, South Korea\'s military said.',
      'Japan\'s defense ministry also said the missile appeared to have fallen outside its exclusive economic zone.',
      'Unification ministry spokesperson Koo Byoung-sam told a regular press briefing that Seoul "strongly condemns" the launch.',
    );
    expect(nationOf(text, 'strongly condemns')).toMatchObject({ nation: 'KR', evidence: 'Seoul' });
  });

  it('reads the country of a fleet based abroad, not the place it is based in', () => {
    const text = story(
      'Tanker seized',
      'DUBAI (Wire) - Iran seized an oil tanker in the Strait of Hormuz on Thursday.',
      'A spokesman for the Bahrain-based U.S. Fifth Fleet, Cmdr. Tyler Ashford, called the seizure "a clear violation of international law".',
    );
    expect(nationOf(text, 'clear violation')).toMatchObject({ nation: 'US', evidence: 'U.S.' });
  });

  it('knows a place whose transliterated name ends in a soft sign, as English copy writes it without one', () => {
    const text = story(
      'Refinery hit',
      'KYIV (Wire) - Ukraine said its drones had struck an oil refinery in Russia\'s Ryazan region.',
      'Ryazan Governor Pavel Malkov said on Telegram that debris had caused a fire.',
    );
    expect(nationOf(text, 'debris had caused')).toMatchObject({ nation: 'RU' });
  });

  it('places an office holder the story does not place in the country its headline names first, when there is no dateline', () => {
    const text = story(
      'Amazon deforestation falls to record low as Brazil presses rich nations to pay up',
      'Deforestation in the Amazon fell 31 percent in the 12 months to July, Environment Minister Helena Barcellos said on Wednesday.',
    );
    expect(nationOf(text, 'Deforestation in the Amazon')).toMatchObject({ nation: 'BR', evidence: 'Brazil' });
  });

  it('gives "the central bank" the country of the dateline, as a state office', () => {
    const text = story('Reserves rise', 'BUENOS AIRES, Aug. 12 (Wire) - The IMF approved the third review of the loan.', 'The central bank said gross reserves had risen to $38.6 billion.');
    expect(nationOf(text, 'gross reserves')).toMatchObject({ nation: 'AR' });
  });

  it('gives a Congress in copy filed from another country that country, and a state\'s diplomat at an international body the state', () => {
    const peru = story('Congress ousts president', 'LIMA, Peru — Peru\'s Congress voted late Monday to remove the president.', 'Congress President Alfonso Quispe Tello said the vote had "restored the rule of law."');
    expect(nationOf(peru, 'restored the rule')).toMatchObject({ nation: 'PE' });
    const strasbourg = story(
      'Court orders release',
      'STRASBOURG, France (Wire) — Europe\'s top human rights court ruled on Tuesday that Türkiye must release a jailed mayor.',
      'A Turkish diplomat at the Council of Europe, speaking on condition of anonymity, said Ankara had no intention of leaving the organisation.',
    );
    expect(nationOf(strasbourg, 'no intention of leaving')).toMatchObject({ nation: 'TR' });
  });

  it('reads where a speaker spoke to the press before the capital opening what was said', () => {
    const text = story(
      'Talks stall',
      'GOMA, DR Congo (Wire) - Talks between Congo and Rwanda stalled on Monday.',
      'Government spokeswoman Clarisse Uwase, speaking to the national broadcaster in Kigali, said Kinshasa was looking for a pretext to walk away.',
    );
    expect(nationOf(text, 'looking for a pretext')).toMatchObject({ nation: 'RW', evidence: 'Kigali' });
  });

  it('knows Ghana\'s cocoa board as a state body', () => {
    const text = story('Cocoa prices raised', 'Hours later, the regulator followed. Cocobod chief executive Nana Ama Owusu-Sekyere said farmers would be paid more.');
    expect(nationOf(text, 'farmers would be paid')).toMatchObject({ nation: 'GH', evidence: 'Cocobod' });
  });

  it('does not carry a foreign envoy\'s country to the office holder who speaks after him in the country the story is filed from', () => {
    const text = story(
      'Railway deal signed',
      'LUSAKA, Sept. 12 (Wire) -- China, Zambia and Tanzania on Tuesday signed an agreement to revitalize the TAZARA railway.',
      'Chinese Ambassador Han Jing said at the signing ceremony in Lusaka that the project would raise the railway\'s capacity.',
      '"The railway of friendship built by our fathers will become a railway of prosperity," Han said.',
      'Transport and Logistics Minister Chanda Mwale said the upgraded line would cut the cost of exporting copper.',
    );
    expect(nationOf(text, 'railway of friendship')).toMatchObject({ nation: 'CN' });
    expect(nationOf(text, 'cost of exporting copper')).toMatchObject({ nation: 'ZM' });
  });

  it('reads no nation from an office the speaker once held in a country', () => {
    const text = story(
      'Policing plan endorsed',
      'SUVA, Fiji (Pacific Wire) — Pacific leaders on Thursday endorsed a regional policing plan, the Pacific Islands Forum said.',
      'Forum Secretary General Baron Waqa, a former president of Nauru, said the plan was "owned by the Pacific."',
    );
    expect(nationOf(text, 'owned by the Pacific')).toMatchObject({ nation: null });
  });

  it('keeps the body a speaker holds office in when a later apposition gives only his nationality', () => {
    const text = story(
      'Inspections to resume',
      'VIENNA, May 3 (Wire) - Inspections in Iran will resume next week, IAEA chief Rafael Grossi said on Friday.',
      'Grossi, an Argentine diplomat, said inspectors would return to all sites.',
    );
    expect(nationOf(text, 'Inspections in Iran')).toMatchObject({ nation: null });
    expect(nationOf(text, 'return to all sites')).toMatchObject({ nation: null });
  });
});

describe('international wire copy filed from a hub', () => {
  it('splits a resumed quotation in copy filed from Geneva or Brussels, as from a capital, but not from New York', () => {
    const body = '"The talks were useful," the envoy told reporters. "We will meet again in June."';
    const contents = (dateline: string) => extractStatements(story('Talks', `${dateline} - ${body}`)).statements.map((s) => s.content.text);
    expect(contents('GENEVA (Wire)')).toEqual(['"The talks were useful,"', '"We will meet again in June."']);
    expect(contents('BRUSSELS (Wire)')).toEqual(['"The talks were useful,"', '"We will meet again in June."']);
    expect(contents('NEW YORK (Wire)')).toHaveLength(1);
  });
});

describe('the evidence shown for a nation', () => {
  it('spans exactly the words that gave it, where the phrase runs on past a place or the title was given earlier', () => {
    const text = story(
      'Gas reservation',
      'PERTH, June 10 (Wire) - Japan\'s industry minister warned Australia on Tuesday that the plan would "send a very worrying signal".',
      'Industry Minister Ryota Shimazaki, speaking at an energy conference in Perth, said Japan had no objection in principle.',
      '"Japan has been a reliable partner," he said.',
    );
    expect(nationOf(text, 'no objection')).toMatchObject({ nation: 'JP', evidence: 'Japan' });
    expect(nationOf(text, 'reliable partner')).toMatchObject({ nation: 'JP', evidence: 'Japan' });
    const campaign = story('Primary', 'Texas Sen. Ted Cruz, who has experienced a surge in Iowa, named three new advisers on Monday.', '"We will win," Cruz said.');
    expect(nationOf(campaign, 'three new advisers')).toMatchObject({ nation: 'US', evidence: 'Iowa' });
    expect(nationOf(campaign, 'We will win')).toMatchObject({ nation: 'US', evidence: 'Iowa' });
  });
});

describe('the words that describe the speaker', () => {
  it('keeps a lead dateline and a time after the apposition out of the speaker phrase', () => {
    const text = story(
      'Water',
      "TASHKENT, April 3 (Wire) -- Uzbekistan's water resources minister, Sherzod Nurmatov, on Thursday said neighbours must agree a common schedule.",
    );
    const s = statementWith(text, 'common schedule');
    expect(s.speaker.mention?.text).toBe("Uzbekistan's water resources minister, Sherzod Nurmatov,");
    expect(s.speaker.nation).toBe('UZ');
  });

  it("reads the nation of a state's rescue team its head leads", () => {
    const text = story(
      'Quake',
      "MALATYA, Turkey (Wire) - Azerbaijan's Emergency Situations Ministry said it had sent a 90-member search team.",
      'Captain Dimitris Karagiannis, head of a Greek fire service rescue team, said his crew had pulled a girl alive from the ruins.',
      '"Neighbours help neighbours," he said.',
    );
    expect(nationOf(text, 'pulled a girl')).toMatchObject({ nation: 'GR', evidence: 'Greek' });
    expect(nationOf(text, 'Neighbours help')).toMatchObject({ nation: 'GR' });
  });

  it("gives a later surname only the words that described that person, not the last speaker's", () => {
    const text = story(
      'Boats',
      'TUNIS, Aug. 28 (Wire) - Italy will give Tunisia 12 patrol boats, Italian Interior Minister Paolo Renzetti said on Wednesday during a visit to Tunis.',
      'Speaking at a joint news conference with his Tunisian counterpart, Kamel Ben Amor, Renzetti said: "Tunisia is our partner."',
      'Ben Amor said Tunisia had dismantled 140 smuggling networks since January.',
    );
    expect(nationOf(text, 'smuggling networks')).toMatchObject({ nation: 'TN', evidence: 'Tunisian' });
  });
});

describe('offices named by title alone', () => {
  it('takes no country from an office the story says someone held before', () => {
    const text = story(
      'Free movement',
      '"The door remains open," ECOWAS Commission President Lamin Jallow, a former Gambian foreign minister, told a news conference.',
      'Foreign Minister Moussa Keita told reporters in Bamako that the confederation would negotiate "as equals".',
    );
    expect(nationOf(text, 'as equals')).toMatchObject({ nation: 'ML', evidence: 'Bamako' });
  });

  it('looks for the venue only before what was said when the words follow the cue', () => {
    const text = story(
      'Buffer zone',
      'WARSAW, Poland (Wire) — Poland will extend a buffer zone along its border with Belarus, the Interior Ministry said Thursday.',
      'Interior Minister Tomasz Wrona accused Minsk of "running a smuggling business" and said most of the migrants had arrived in Belarus on tourist visas.',
    );
    expect(nationOf(text, 'smuggling business')).toMatchObject({ nation: 'PL' });
    expect(nationOf(text, 'tourist visas')).toMatchObject({ nation: 'PL' });
  });

  it("reads the country a capital opening the sentence stands for as \"the country's\"", () => {
    const text = story(
      'Outbreak',
      'KAMPALA (Wire) - Uganda confirmed two more Marburg cases on Monday, the health ministry said.',
      "Kigali offered to send a team of specialists, the country's health minister, Claude Habimana, said on X.",
    );
    expect(nationOf(text, 'team of specialists')).toMatchObject({ nation: 'RW', evidence: 'Kigali' });
  });

  it('takes no venue from a meeting abroad, and the country of the press an office holder speaks to', () => {
    const text = story(
      'Waterway',
      'KUWAIT CITY, Sept. 8 (Wire) - Kuwait summoned Iraq’s ambassador on Sunday in protest at a court ruling.',
      'Foreign Minister Adel al-Mutawa, speaking in Cairo on the sidelines of an Arab League meeting, told reporters that the agreement had been registered with the United Nations.',
      'Speaking to Hungarian state media in Luxembourg, Foreign Minister Gábor Kertész said Budapest had defended its families.',
    );
    expect(nationOf(text, 'registered with')).toMatchObject({ nation: 'KW', kind: 'dateline' });
    expect(nationOf(text, 'defended its families')).toMatchObject({ nation: 'HU', evidence: 'Hungarian' });
  });

  it('names the unnamed office holder who spoke just before by the bare full name that follows', () => {
    const text = story(
      'Talks',
      "LUANDA, March 11 (Wire) - Congo and Rwanda ended two days of talks without agreeing on a timetable, Angola's foreign minister said.",
      '"We have made progress on the text," Tomás Kiala Neto told reporters after the closing session.',
      '"This could play into his hands," said Paul Maslin, a pollster.',
    );
    expect(nationOf(text, 'progress on the text')).toMatchObject({ nation: 'AO', kind: 'earlier-mention' });
    expect(nationOf(text, 'into his hands').nation).toBeNull();
  });

  it("reads a district health officer as the state's, and a fishermen's collective as no state's", () => {
    const text = story(
      'Outbreak',
      'KAMPALA (Wire) - Uganda confirmed two more Marburg cases, the health ministry said.',
      'Mbale district health officer Isaac Wamala said the first victim had worked in a gold mine.',
      "DAKAR (Wire) - Ousmane Ndiaye, president of the Kayar artisanal fishermen's collective, said the suspension was long overdue.",
    );
    expect(nationOf(text, 'gold mine').nation).toBe('UG');
    expect(nationOf(text, 'long overdue').nation).toBeNull();
  });

  it('reads "Congolese" in the sense of the Congo the story names, and in neither when it names both or none', () => {
    const lines = [
      'Congolese Foreign Minister Thérèse Kalonji said Rwanda still had troops in North Kivu.',
      '"There can be no peace while foreign boots are on our soil," she said.',
    ];
    const drc = story('Talks', 'LUANDA (Wire) - Ministers of the Democratic Republic of Congo and Rwanda ended their talks on Tuesday.', ...lines);
    expect(nationOf(drc, 'troops in North Kivu')).toMatchObject({ nation: 'CD', evidence: 'Congolese' });
    expect(statementWith(drc, 'troops in North Kivu').speaker).toMatchObject({ role: 'Foreign Minister', organization: null });
    expect(nationOf(drc, 'foreign boots').nation).toBe('CD');
    const brazzaville = story('Talks', 'LUANDA (Wire) - Ministers met in Brazzaville on Tuesday.', ...lines);
    expect(nationOf(brazzaville, 'troops in North Kivu').nation).toBe('CG');
    const both = story('Talks', 'LUANDA (Wire) - Ministers from Kinshasa and Brazzaville met on Tuesday.', ...lines);
    expect(nationOf(both, 'troops in North Kivu').nation).not.toMatch(/^C[DG]$/);
  });

  it('gives the office of a body that spoke before the body\'s nation, or none', () => {
    const text = story(
      'Boats',
      'TUNIS, Aug. 28 (Wire) - Italy will give Tunisia 12 patrol boats, the interior ministry said.',
      'The German charity SeaBridge said its crew had pulled 212 people from two boats.',
      '"The boats are being used to drag people back," SeaBridge\'s head of mission, Jonas Adler, told reporters.',
    );
    expect(nationOf(text, 'drag people back').nation).toBeNull();
  });

  it("reads a country's delegate as its office", () => {
    const text = story(
      'Assembly',
      'GENEVA (Wire) - Taiwan was again left out of the World Health Assembly on Monday.',
      "Palau's delegate, Health Minister Dilmei Ngirmekur, said Taiwan had sent doctors to Palau during the pandemic.",
    );
    expect(nationOf(text, 'sent doctors')).toMatchObject({ nation: 'PW', evidence: 'Palau' });
  });
});

describe("an international body's office holders", () => {
  it('keeps the body for later mentions, and reads an office in "the alliance\'s" command after the name', () => {
    const text = story(
      'Ruling',
      'SARAJEVO (Wire) - The High Representative for Bosnia and Herzegovina, Austrian diplomat Klaus Steindl, said the court had "done its job".',
      '"Dayton is not a menu," Steindl told reporters.',
      'NATO will add four ships to its Baltic patrols, said Swedish Rear Admiral Henrik Lund, deputy commander of the alliance\'s Allied Maritime Command.',
      '"Critical infrastructure is now a front line," Lund told a news conference.',
    );
    expect(nationOf(text, 'done its job').nation).toBeNull();
    expect(nationOf(text, 'not a menu').nation).toBeNull();
    expect(nationOf(text, 'four ships').nation).toBeNull();
    expect(nationOf(text, 'front line').nation).toBeNull();
  });

  it('reads an office owned by an abbreviation or by an international mission before the nationality of its holder', () => {
    const text = story(
      'Mandate',
      "SARAJEVO (Wire) - EUFOR's commander, Austrian Major General Lorenz Haller, said the force could bring in reserve troops.",
      'The head of the international observation mission, Norwegian parliamentarian Siri Holmboe, said the count had been orderly.',
    );
    expect(nationOf(text, 'reserve troops').nation).toBeNull();
    expect(nationOf(text, 'count had been orderly').nation).toBeNull();
  });

  it('reads the nationality of who heads a mission or a body named as an organisation of several as no evidence', () => {
    const text = story(
      'Blue Line',
      'NAQOURA, Lebanon (Wire) - The UN mission said Israeli troops had built a new wall near the village of Kfar Kila.',
      'The head of the mission, Spanish Lt. Gen. Álvaro Ruiz de Castro, said his forces could monitor the ceasefire "but cannot enforce it."',
      'The secretary-general of the Amazon Cooperation Treaty Organization, Bolivian diplomat Martín Choque, said the police centre could open within 18 months.',
      'The head of the National Police, Colombian General Jorge Peña, said the border posts would be reinforced.',
    );
    expect(nationOf(text, 'monitor the ceasefire').nation).toBeNull();
    expect(nationOf(text, 'police centre could open').nation).toBeNull();
    expect(nationOf(text, 'border posts')).toMatchObject({ nation: 'CO', evidence: 'Colombian' });
  });

  it('reads a customs officer as a state office, a syndicate as no state, and the Kurdistan Regional Government as Iraq', () => {
    const text = story(
      'Crossing reopens',
      'AMMAN, Jan. 9 (Wire) - A Syrian customs officer said staff had been doubled ahead of the convoys.',
      "Mohammad Khasawneh, head of the Jordanian Truck Owners' Syndicate, said drivers still waited up to 20 hours.",
      'The Kurdistan Regional Government said it had not been consulted. Erbil urged both sides to keep the fighting away from villages.',
    );
    expect(nationOf(text, 'staff had been doubled')).toMatchObject({ nation: 'SY', evidence: 'Syrian' });
    expect(nationOf(text, 'drivers still waited').nation).toBeNull();
    expect(nationOf(text, 'not been consulted').nation).toBe('IQ');
    expect(nationOf(text, 'keep the fighting away').nation).toBe('IQ');
  });

  it('reads an office after a clause\'s ", and" as its own phrase, whatever the clause before it names', () => {
    const text = story(
      'Rare earths',
      "NUUK, Greenland, March 4 (Wire) – Greenland's government on Tuesday granted a licence for a rare earth deposit to an Australian-listed miner, and its minister for mineral resources, Paninnguaq Lyberth, said the decision had been taken in Nuuk.",
    );
    const said = statementWith(text, 'taken in Nuuk');
    expect(said.speaker.mention?.text).toBe('its minister for mineral resources, Paninnguaq Lyberth,');
    expect(said.speaker).toMatchObject({ name: 'Paninnguaq Lyberth', nation: 'GL' });
  });

  it('reads an office a region\'s possessive owns by that region, in English names of regions', () => {
    const text = story(
      'Trawlers seized',
      'TUNIS, Sept. 4 (Wire) - Tunisian navy vessels seized an Italian and a German fishing boat, the Tunisian defence ministry said.',
      "Sicily's regional president, Salvatore Lo Cascio, called the seizure an act of piracy.",
      "Lower Saxony's state premier, Jan Brandt, said the port of Wilhelmshaven would take the catch.",
    );
    expect(nationOf(text, 'act of piracy')).toMatchObject({ nation: 'IT', evidence: 'Sicily' });
    expect(nationOf(text, 'take the catch')).toMatchObject({ nation: 'DE', evidence: 'Lower Saxony' });
  });

  it('reads a country an office deals with as its remit, a federation other than Russia as no state, and diplomatic sources as a loose group', () => {
    const text = story(
      'Migration talks',
      'HAVANA, Jan. 12 (Wire) - Cuba and the United States held a new round of migration talks on Thursday.',
      'The director for U.S. affairs at the Cuban foreign ministry, Ernesto Soberón, said Havana had handed over a list of 300 people.',
      "Henrike Baumann, secretary-general of the farmers' federation Agrivia Europe, said the protests would continue.",
      'Diplomatic sources in Havana said the two delegations could meet again in April.',
      'The Russian Federation said it would send a tanker of fuel.',
    );
    expect(nationOf(text, 'list of 300')).toMatchObject({ nation: 'CU', evidence: 'Cuban' });
    expect(nationOf(text, 'protests would continue').nation).toBeNull();
    expect(nationOf(text, 'meet again in April').nation).toBeNull();
    expect(nationOf(text, 'tanker of fuel').nation).toBe('RU');
  });

  it('reads the Jordan Armed Forces and British departments named "for" their portfolio, and a brigade named in Arabic as an armed group', () => {
    const text = story(
      'Borders',
      'AMMAN, Jan. 9 (Wire) - In Damascus, the head of the ports authority said customs procedures had been cut.',
      'The Jordan Armed Forces said border guards had foiled three smuggling attempts.',
      'A spokesperson for the Department for Environment, Food and Rural Affairs said the government remained committed to a fair deal.',
      'Ali Ghariani, a commander of the Al-Sumud Brigade, said his fighters would defend the oil field.',
    );
    expect(nationOf(text, 'smuggling attempts').nation).toBe('JO');
    expect(nationOf(text, 'fair deal').nation).toBe('GB');
    expect(nationOf(text, 'defend the oil field').nation).toBeNull();
  });

  it('reads "Its" office after a sentence a described country opens as that country\'s', () => {
    const text = story(
      'Diamonds',
      "GABORONE, May 4 (Wire) - Russia's embassy in Pretoria said the G7 measures were illegal.",
      'Neighbouring Namibia faces a similar squeeze. Its mines minister, Ndapewa Shikongo, said in Windhoek that the country wanted to cut more of its stones at home.',
    );
    expect(nationOf(text, 'cut more of its stones')).toMatchObject({ nation: 'NA', evidence: 'Namibia' });
  });

  it('reads a spokesman for a country\'s contingent as that country\'s', () => {
    const text = story(
      'Cabo Delgado',
      'PEMBA, Mozambique (Wire) — Mozambican and Rwandan troops have driven insurgents out of several villages, the army said.',
      'A spokesman for the Rwandan contingent, Colonel Jean-Bosco Habimana, said two Rwandan soldiers had been wounded.',
    );
    expect(nationOf(text, 'two Rwandan soldiers')).toMatchObject({ nation: 'RW', evidence: 'Rwandan' });
  });

  it('reads the office named again by its noun before its holder as the one that spoke, and a spokesperson\'s employer by its appositive', () => {
    const text = story(
      'Lobito corridor',
      'LUANDA, Nov. 20 (Wire) - Washington will put more money into the Lobito rail corridor, the U.S. special coordinator for the project said on Wednesday.',
      '"This is the most ambitious investment in a generation," the coordinator, Jonathan Pryce, told a ceremony at the port.',
      'A spokeswoman for Rovuma Gas Partners, the French-led consortium behind a gas project, said the group would decide later.',
    );
    expect(nationOf(text, 'most ambitious investment').nation).toBe('US');
    expect(nationOf(text, 'decide later').nation).toBeNull();
  });

  it('reads a group its trade names before its name as a company, and a parliamentary group as no company', () => {
    const text = story(
      'Blackouts',
      'HAVANA, May 3 (Wire) - Cuban officials said the grid would be restored within days.',
      'A spokeswoman for the Spanish hotel group Hoteles Brisamar said its hotels in Varadero had kept running on generators.',
      'Lawmaker Ana Ruiz, a member of the parliamentary group Unidad, said the blackout showed years of neglect.',
    );
    expect(nationOf(text, 'kept running').nation).toBeNull();
    expect(nationOf(text, 'years of neglect').nation).toBe('CU');
  });

  it('reads a visitor who tells what their own government will do by that government, not by where they spoke', () => {
    const text = story(
      'Oil for the island',
      'HAVANA, May 3 (Wire) - Cuba will receive Russian oil next year, the government said.',
      'Deputy Prime Minister Dmitry Kalugin said in Havana that Moscow would supply 1.6 million tonnes of oil to the island.',
      'Energy Minister Raúl Pérez said in Havana that the grid would be stable by summer.',
    );
    expect(nationOf(text, '1.6 million tonnes')).toMatchObject({ nation: 'RU', evidence: 'Moscow' });
    expect(nationOf(text, 'grid would be stable').nation).toBe('CU');
  });

  it('gives no nation for a nationality told of a named office holder, nor for an envoy named again by the noun of a body\'s envoy', () => {
    const text = story(
      'Dialogue',
      "BRUSSELS, Feb. 9 (Wire) -- Kosovo and Serbia are close to a deal, the European Union's envoy for the dialogue said Friday.",
      'The envoy, Greek diplomat Nikos Arvanitis, told reporters that the draft gave Serbs real self-management.',
      '"Minority rights are a European standard," Arvanitis said.',
      'Enlargement Commissioner Lukas Hron, a Czech, said the EU could not keep the door open forever.',
    );
    expect(statementWith(text, 'close to a deal').speaker.mention?.text).toBe("the European Union's envoy for the dialogue");
    expect(nationOf(text, 'self-management').nation).toBeNull();
    expect(nationOf(text, 'European standard').nation).toBeNull();
    expect(nationOf(text, 'door open').nation).toBeNull();
  });
});

describe('a body named again', () => {
  it('by the head of its name and by the acronym it was given in brackets', () => {
    const text = story(
      'Border',
      "BISHKEK (Wire) - A border guard was wounded on Monday, Kyrgyzstan's State Committee for National Security (GKNB) said.",
      'The committee said the patrol had been installing boundary markers.',
      'A meeting of border chiefs is planned for next week, according to the GKNB.',
    );
    expect(nationOf(text, 'boundary markers')).toMatchObject({ nation: 'KG', kind: 'earlier-mention' });
    expect(nationOf(text, 'border chiefs').nation).toBe('KG');
    expect(statementWith(text, 'border chiefs').speaker.name).toBe("Kyrgyzstan's State Committee for National Security");
  });
});

describe('a seat of government', () => {
  it('belongs to the capital whose possessive names it', () => {
    const text = story('Call', "DUSHANBE (Wire) - The presidential administration in Bishkek's White House said the president had called his Tajik counterpart.");
    expect(nationOf(text, 'called his Tajik')).toMatchObject({ nation: 'KG', evidence: 'Bishkek' });
  });
});

describe('an office held, told in a relative clause', () => {
  it('places its holder as a title would', () => {
    const text = story('Plant', 'ALMATY, Kazakhstan (Wire) - Kazakhstan has chosen a builder for its first plant, Almasbek Sarsenov, who heads the Agency for Atomic Energy, said Friday.');
    expect(nationOf(text, 'chosen a builder').nation).toBe('KZ');
  });
});

describe('a visiting minister', () => {
  it('is not placed by the venue of talks with a counterpart, nor a commander by the venue before when a state outlet relays him', () => {
    const text = story(
      'Ships',
      "HANOI (Wire) -- Japan will provide six patrol vessels to Vietnam's coast guard, Foreign Minister Haruka Sugimori said Monday after talks with her Vietnamese counterpart in Hanoi.",
      'In Tokyo, Chief Cabinet Secretary Kenta Oyamada told a news conference that Vietnam was "an important partner".',
      'The official Hanoi Daily newspaper quoted Coast Guard Commander Le Duc Thinh as saying that the new ships would allow a continuous presence in the Gulf of Tonkin.',
    );
    expect(nationOf(text, 'six patrol vessels').nation).toBe('JP');
    expect(nationOf(text, 'continuous presence')).toMatchObject({ nation: 'VN', evidence: 'Hanoi' });
  });
});

describe('an occasion between the speaker and the cue', () => {
  it('is left out of the source', () => {
    const text = story('Sea', 'JAKARTA (Wire) - The Embassy of the United States in Jakarta in a short statement said that Washington stands with Indonesia.');
    const s = statementWith(text, 'stands with Indonesia');
    expect(s.speaker.mention?.text).toBe('The Embassy of the United States in Jakarta');
    expect(s.speaker.nation).toBe('US');
  });
});

describe('an embassy', () => {
  it('in the capital the story is filed from is the country whose embassy it is', () => {
    const text = story(
      'Mekong',
      'PHNOM PENH, March 12 (Wire) – China will release extra water from its dams for three weeks, its embassy in Phnom Penh said on Wednesday.',
      '"As a responsible upstream country, China has always taken care of downstream needs," the embassy said in a statement.',
    );
    expect(nationOf(text, 'extra water').nation).toBe('CN');
    expect(nationOf(text, 'responsible upstream').nation).toBe('CN');
  });
});

describe('an opposition figure', () => {
  it('speaks for the country the story is about when it is filed from the seat of a body elsewhere', () => {
    const text = story(
      'Suspension',
      "ADDIS ABABA, Ethiopia (Wire) - The African Union on Tuesday kept Guinea suspended, saying the military authorities in Conakry had set no date for elections.",
      "Guinea's prime minister said the referendum had opened a new chapter. Guinea is asking to be judged on its record, he said.",
      'In Conakry, the junta said the decision would not change its timetable.',
      'Opposition leader Thierno Barry, who has lived in exile since 2022, said the AU had seen through the junta.',
    );
    expect(nationOf(text, 'seen through').nation).toBe('GN');
  });
});

describe('a company named again', () => {
  it('by a name the story gave it with its trade or in full speaks for no nation', () => {
    const mine = story(
      'Mine',
      'NIAMEY (Wire) - Niger has nationalised the mine operated by French nuclear fuel group Orvane, the minister said.',
      'Orvane, which is majority-owned by the French state, said the decision was illegal.',
    );
    expect(nationOf(mine, 'decision was illegal')).toMatchObject({ nation: null, evidence: 'group' });
    const plant = story(
      'Plant',
      "ALMATY (Wire) - A second plant would be built by China's Huaxin Nuclear Power Group, the energy agency said.",
      'Huaxin Nuclear said it would open an office in Astana.',
    );
    expect(nationOf(plant, 'open an office')).toMatchObject({ nation: null, evidence: 'Group' });
  });

  it('keeps no nation when a country\'s possessive names its group', () => {
    const text = story('Plant', "ALMATY (Wire) - China's Huaxin Nuclear Power Group said it would open an office in Astana.");
    expect(nationOf(text, 'open an office').nation).toBeNull();
  });
});

describe('presidential palaces', () => {
  it('read Sékhoutouréya as Guinea, the Palais de la Marina as Benin and Smolensk Square as Russia', () => {
    const text = story(
      'Suspension',
      'ADDIS ABABA (Wire) - The African Union kept Guinea suspended on Tuesday.',
      'In Conakry, Sékhoutouréya said in a statement that the decision was regrettable.',
      'The Palais de la Marina said that Benin had never closed the door to dialogue.',
      'Smolensk Square said the council had overstepped its mandate.',
    );
    expect(nationOf(text, 'regrettable').nation).toBe('GN');
    expect(nationOf(text, 'closed the door').nation).toBe('BJ');
    expect(nationOf(text, 'overstepped').nation).toBe('RU');
  });
});

describe('a regional group', () => {
  it('speaks for no one nation: "West African leaders", "Latin American ministers", but "American officials" are the US\'s', () => {
    const text = story(
      'Exit',
      'ABUJA, Dec. 15 (Wire) - West African leaders on Sunday granted Mali a grace period, saying free movement would continue.',
      'Latin American ministers said the deal was fair.',
      'American officials said they were watching closely.',
    );
    expect(nationOf(text, 'free movement').nation).toBeNull();
    expect(nationOf(text, 'deal was fair').nation).toBeNull();
    expect(nationOf(text, 'watching closely').nation).toBe('US');
  });
});

describe('a coordinated cue', () => {
  it('keeps a subject whose phrase runs through a common noun to the name set in commas', () => {
    const text = story(
      'Summit',
      'ABUJA (Wire) - The host of the summit, Nigerian President Adewale Ogunbiyi, warned that jihadist violence "does not respect the borders", and said security cooperation with the three juntas had to survive the split.',
    );
    expect(statementWith(text, 'security cooperation').speaker).toMatchObject({ name: 'Adewale Ogunbiyi', nation: 'NG' });
  });
});

describe('a state outlet that quotes an office holder', () => {
  it('gives its country before an office of that title met earlier for another', () => {
    const text = story(
      'Passports',
      "DAKAR (Wire) - Senegal's foreign minister, Yassine Fall, said the bloc's door remained open.",
      "Mali's state news agency, Sahel Presse-Info, quoted Foreign Minister Seydou Kanouté as saying the alliance would issue its own passports.",
    );
    expect(nationOf(text, 'its own passports')).toMatchObject({ nation: 'ML', evidence: 'Mali' });
  });
});

describe('bodies of the Americas', () => {
  it('read "Ibero-American" and "Inter-American" as no United States word', () => {
    const text = story(
      'Summit',
      'MADRID (Wire) - The secretary-general of the Ibero-American General Secretariat (SEGIB), Costa Rican diplomat Andrea Solís, said the absence of a head of state was regrettable.',
      'The president of the Inter-American Commission on Human Rights, Chilean jurist Tomás Irarrázaval, said the commission had documented 1,541 cases.',
    );
    expect(nationOf(text, 'absence of a head').nation).toBeNull();
    expect(nationOf(text, 'documented').nation).toBeNull();
  });
});

describe('unnamed officers and company offices', () => {
  it('reads "a police colonel involved in the search" as the state\'s, and "Tianyuan\'s vice president" as a company\'s', () => {
    const text = story(
      'Escape',
      'QUITO (Wire) - A police colonel involved in the search, who spoke on condition of anonymity, said the escape had been possible only with help.',
      'The plants will be built by Chinese enterprise Tianyuan New Energy Group, the minister said.',
      "Tianyuan's vice president Zhou Minghui said the first plant would start in 2027.",
      'Rodrigo Cojtí, president of the Cardamom Growers Federation, said exports could double.',
    );
    expect(statementWith(text, 'escape had been').speaker).toMatchObject({ mention: { text: 'A police colonel' }, nation: 'EC' });
    expect(nationOf(text, 'first plant').nation).toBeNull();
    expect(nationOf(text, 'exports could double').nation).toBeNull();
  });
});

describe('treaties, national societies and published statements', () => {
  it('reads no nation into a treaty named for a capital, a Red Cross society or Euratom, and finds who published a statement', () => {
    const text = story(
      'Caspian',
      'PORT VILA (Wire) - The head of the secretariat of the Tehran Convention, Swiss hydrologist Beat Zimmerli, said the shallows could dry out.',
      'Director of Operations of Vanuatu Red Cross Society Jenny Moli said clean water remains the most urgent need.',
      'The Palácio do Governo later published a statement saying that Timor-Leste remains open to all partners.',
      'Chinese Ambassador Zhang Haoran said that China would continue to help according to the needs of the Vanuatu side.',
      "Niger supplied about 15 percent of the bloc's uranium, according to Euratom figures.",
    );
    expect(nationOf(text, '15 percent').nation).toBeNull();
    expect(nationOf(text, 'dry out').nation).toBeNull();
    expect(statementWith(text, 'clean water').speaker).toMatchObject({ name: 'Jenny Moli', nation: null });
    expect(statementWith(text, 'open to all partners').speaker.mention?.text).toBe('The Palácio do Governo');
    expect(statementWith(text, 'continue to help').speaker).toMatchObject({ name: 'Zhang Haoran', nation: 'CN' });
  });
});

describe("the country's office with lower-case words before its head", () => {
  it('keeps those words in the source and takes the one country the sentence before named', () => {
    const text = story(
      'Drought',
      "HANOI (Wire) - The Mekong Delta grows about half of Vietnam's rice. Salt water has pushed as far as 60 km inland, the country's disaster management agency said last week.",
    );
    const s = statementWith(text, 'Salt water');
    expect(s.speaker.mention?.text).toBe("the country's disaster management agency");
    expect(s.speaker.nation).toBe('VN');
  });
});

describe('a long subject in the first sentence', () => {
  it('starts past the dateline', () => {
    const text = story('Sea', 'JAKARTA (Wire) - Ratna Kusumawardani from the opposition party said the budget would rise.');
    expect(statementWith(text, 'budget would rise').speaker).toMatchObject({ mention: { text: 'Ratna Kusumawardani from the opposition party' }, nation: 'ID' });
  });
});

describe('a visiting minister, told so', () => {
  it('is not of the country whose officials he met, nor placed where a visit takes her', () => {
    const text = story(
      'Deposit',
      "ISLAMABAD, Jan. 15 (Wire) - Saudi Arabia has agreed to roll over a $3 billion deposit held at Pakistan's central bank, Finance Minister Kamran Niazi said on Wednesday.",
      'Niazi, speaking in Riyadh after meeting Saudi officials, said the decision showed trust between the two countries.',
    );
    expect(nationOf(text, 'roll over').nation).toBe('PK');
    const visit = story(
      'Railway',
      "KATHMANDU, March 4 (Wire) -- Nepal and China signed an agreement on a railway, Nepal's Ministry of Foreign Affairs said.",
      'Foreign Minister Sunita Bhattarai, who is on an official visit to China, told reporters in Beijing that the railway would transform Nepal.',
    );
    expect(nationOf(visit, 'transform Nepal').nation).toBe('NP');
  });
});

describe('a title of a country before the name, and an office placed in a city', () => {
  it('registers "Prime Minister of Mongolia X" outside a statement, and gives "Beijing\'s liaison office in the city" its country', () => {
    const text = story(
      'Rare earths',
      'TOKYO, June 18 (Wire) – Prime Minister of Mongolia Gombojavyn Naranbaatar, who is paying an official visit to Japan, and Japanese Prime Minister Shinji Kawabata signed an agreement on rare earths.',
      'At the joint press conference, Naranbaatar said: "Mongolia is not choosing between its neighbours."',
    );
    expect(nationOf(text, 'not choosing')).toMatchObject({ nation: 'MN' });
    const law = story('Law', 'HONG KONG (Wire) — The council passed the law.', 'Beijing’s liaison office in the city said that the law would safeguard stability.');
    expect(statementWith(law, 'safeguard').speaker).toMatchObject({ mention: { text: 'Beijing’s liaison office in the city' }, nation: 'CN' });
  });
});

describe('a name owned by a body named in lower case', () => {
  it('keeps the name in the source after a participial opening', () => {
    const text = story('Chips', 'SEOUL (Wire) -- Tariffs loom.', 'Calling the tariff threat a fire, Rep. Kang Hye-won of the main opposition party said the government had responded too late.');
    expect(statementWith(text, 'responded too late').speaker).toMatchObject({ mention: { text: 'Rep. Kang Hye-won of the main opposition party' }, nation: 'KR' });
  });
});

describe('a delegation led and a Treasury abroad', () => {
  it('reads "the Congolese delegation" in the story\'s sense and a Treasury Cabinet Secretary as the dateline\'s, but a Treasury official as the US\'s', () => {
    const doha = story(
      'Doha',
      "DOHA, June 9 (Wire) – The Democratic Republic of Congo and the M23 rebel group signed a declaration on Monday, Qatar's Ministry of Foreign Affairs said.",
      'Deputy Prime Minister Sophie Nzuzi Mbala, who led the Congolese delegation, told reporters after the ceremony that the text was not an amnesty.',
    );
    expect(nationOf(doha, 'not an amnesty').nation).toBe('CD');
    const debt = story(
      'Debt',
      'NAIROBI, May 2 (Wire) - Kenya and China have agreed to extend the railway loan, Treasury Cabinet Secretary Samuel Kiprono said.',
      '"This is not a debt write-off," Kiprono said.',
      'A senior Treasury official in Washington said the deal was being watched closely.',
    );
    expect(nationOf(debt, 'extend the railway').nation).toBe('KE');
    expect(nationOf(debt, 'write-off').nation).toBe('KE');
    expect(nationOf(debt, 'watched closely').nation).toBe('US');
  });
});

describe('sources around a day and a relative clause', () => {
  it('reads "said today the Minister …, X" and "A senior U.S. official who attended the ceremony said"', () => {
    const gas = story('Gas', 'MAPUTO, Aug. 21 (Wire) – The Mozambican Government guarantees security for the gas project, said today the Minister of Mineral Resources and Energy, Estêvão Machava.');
    expect(statementWith(gas, 'guarantees security').speaker).toMatchObject({ name: 'Estêvão Machava', nation: 'MZ' });
    const doha = story('Doha', 'DOHA (Wire) - The sides signed a text.', 'A senior U.S. official who attended the ceremony said the two tracks were halves of the same bridge.');
    expect(statementWith(doha, 'same bridge').speaker).toMatchObject({ mention: { text: 'A senior U.S. official' }, nation: 'US' });
  });
});

describe('a mayor and a self-styled minister', () => {
  it('gives a town mayor the dateline whoever spoke before, and a self-styled minister no nation', () => {
    const text = story(
      'Drone',
      'BUCHAREST, Sept. 14 (Wire) - Romania summoned Russia\'s ambassador after fragments of a drone were found near the port of Isaccea.',
      "In Kyiv, Ukraine's foreign ministry said the strike had hit grain terminals.",
      'The mayor of Isaccea, Gheorghe Pârvu, told local radio that residents had been woken by two explosions.',
      "The region's self-styled foreign minister, Oleg Kravets, said the offer was an ultimatum.",
    );
    expect(nationOf(text, 'woken by two').nation).toBe('RO');
    expect(nationOf(text, 'an ultimatum').nation).toBeNull();
  });
});

describe("a body's office named again in another capital", () => {
  it('is read by the venue opening the sentence, not by the body of that name that spoke before', () => {
    const text = story(
      'Pills',
      'AMMAN (Wire) - Jordan said it clashed with smugglers.',
      'The Syrian Interior Ministry said in a statement that it has dismantled 11 smuggling networks.',
      "In Baghdad, the Interior Ministry's spokesman, Brig. Gen. Abbas al-Bahadli, said that Iraqi forces seized 1.1 million pills.",
    );
    expect(nationOf(text, 'Iraqi forces seized').nation).toBe('IQ');
  });
});

describe('security councils', () => {
  it("reads a state secretary of the Security Council as a state's, and council diplomats as no one nation's", () => {
    const text = story(
      'Drills',
      'MINSK (Wire) - Belarus began drills.',
      'State Secretary of the Security Council Igor Tarasevich said that the scenario had been agreed.',
      'Several council diplomats said a draft statement proposed by France was blocked.',
    );
    expect(nationOf(text, 'scenario had been agreed').nation).toBe('BY');
    expect(nationOf(text, 'draft statement').nation).toBeNull();
  });
});

describe('a full name after an unnamed adviser spoke', () => {
  it('is that adviser, though the quotation in the next paragraph runs over several sentences', () => {
    const text = story(
      'Teesta',
      "DHAKA/NEW DELHI, April 9 (Wire) - Bangladesh will ask China to finance a river plan after talks with India stalled, the country's water resources adviser said on Wednesday.",
      '"We cannot keep our farmers waiting. If New Delhi is ready, we are ready. If not, we have other partners," Rezaul Karim Bhuiyan told reporters.',
    );
    expect(nationOf(text, 'farmers waiting').nation).toBe('BD');
  });
});

describe('sides and expectations', () => {
  it('gives "officials on both sides" no nation, and an expectation a closing attribution names to its speaker', () => {
    const text = story(
      'Kashmir',
      'ISLAMABAD (Wire) — Indian and Pakistani troops exchanged heavy fire, officials on both sides said Friday.',
      'Abu Dhabi is expected to follow with a similar decision on its deposit, a Pakistani official familiar with the talks said.',
    );
    expect(nationOf(text, 'heavy fire').nation).toBeNull();
    expect(statementWith(text, 'Abu Dhabi').speaker).toMatchObject({ mention: { text: 'a Pakistani official familiar with the talks' }, nation: 'PK' });
  });
});

describe('a seat of government no gazetteer lists', () => {
  it('is a building, not a person, and speaks for the country the story is filed from', () => {
    const text = story('Ties', 'GUATEMALA CITY (Wire) - Guatemala kept its ties with Taiwan.', 'The Casa Presidencial said that President Amílcar Ruano had not met the delegation.');
    expect(statementWith(text, 'had not met').speaker).toMatchObject({ name: 'Casa Presidencial', nation: 'GT' });
  });
});

describe('a scene set by a sentence that reports no words', () => {
  it('places the office holder of the next sentence, before an office the story gave another country', () => {
    const text = story(
      'Command',
      "PRISTINA, Oct. 10 (Wire) - Kosovo's defence minister, Arianit Berisha, said Pristina counted on the new commander.",
      'In Belgrade, the reaction was cooler. Defence Minister Zoran Lukić said Serbia expected the force to protect Serbs.',
    );
    expect(nationOf(text, 'counted on').nation).toBe('XK');
    expect(nationOf(text, 'protect Serbs').nation).toBe('RS');
  });
});

describe('a group of listed countries', () => {
  it('speaks as the whole group, for no one nation', () => {
    const text = story(
      'Municipalities',
      'BRUSSELS, Feb. 9 (Wire) -- Talks went on.',
      'The Quint group of France, Germany, Italy, Britain and the United States said in a joint statement that the association was "an obligation both parties accepted".',
    );
    expect(statementWith(text, 'obligation').speaker).toMatchObject({
      mention: { text: 'The Quint group of France, Germany, Italy, Britain and the United States' },
      nation: null,
    });
  });
});

describe('local offices', () => {
  it("reads a regent and a provincial People's Committee as the state's offices", () => {
    const text = story(
      'Boats',
      'NATUNA, Indonesia, March 14 (Wire) – Indonesia on Friday sank 12 fishing boats.',
      'Natuna Regent Hasanuddin Lubis said that local fishermen had complained of foreign trawlers.',
    );
    expect(nationOf(text, 'foreign trawlers').nation).toBe('ID');
    const hanoi = story(
      'Sinking',
      'HANOI, April 9 (Wire) - Vietnam said on Tuesday it had demanded compensation.',
      "Nguyen Van Thao, a vice chairman of the provincial People's Committee, said that the survivors had seen the ship turn.",
    );
    expect(nationOf(hanoi, 'survivors').nation).toBe('VN');
  });
});

describe('the chamber an opposition lawmaker addresses', () => {
  it("is the lawmaker's country, whatever the dateline", () => {
    const text = story(
      'Haze',
      'SINGAPORE, Sept. 18 (Wire) -- Singapore\'s air quality slipped into the "unhealthy" range on Wednesday.',
      'Opposition lawmaker Lim Siew Ching told the Dewan Rakyat that the government had "done nothing but write letters" about the haze.',
    );
    expect(nationOf(text, 'write letters').nation).toBe('MY');
  });
});

describe('a summit delegate and a sole office holder', () => {
  it('gives "was represented by" the country that opens the sentence, and "he" after "the Philippine president" to that president', () => {
    const text = story(
      'Summit',
      'KUALA LUMPUR, Oct. 27 (Wire) - Malaysian Prime Minister Hamzah Ariffin said ASEAN could not wait forever.',
      "Myanmar, whose military leaders have been barred from summits since 2021, was represented by the Foreign Ministry's permanent secretary, U Aung Myo Thant. He told reporters that Naypyitaw was \"ready to engage constructively\".",
      'Manila will make a code of conduct the priority of its chairmanship next year, the Philippine president told reporters. "Nine years of negotiations is long enough," he said.',
    );
    expect(nationOf(text, 'engage constructively').nation).toBe('MM');
    expect(nationOf(text, 'Nine years').nation).toBe('PH');
  });
});

describe("a dam's developer", () => {
  it('is a company, of no nation, whatever the dateline', () => {
    const text = story('Dam', 'VIENTIANE, Laos (Wire) - Laos began filling the reservoir.', 'Sayaphone Power, the Lao-Thai developer of the dam, said fish passes would limit the impact downstream.');
    expect(nationOf(text, 'fish passes').nation).toBeNull();
  });
});

describe("a participle's phrase set in commas before the cue", () => {
  it('leaves the office and the name before it as the speaker', () => {
    const text = story(
      'Cobalt',
      'WASHINGTON, Nov. 4 (Wire) - The Democratic Republic of Congo signed a minerals deal with a U.S. miner on Tuesday.',
      "Congo's mines minister, Kizito Mbala Lukusa, speaking at the signing ceremony at the State Department, said the deal would end the era of raw exports.",
      'A senior Congolese official who took part in the negotiations, speaking on condition of anonymity, said a separate security annex was still being drafted.',
    );
    expect(statementWith(text, 'raw exports').speaker).toMatchObject({ name: 'Kizito Mbala Lukusa', nation: 'CD' });
    expect(statementWith(text, 'security annex').speaker).toMatchObject({ mention: { text: 'A senior Congolese official' }, nation: 'CD' });
  });
});

describe('a capital with a lower-case word inside its name', () => {
  it('stays whole in the source, and the embassy there keeps its own country', () => {
    const text = story('Vote', 'DODOMA, Tanzania (Wire) - The vote nears.', 'The U.S. Embassy in Dar es Salaam said it was concerned by the narrowing of political space.');
    expect(statementWith(text, 'political space').speaker).toMatchObject({ mention: { text: 'The U.S. Embassy in Dar es Salaam' }, nation: 'US' });
  });
});

describe('a region and an armed group', () => {
  it("places the head of a region's administration in the region's country, and gives an armed group none", () => {
    const text = story(
      'Buildup',
      'ADDIS ABABA, Jan. 27 (Wire) -- Ethiopia said on Monday that Eritrea had massed troops along the border.',
      'Asmara called the claims "outright fabrications".',
      'In Mekelle, the head of Tigray\'s interim administration, Lieutenant General Haftom Desta, said the people of Tigray "will not be used as a battlefield".',
    );
    expect(nationOf(text, 'battlefield').nation).toBe('ET');
    const somalia = story('Troops', 'MOGADISHU (Wire) - Egyptian troops arrived on Monday.', "Al-Shabab's spokesman, Sheikh Abu Hamza al-Barawi, said the new mission would fail.");
    expect(nationOf(somalia, 'new mission').nation).toBeNull();
  });
});

describe('the kingdom, a capital that reacted, and an exile', () => {
  it("reads the kingdom's office, a capital's short reaction before its spokesman, and an exile speaking abroad", () => {
    const text = story(
      'Pact',
      'RIYADH, May 21 (Wire) -- The United States and Saudi Arabia are close to a civil nuclear agreement.',
      'U.S. Energy Secretary Martin Greaves told reporters in Riyadh that the two sides had "closed most of the gaps".',
      "The kingdom's energy minister, Prince Abdulilah bin Fahd, said Saudi Arabia had the same rights as any other signatory.",
      'Tehran reacted with caution. Foreign Ministry spokesman Saeed Moradi told his weekly briefing that the Islamic Republic "has no problem" with peaceful programmes.',
    );
    expect(nationOf(text, 'same rights').nation).toBe('SA');
    expect(nationOf(text, 'no problem').nation).toBe('IR');
    const swap = story(
      'Swap',
      'ABU DHABI, Aug. 2 (Wire) - Russia and Lithuania exchanged prisoners in Abu Dhabi on Friday.',
      'In Vilnius, exiled opposition politician Gleb Tsvetkov called the release "a victory for solidarity" but warned that the Kremlin would "simply take new hostages."',
    );
    expect(nationOf(swap, 'new hostages').nation).toBe('RU');
  });
});

describe('a relief centre and "the diplomat"', () => {
  it("gives a government's centre its country, and \"the diplomat\" to the representative who spoke just before", () => {
    const text = story(
      'Board',
      'VIENNA (Wire) - The IAEA board met on Monday.',
      'IAEA Director General Tomás Villaverde, an Argentine diplomat, said the agency had "lost continuity of knowledge".',
      'Russia\'s permanent representative to the international organizations in Vienna, Yevgeny Stolyarov, warned that the draft would "only push Tehran further away". The diplomat said Moscow would vote against the text.',
      "The Saudi government's King Salman Humanitarian Aid and Relief Centre (KSrelief) said in a statement that 30 of its trucks were still waiting in Al-Arish.",
    );
    expect(nationOf(text, 'vote against').nation).toBe('RU');
    expect(nationOf(text, '30 of its trucks').nation).toBe('SA');
  });
});

describe('Central Asian copy', () => {
  it("reads Bishkek's White House, Dushanbe's Palace of the Nation, a scene opened \"Back in\", and a title of the Cabinet of Ministers", () => {
    const text = story(
      'Border',
      'DUSHANBE, Tajikistan (Wire) - Kyrgyzstan and Tajikistan signed a deal on the last disputed stretch of their border.',
      'The Palace of the Nation said in a statement that the two leaders had agreed to open four border crossings.',
      'Back in Bishkek, lawmakers were more cautious. The White House said the agreement would be submitted to parliament next week, and opposition deputy Aibek Mamytov argued that the government should publish the full maps.',
      'Chairman of the Cabinet of Ministers Nurlan Asanbekov said the crossings would open in spring. "Our grandchildren will travel freely," Asanbekov said.',
    );
    expect(nationOf(text, 'four border crossings').nation).toBe('TJ');
    expect(nationOf(text, 'submitted to parliament').nation).toBe('KG');
    expect(nationOf(text, 'full maps').nation).toBe('KG');
    expect(statementWith(text, 'grandchildren').speaker.name).toBe('Nurlan Asanbekov');
  });

  it('reads "the republic\'s" office as the country just named, and keeps an opening participle\'s nations out of the speaker after a subheading', () => {
    const text = story(
      'Migrants',
      'MOSCOW, Jan. 9 (Wire) - Russia will require biometric registration of migrant workers.',
      "Kyrgyz citizens could also be affected. The republic's ambassador in Moscow, Bakyt Omurzakov, told reporters that the rules must not contradict the union treaty.",
      'TEHRAN RAISES REFUGEE ISSUE',
      'Emphasizing that Iran hosts more than 4 million Afghans, Iranian Foreign Minister Hossein Tavakoli stated that the international community must share "the burden of the refugees".',
    );
    expect(nationOf(text, 'union treaty').nation).toBe('KG');
    expect(nationOf(text, 'burden of the refugees').nation).toBe('IR');
  });
});

describe('experts, retired officers and a firm named by its spokesman', () => {
  it('gives no nation to a military expert who is a retired colonel, nor to a name the content calls "the company"', () => {
    const text = story(
      'Patrol',
      'SEOUL (Wire) - Russian and Chinese bombers flew a joint patrol near South Korea on Tuesday.',
      'Military expert Viktor Lazarev, a retired colonel who now heads the Moscow-based Center for Strategic Assessments, said that the patrols sent a signal to Washington.',
      'A spokesman for Daesung Semicon, which runs a memory chip plant in the Chinese city of Xi\'an, said the company was reviewing the rules.',
      'Chinese government experts said the rules would not last.',
    );
    expect(nationOf(text, 'sent a signal').nation).toBeNull();
    expect(nationOf(text, 'reviewing the rules').nation).toBeNull();
    expect(nationOf(text, 'would not last').nation).toBe('CN');
  });
});

describe('a politician whose party holds seats in a chamber', () => {
  it("speaks for the chamber's country", () => {
    const text = story(
      'Municipalities',
      'BRUSSELS, Feb. 9 (Wire) -- Kosovo and Serbia are close to a deal on Serb municipalities.',
      'Nebojša Trifunović, whose Serb Civic Union holds all ten seats reserved for Serbs in Kosovo\'s parliament, said the community had waited "twelve years for a promise".',
    );
    expect(nationOf(text, 'twelve years').nation).toBe('XK');
  });
});

describe('an officer who took command of an international force', () => {
  it('speaks for the force, not for the nationality that introduced him', () => {
    const text = story(
      'Command',
      'PRISTINA, Oct. 10 (Wire) - Turkish Major General Ozan Yalçınkaya on Friday took command of the NATO-led Kosovo Force (KFOR).',
      'Speaking at the handover ceremony, Yalçınkaya said KFOR would remain "impartial, vigilant and visible".',
    );
    expect(nationOf(text, 'impartial').nation).toBeNull();
  });
});

describe('a country as the subject of a short sentence', () => {
  it('sets the scene for the office holder of the next sentence', () => {
    const text = story(
      'Pipeline',
      'ISTANBUL, June 12 (Wire) - Türkiye and Azerbaijan signed a memorandum to double the capacity of the pipeline.',
      'Russia, whose pipeline under the Black Sea is now the last route for its gas to Europe, is watching the project closely. Deputy Prime Minister Viktor Lavrentyev was quoted by the state agency Volga-Info as saying that the Russian route would remain "the most reliable".',
    );
    expect(nationOf(text, 'most reliable').nation).toBe('RU');
  });
});

describe('offices read from the story around them', () => {
  it('gives a country’s possessive representative to that country', () => {
    const text = story(
      'Talks',
      'OSLO, March 4 (Wire) - Talks between the government and the rebels resumed in Havana.',
      'Sweden\'s representative in the process, Karin Ahlgren-Vik, said the dialogue "has outlived worse months".',
    );
    expect(nationOf(text, 'outlived worse')).toMatchObject({ nation: 'SE' });
  });

  it('keeps a police commissioner with the country the story is filed from after a visiting minister spoke', () => {
    const text = story(
      'Police',
      'HONIARA, Solomon Islands (Wire) — The government will keep its policing deal with China, the prime minister said.',
      'New Zealand\'s Foreign Minister, Ruth Callan, visiting Honiara, said Wellington would fund a new police academy.',
      'Police Commissioner Joel Tanavalu said two Chinese officers still worked with local units.',
    );
    expect(nationOf(text, 'still worked')).toMatchObject({ nation: 'SB' });
  });

  it('reads the staff of a body named by its capitalised kind as that body’s', () => {
    const text = story(
      'Summit',
      'NUKU\'ALOFA, Tonga (Wire) — Pacific Islands Forum leaders on Friday called for more climate finance.',
      'Japan\'s envoy, Kenji Morita, said Tokyo would double its pledge.',
      'Several Forum diplomats said the wording on fisheries had been softened overnight.',
    );
    expect(nationOf(text, 'softened overnight')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('places a town’s mayor in the part of a country the sentence names, not in the dateline’s country', () => {
    const text = story(
      'Migrants',
      'PANAMA CITY, May 3 (Wire) - Thousands of migrants are heading back south.',
      'In Turbo, on Colombia\'s Caribbean coast, the town\'s mayor, Hernán Mosquera, said shelters had run out of beds.',
    );
    expect(nationOf(text, 'run out of beds')).toMatchObject({ nation: 'CO' });
  });

  it('gives "Its spokesman" the state body named in full in the sentence before', () => {
    const text = story(
      'Visas',
      'Managua, Nov 21 (Agency) The Government of National Unity of Nicaragua denounced today that the new measures of Washington constitute «an aggression».',
      'Through a communiqué read by its spokeswoman, the Sandinista Executive affirmed that the country «is not a bridge for anybody».',
      'The Department of State of the United States imposed on Wednesday visa restrictions on airline owners.',
      'Its spokesman, Daniel Prewitt, said the flights fed «a business of irregular migration».',
    );
    expect(nationOf(text, 'irregular migration')).toMatchObject({ nation: 'US' });
  });

  it('reads "Bolivarian" as Venezuela’s and France’s overseas departments as France', () => {
    const text = story(
      'Flights',
      'CARACAS, Nov 21 (Agency) Venezuela condemned the sanctions.',
      'In a communiqué, the Bolivarian chancellery affirmed that the measures violate international law.',
      'In Fort-de-France, the prefect of Martinique, Laurent Daubigny, said the island would take in the passengers.',
    );
    expect(nationOf(text, 'violate international law')).toMatchObject({ nation: 'VE' });
    expect(nationOf(text, 'take in the passengers')).toMatchObject({ nation: 'FR' });
  });
});

describe('South Asian copy and what a capital did', () => {
  it('reads "Union Sports Minister" as India’s, not a trade union’s', () => {
    const text = story('Cricket', 'COLOMBO (Wire) — India and Pakistan will meet in the final.', 'In New Delhi, Union Sports Minister Anil Mehra said the government\'s policy "has not changed".');
    expect(nationOf(text, 'has not changed')).toMatchObject({ nation: 'IN' });
  });

  it('does not give a minister the capital his letter accuses', () => {
    const text = story(
      'Border',
      'ADDIS ABABA (Wire) — Ethiopia said on Wednesday that Eritrea was preparing "an aggression" along the border.',
      'In a letter to the U.N. Security Council, Foreign Minister Tesfaye Alemu wrote that Asmara had moved "several divisions" toward the border.',
    );
    expect(nationOf(text, 'several divisions')).toMatchObject({ nation: 'ET' });
  });

  it('gives unnamed aid officials no nation, and a government’s own aid officials its nation', () => {
    const text = story(
      'Refugees',
      'JUBA, South Sudan (Wire) — More refugees crossed the border this week, aid officials said.',
      'British aid officials said London would send more tents.',
    );
    expect(nationOf(text, 'More refugees crossed')).toMatchObject({ nation: null });
    expect(nationOf(text, 'send more tents')).toMatchObject({ nation: 'GB' });
  });

  it('reads "Tasnim" before a surname as a given name, and Nabanna as West Bengal’s government', () => {
    const text = story(
      'Polls',
      'Kolkata, Nov 12 (Wire) India and Bangladesh are to resume talks on the Teesta.',
      'Nabanna said in a statement that the river\'s flow had fallen sharply.',
      'DHAKA (Wire) - Tasnim Hasan Rupa, a student leader, said her party would field candidates in every seat.',
    );
    expect(nationOf(text, 'flow had fallen')).toMatchObject({ nation: 'IN' });
    expect(nationOf(text, 'field candidates')?.nation).not.toBe('IR');
  });

  it('places a chief minister by a province named with its kind', () => {
    const text = story(
      'Floods',
      'PATNA, Aug. 9 (Wire) – Bihar blamed Nepal for the floods.',
      'Koshi Province Chief Minister Dilli Raj Limbu said the barrage was operated by Indian engineers.',
    );
    expect(nationOf(text, 'operated by Indian')).toMatchObject({ nation: 'NP' });
  });
});

describe('titles of South Asian copy', () => {
  it('finds the holder of an office by its bracketed acronym, and a Bhutanese title as Bhutan’s', () => {
    const text = story(
      'Polls',
      'DHAKA, Dec 3 (Wire) - Chief Election Commissioner (CEC) A.K.M. Rafiqul Islam today announced that the election will be held on February 19.',
      '"The Commission is fully prepared," the CEC said.',
      'BEIJING (Wire) - Lyonchhen Dasho Tshering Wangdi said no territory would be exchanged.',
    );
    expect(statementWith(text, 'held on February').speaker).toMatchObject({ name: 'A.K.M. Rafiqul Islam', nation: 'BD' });
    expect(statementWith(text, 'fully prepared').speaker).toMatchObject({ name: 'A.K.M. Rafiqul Islam', nation: 'BD' });
    expect(nationOf(text, 'no territory')).toMatchObject({ nation: 'BT' });
  });
});

describe('bodies a story names by their kind', () => {
  it('reads a capitalised Commission alone as the European Commission in a story about the EU', () => {
    const text = story(
      'Slovakia says it has met EU conditions as Commission keeps funds frozen',
      'BRATISLAVA, Oct. 2 (Wire) - The government said it had met every condition for the release of the funds.',
      'A Commission official said an assessment would not be ready before December.',
    );
    expect(nationOf(text, 'not be ready')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('does not take a party named for a cause for a trade union', () => {
    const text = story(
      'Coalition',
      'SOFIA, May 4 (Wire) - Talks on a new cabinet failed on Thursday.',
      'The chairman of the Union for Progress, Kiril Dimov, told reporters that his party would not support the cabinet.',
      'Ljubo Grbić, leader of the Croatian People\'s Union, insisted that the operator must have its seat in Mostar.',
    );
    expect(statementWith(text, 'not support').speaker.nationEvidence?.span.text).not.toBe('Union');
    expect(statementWith(text, 'seat in Mostar').speaker.nationEvidence?.span.text).not.toBe('Union');
  });
});

describe('state bodies named for their task', () => {
  it('gives a migration institute its country, and a state board its whole phrase as the source', () => {
    const text = story(
      'Caravan',
      'GUATEMALA CITY (Wire) - A caravan of 2,000 migrants crossed into the country overnight.',
      'The head of the Guatemalan Migration Institute, Estuardo Pérez, said the group had entered without registering.',
      'ALGIERS (Wire) - Algeria\'s state grain board said in a statement that it had bought 600,000 tonnes of wheat.',
    );
    expect(nationOf(text, 'entered without')).toMatchObject({ nation: 'GT' });
    expect(statementWith(text, '600,000 tonnes').speaker.mention?.text).toBe("Algeria's state grain board");
    expect(nationOf(text, '600,000 tonnes')).toMatchObject({ nation: 'DZ' });
  });
});

describe('Balkan entities, envoys where a body sits, and civic bodies', () => {
  it('reads Republika Srpska and Banja Luka as Bosnia and Herzegovina’s, and a German diplomat in Brussels as German', () => {
    const text = story(
      'Gas',
      'SARAJEVO, March 2 (Wire) - Parliament passed the gas law on Tuesday.',
      'Banja Luka said it would block the project at state level.',
      'Republika Srpska\'s energy minister, Goran Vukić, said the law was "illegal".',
      'A German diplomat in Brussels said Berlin regarded the law as a step toward the EU.',
    );
    expect(nationOf(text, 'block the project')).toMatchObject({ nation: 'BA' });
    expect(nationOf(text, 'was "illegal"')).toMatchObject({ nation: 'BA' });
    expect(nationOf(text, 'Berlin regarded')).toMatchObject({ nation: 'DE' });
  });

  it('gives a civic project, student organisers and a customs union’s secretary no nation', () => {
    const text = story(
      'Protests',
      'BELGRADE, May 9 (Wire) - Thousands marched for a third night.',
      'Student organisers said the protests would continue.',
      'The Sinjar Justice Project, a Yazidi rights group, said the search for the missing must go on.',
      'SACU Executive Secretary Mpho Letsie, a former Lesotho trade official, said the treaty allowed temporary measures.',
    );
    expect(nationOf(text, 'protests would continue')).toMatchObject({ nation: null });
    expect(nationOf(text, 'search for the missing')).toMatchObject({ nation: null });
    expect(nationOf(text, 'temporary measures')).toMatchObject({ nation: null });
  });
});

describe('envoys after their mission, Caribbean and Nordic names', () => {
  it('gives an ambassador named by title the country whose embassy spoke before, not the host’s', () => {
    const text = story(
      'Straits',
      'COPENHAGEN, Dec. 3 /Nordic Wire/ -- The Russian Embassy in Copenhagen warned Denmark on Tuesday that inspections of tankers would be regarded as "piracy".',
      'In an interview with a local newspaper, Ambassador Pavel Orlov said the straits were open to all.',
    );
    expect(nationOf(text, 'open to all')).toMatchObject({ nation: 'RU' });
  });

  it('reads Trinidad, Tinganes and a local councillor', () => {
    const text = story(
      'Gas',
      'GEORGETOWN, Guyana (Wire) - Guyana and its neighbour discussed a gas pipeline.',
      'Trinidad\'s Energy Minister Shelly Rampersad said her country\'s plants were running below capacity.',
      'Tinganes said the agreement was a matter of fisheries management.',
    );
    expect(nationOf(text, 'below capacity')).toMatchObject({ nation: 'TT' });
    expect(nationOf(text, 'fisheries management')).toMatchObject({ nation: 'FO' });
    const local = story('Fishermen', 'PORT OF SPAIN (Wire) - Ravi Maharaj, a local councillor in the village of Cedros, said fishermen were afraid to go out.');
    expect(nationOf(local, 'afraid to go out')).toMatchObject({ nation: 'TT' });
  });
});

describe('offices of legislatures, francophone presidencies and bodies of several governments', () => {
  it('gives backbenchers, shadow ministers and a francophone Primature their country', () => {
    const text = story(
      'Deal',
      'LONDON (Wire) - The government won the vote on the treaty.',
      'Labour backbencher Nia Owens said voters would see the move as "reopening Brexit".',
      'His Conservative shadow, Rupert Hale, called the deal "a surrender".',
    );
    expect(nationOf(text, 'reopening Brexit')).toMatchObject({ nation: 'GB' });
    expect(nationOf(text, 'a surrender')).toMatchObject({ nation: 'GB' });
    const dakar = story('Bases', 'DAKAR, July 1 (Agency) - France handed over its last base.', 'The Primature, the office of the Prime Minister, said the sites would be handed to the army.');
    expect(nationOf(dakar, 'handed to the army')).toMatchObject({ nation: 'SN' });
  });

  it('reads a secretary-general of a presidency as a state office, and a governor written "Gov." by the place before it', () => {
    const text = story(
      'Referendum',
      'CONAKRY, Sept. 2 (Agency) - The junta set a date for the referendum.',
      'The Secretary-General of the Presidency of the Republic, General Mamadi Kaba, said the date was final.',
    );
    expect(nationOf(text, 'date was final')).toMatchObject({ nation: 'GN' });
    const crab = story(
      'Crab boat',
      'TOKYO, Feb. 9 (Wire) -- Japan protested the seizure of a boat from Hokkaido.',
      'Russia\'s border service said the boat had been carrying too much crab.',
      'Hokkaido Gov. Haruka Tsuji called on the central government to negotiate.',
    );
    expect(nationOf(crab, 'central government to negotiate')).toMatchObject({ nation: 'JP' });
  });

  it('gives a conference of governments, a bishops’ conference and a country’s watchdog what they speak for', () => {
    const text = story(
      'Border',
      'DUBLIN (Wire) - The two governments met on Monday.',
      'The British-Irish Intergovernmental Conference said officials would meet next week.',
      'The Episcopal Conference of Togo urged the authorities to resume dialogue.',
      'The head of Russia\'s agricultural watchdog, Igor Vasin, said restrictions on fish imports would stay.',
    );
    expect(nationOf(text, 'meet next week')).toMatchObject({ nation: null });
    expect(nationOf(text, 'resume dialogue')).toMatchObject({ nation: null });
    expect(nationOf(text, 'would stay')).toMatchObject({ nation: 'RU' });
  });
});

describe('aides named by a possessive pronoun, and a directorate', () => {
  it('gives "Her deputy, X" the nation of the one the pronoun means, and reads a directorate as a state body', () => {
    const text = story(
      'Brake',
      'BELFAST, March 3 (Wire) - Northern Ireland\'s First Minister, Aoife Brennan, said the brake had been pulled lawfully.',
      'Her deputy, Ciarán Doyle, whose party opposed the move, argued that the dispute could have been settled quietly.',
      'The Norwegian Directorate of Fisheries said British vessels landed 21,000 tonnes.',
    );
    expect(nationOf(text, 'settled quietly')).toMatchObject({ nation: 'GB' });
    expect(nationOf(text, '21,000 tonnes')).toMatchObject({ nation: 'NO' });
  });
});

describe('a bloc\'s rotating chair', () => {
  it('speaks for the country whose head of state holds it: "The incoming chair of the bloc, Zambia\'s President X,"', () => {
    const text = story(
      'Summit',
      'GABORONE, Aug. 17 (Wire) - Leaders of the Southern African Development Community met on Saturday.',
      'The incoming chair of the bloc, Zambia\'s President Mwape Tembo, noted that his country had endured long power cuts.',
      'The bloc\'s executive secretary said the summit would adopt an energy plan.',
    );
    expect(nationOf(text, 'long power cuts')).toMatchObject({ nation: 'ZM' });
    expect(nationOf(text, 'energy plan')).toMatchObject({ nation: null });
  });
});

describe('what another country\'s forces did', () => {
  it('is reported by those it was done to: "Russian border guards removed the buoys …, the Police and Border Guard Board said"', () => {
    const text = story(
      'Buoys',
      'NARVA, Estonia, May 24 (Wire) - Russian border guards removed 24 of the 50 buoys that Estonia had placed on the river overnight, the Police and Border Guard Board said on Friday.',
      'The board\'s deputy director general, Arvo Tamm, told reporters: "We expect the buoys to be returned."',
    );
    expect(nationOf(text, 'placed on the river')).toMatchObject({ nation: 'EE' });
    expect(nationOf(text, 'to be returned')).toMatchObject({ nation: 'EE' });
  });
});

describe('a coordinator\'s title', () => {
  it('stays out of the name, and a development coordinator is a state office: "District Development Coordinator X"', () => {
    const text = story(
      'Deportations',
      'BEITBRIDGE, Zimbabwe (Wire) — Police deported 2,000 people through the border post this week.',
      'Beitbridge District Development Coordinator Tendai Chari said buses had arrived every two hours.',
      'The U.N. Humanitarian Coordinator Ama Mensah said aid would follow.',
    );
    expect(statementWith(text, 'every two hours').speaker.name).toBe('Tendai Chari');
    expect(nationOf(text, 'every two hours')).toMatchObject({ nation: 'ZW' });
    expect(nationOf(text, 'aid would follow')).toMatchObject({ nation: null });
  });
});

describe('an unnamed official at a body', () => {
  it('has no name, and a home ministry the story named by its portfolio before is the home country\'s: "A senior official at the Mines Ministry"', () => {
    const text = story(
      'Ban',
      'HARARE, Oct. 2 (Wire) -- Zimbabwe will ban exports of lithium concentrate, Mines Minister Tapiwa Dube announced on Wednesday.',
      'Japan\'s ambassador to Zimbabwe, Keiko Morimoto, told reporters that Tokyo "fully respects" the decision.',
      'A senior official at the Mines Ministry, who asked not to be named, said no exemptions would be granted.',
    );
    const official = statementWith(text, 'no exemptions').speaker;
    expect(official).toMatchObject({ name: null, role: 'senior official', nation: 'ZW' });
  });
});

describe('the offices and parties of a federal country\'s states', () => {
  it('places a state office with a portfolio between the state and the title', () => {
    const text = story(
      'Water',
      'MEXICO CITY, April 9 (Wire) - Mexico will send more water to the United States, the foreign ministry said.',
      'Texas Agriculture Commissioner Clay Whitaker said the offer was a start.',
      'Arizona Attorney General Rosa Beltran said the state would sue.',
    );
    expect(nationOf(text, 'offer was a start')).toMatchObject({ nation: 'US', evidence: 'Texas' });
    expect(nationOf(text, 'state would sue')).toMatchObject({ nation: 'US', evidence: 'Arizona' });
  });

  it('reads a lawmaker\'s party and state, written out or abbreviated, as their country', () => {
    const text = story(
      'Remittances',
      'MEXICO CITY, June 3 (Wire) - Mexico will cover the cost of a U.S. tax on remittances, the president said.',
      'Representative Dale Pruitt, the Oklahoma Republican who wrote the provision, argued that the tax was fair.',
      'Senator Mary Cole, a Texas Democrat, said the measure was cruel.',
      'Sen. John Ames (R-Ariz.) said the border was secure.',
    );
    expect(nationOf(text, 'tax was fair')).toMatchObject({ nation: 'US', evidence: 'Oklahoma' });
    expect(nationOf(text, 'measure was cruel')).toMatchObject({ nation: 'US', evidence: 'Texas' });
    expect(nationOf(text, 'border was secure')).toMatchObject({ nation: 'US' });
  });

  it('knows the US border and immigration agencies by their initials', () => {
    const text = story(
      'Detentions',
      'MEXICO CITY, May 2 (Wire) - Mexico protested the detention of its nationals in Arizona.',
      'A CBP spokeswoman said all detainees were held in accordance with agency standards.',
      'An ICE official said the detainees would be deported.',
    );
    expect(nationOf(text, 'agency standards')).toMatchObject({ nation: 'US', evidence: 'CBP' });
    expect(nationOf(text, 'would be deported')).toMatchObject({ nation: 'US', evidence: 'ICE' });
  });

  it('places a mayor by the city and state that open the sentence', () => {
    const text = story(
      'Shelters',
      'NOGALES, Ariz. (Wire) - Crossings fell to a 30-year low, U.S. officials said.',
      'Across the fence in Nogales, Sonora, Mayor Alma Ruelas said the city\'s shelters were nearly empty.',
    );
    expect(nationOf(text, 'shelters were nearly empty')).toMatchObject({ nation: 'MX', evidence: 'Sonora' });
  });

  it('gives the head of a body named for a state\'s task the city that opens the sentence', () => {
    const text = story(
      'Migrants',
      'TAPACHULA, Mexico, Oct. 2 (Wire) - Mexico said it would keep the border open.',
      'In Guatemala City, the director of the Migration Institute, Carlos Tzul, said that 800 Guatemalans had returned.',
    );
    expect(nationOf(text, '800 Guatemalans')).toMatchObject({ nation: 'GT', evidence: 'Guatemala City' });
  });

  it('places a governor named without a state by the state their statement opens with', () => {
    const text = story(
      'Texas to extend river buoys despite Mexican protest',
      'EAGLE PASS — Texas will add another mile of floating buoys to its barrier in the Rio Grande, Gov. Wade Hollister announced Monday.',
      'Mexico\'s Foreign Ministry said in a note delivered to Washington that the buoys violated the 1944 water treaty.',
      'The Republican governor denied that the barrier had played any role in the deaths.',
    );
    expect(nationOf(text, 'another mile')).toMatchObject({ nation: 'US', evidence: 'Texas' });
    expect(nationOf(text, 'played any role')).toMatchObject({ nation: 'US' });
    expect(statementWith(text, 'played any role').speaker.name).toBe('Wade Hollister');
  });
});

describe('federal states and their capitals', () => {
  it('reads "Niger State" as a Nigerian state, not the country Niger', () => {
    const text = story(
      'Power',
      'ABUJA, Oct. 3 (Wire) - Nigeria\'s power ministry said the grid would be split into regional markets.',
      'Niger State Governor Abdulmalik Bawa said Minna would not be lectured by Abuja.',
    );
    expect(nationOf(text, 'not be lectured')).toMatchObject({ nation: 'NG', evidence: 'Niger' });
  });

  it('keeps a federal agency and a Union ministry as the state\'s', () => {
    const text = story(
      'Grid fees',
      'BERLIN, May 4 (Wire) - Germany will keep one power price zone, the economy ministry said.',
      'The Federal Network Agency said a reform of grid fees was the better instrument.',
      'NEW DELHI, May 4 (Wire) - India rejected the state\'s demand, officials said.',
      'A senior official in the Union water ministry said the Centre could not hold a treaty hostage.',
    );
    expect(nationOf(text, 'better instrument')).toMatchObject({ nation: 'DE' });
    expect(nationOf(text, 'treaty hostage')).toMatchObject({ nation: 'IN' });
  });

  it('places a counterpart by the city named with them', () => {
    const text = story(
      'Two Punjabs press for trade',
      'CHANDIGARH, Oct. 15 (Wire) — Punjab Chief Minister Harpreet Singh Grewal urged New Delhi to reopen overland trade through the Attari crossing.',
      'Across the border, his counterpart in Lahore, Chief Minister Rana Faisal Mahmood, said the province was ready to open its gates.',
    );
    expect(nationOf(text, 'open its gates')).toMatchObject({ nation: 'PK', evidence: 'Lahore' });
  });

  it('gives a state that speaks by its own name its country', () => {
    const text = story(
      'Power zones',
      'MUNICH, May 4 (Wire) - The federal government will keep one price zone, the economy ministry in Berlin said.',
      'In a joint declaration, Bavaria and neighbouring Baden-Württemberg said a split would divide the country.',
    );
    expect(nationOf(text, 'divide the country')).toMatchObject({ nation: 'DE' });
  });
});

describe('trade and labour bodies of one country', () => {
  it('gives an industry group or a labour or trade council no nation, whatever country its name opens with', () => {
    const text = story(
      'Steel duties',
      'WASHINGTON, May 2 (Wire) - The United States will impose duties on Mexican steel, the Commerce Department said.',
      'The American Steel Alliance, an industry group, called the duties "long overdue."',
      'Dennis Rourke, president of the Motor City Labor Council, which represents about 40,000 autoworkers, said his members supported the tariff.',
      'The Border Trade Council, which represents some 300 companies in Texas and Arizona, warned that the tariff would cost consumers $30 billion.',
    );
    expect(nationOf(text, 'long overdue').nation).toBeNull();
    expect(nationOf(text, 'members supported').nation).toBeNull();
    expect(nationOf(text, 'cost consumers').nation).toBeNull();
  });

  it('reads a member of Congress\'s party and state set off by commas', () => {
    const text = story(
      'Power surcharge',
      'TORONTO, Feb. 3 (Wire) - Ontario will put a surcharge on power sold to the United States, the premier said.',
      'Sen. Karen Ostby, D-Minn., said both governments were playing chicken with the grid.',
    );
    expect(nationOf(text, 'playing chicken')).toMatchObject({ nation: 'US' });
  });

  it('gives a company named by its trade no nation', () => {
    const text = story(
      'Gas pipeline',
      'DILI, May 2 (Wire) - Timor-Leste wants the gas piped to its south coast, the petroleum minister said.',
      'Kestrel Energy said it remained open to all development options.',
      'In Tokyo, Kitakami Mining said it had not received any documents from the court.',
      'The Ministry of Mines and Energy said the licence stood.',
    );
    expect(nationOf(text, 'development options').nation).toBeNull();
    expect(nationOf(text, 'any documents').nation).toBeNull();
    expect(nationOf(text, 'licence stood').nation).toBe('TL');
  });
});

describe('speakers of many states or of none', () => {
  it('gives a region\'s ministers together, a militant group\'s spokesman no nation; an official familiar with a group\'s talks keeps theirs', () => {
    const text = story(
      'Sea code',
      'VIENTIANE, Laos, July 26 (Wire) - Laos hosted the meeting, the foreign ministry said.',
      'Southeast Asian foreign ministers urged all parties to exercise restraint.',
      'A spokesman for the militant group Sulu Sea Mujahideen Front said the group was holding the five men.',
      'A Saudi official familiar with the group\'s deliberations said Riyadh was open to a discussion.',
    );
    expect(nationOf(text, 'exercise restraint').nation).toBeNull();
    expect(nationOf(text, 'holding the five men').nation).toBeNull();
    expect(nationOf(text, 'open to a discussion')).toMatchObject({ nation: 'SA', evidence: 'Saudi' });
  });
});

describe('mainland Southeast Asia', () => {
  it('reads "Lao" before a title as Laos, and a province\'s police chief written in lower case as the province\'s country', () => {
    const text = story(
      'Drugs',
      'TOKYO, March 3 (Wire) - Japanese police joined the search, the National Police Agency said.',
      'Lao Foreign Minister Khamphet Souvannalath said Laos had seen a sharp rise in seizures.',
      'South Korea asked Cambodia to investigate the death of a student, the foreign ministry in Seoul said.',
      'Kampot provincial police chief Brig. Gen. Sam Rithy said an autopsy had found signs of beatings.',
    );
    expect(nationOf(text, 'sharp rise')).toMatchObject({ nation: 'LA', evidence: 'Lao' });
    expect(nationOf(text, 'signs of beatings')).toMatchObject({ nation: 'KH' });
  });
});

describe('"the Kingdom" and "the Sultanate"', () => {
  it('reads a realm named by its kind as the last of its kind the story named', () => {
    const text = story(
      'Islands',
      'ABU DHABI, March 3 (Wire) - Gulf Cooperation Council ministers met in Riyadh, Saudi Arabia, on Sunday.',
      'The Kingdom, which chaired the meeting, said it stood fully behind the efforts of the UAE.',
      'COPENHAGEN, June 11 (Wire) – A Danish aid worker was flown to Muscat on an Omani air force plane, the Sultanate\'s Foreign Ministry said.',
    );
    expect(nationOf(text, 'fully behind')).toMatchObject({ nation: 'SA', evidence: 'Saudi Arabia' });
    expect(nationOf(text, 'aid worker was flown')).toMatchObject({ nation: 'OM', evidence: 'Omani' });
  });

  it('gives the Kingdom\'s ambassador to another country the Kingdom', () => {
    const text = story(
      'Prisoners',
      'ADEN, Yemen, May 3 (Wire) - Saudi Arabia and the Houthis swapped prisoners on Sunday.',
      'The Kingdom\'s ambassador to Yemen, Nawaf Al-Dosari, said the soldiers would be flown home.',
    );
    expect(nationOf(text, 'flown home')).toMatchObject({ nation: 'SA' });
  });

  it('gives whoever heads an international body named before the body, whatever their nationality', () => {
    const text = story(
      'Talks',
      'VIENNA (Wire) — The International Atomic Energy Agency and Iran agreed on Monday to reinstall cameras at two workshops.',
      '"This is a step, not a solution," Andrés Valdivieso, the Chilean diplomat who heads the agency, told reporters.',
    );
    expect(nationOf(text, 'a step, not a solution').nation).toBeNull();
  });

  it('gives a body that represents families, members or companies no nation', () => {
    const text = story(
      'Prisoners',
      'DOHA, Sept. 18 (Wire) — Five U.S. citizens held in Iran landed in Doha on Monday, the State Department said.',
      'The Free Them Now campaign, which represents families of Americans detained abroad, said it welcomed the releases.',
    );
    expect(nationOf(text, 'welcomed the releases').nation).toBeNull();
  });

  it('reads a national commission named for a list of tasks whole, as the state\'s', () => {
    const text = story(
      'Refugees',
      'ABUJA, May 2 (Wire) - Nigeria will resettle 4,000 returnees from Cameroon, the presidency said.',
      'The National Commission for Refugees, Migrants and Internally Displaced Persons said in a statement that the funds had been approved.',
    );
    const s = statementWith(text, 'funds had been approved');
    expect(s.speaker.mention?.text).toBe('The National Commission for Refugees, Migrants and Internally Displaced Persons');
    expect(s.speaker.nation).toBe('NG');
  });
});

describe('a state or province\'s own government', () => {
  it('reads "the West Bengal government" as India\'s, not the country the story is filed from', () => {
    const text = story(
      'Water',
      'DHAKA, May 2 (Wire) - Bangladesh asked India to share more water from the Teesta, the foreign ministry said.',
      'The West Bengal government said it would not agree to the treaty.',
      'The Kerala state government said nurses would be flown home.',
    );
    expect(nationOf(text, 'not agree to the treaty')).toMatchObject({ nation: 'IN', evidence: 'West Bengal' });
    expect(nationOf(text, 'flown home')).toMatchObject({ nation: 'IN', evidence: 'Kerala' });
  });
});


describe('negotiating blocs, breakaway authorities and the Holy See', () => {
  it('gives the chair of a negotiating bloc the bloc, not a country its name or the chair\'s nationality gives', () => {
    const text = story(
      'Finance talks',
      'BONN, June 12 (Wire) - Climate talks on a finance roadmap stalled on Wednesday.',
      'The chair of the G77 and China, Ugandan diplomat Joseph Okello, said developed countries were rewriting history.',
      'The chair of the Least Developed Countries group, Senegalese diplomat Awa Ndiaye, said the poorest nations would not accept a text without numbers.',
    );
    expect(nationOf(text, 'rewriting history').nation).toBeNull();
    expect(nationOf(text, 'poorest nations').nation).toBeNull();
  });

  it('reads the capital of a breakaway region as authorities no state recognises', () => {
    const text = story(
      'Fence row',
      'TBILISI, May 4 (Wire) - Georgia protested on Sunday against a new fence near the boundary line.',
      'The de facto authorities in Tskhinvali denied that any fence had been moved.',
      'Tiraspol said the gas would be paid for in roubles.',
    );
    expect(nationOf(text, 'any fence had been moved').nation).toBeNull();
    expect(nationOf(text, 'paid for in roubles').nation).toBeNull();
  });

  it('gives an apostolic nuncio the Holy See, not the country the title sends them to', () => {
    const text = story(
      'Camps',
      'ATHENS, Oct. 2 (Wire) - Church groups asked to visit the island camps on Wednesday.',
      'The Apostolic Nuncio to Greece, Archbishop Piero Zanetti, urged the Greek government to allow church volunteers into the camps.',
    );
    expect(nationOf(text, 'church volunteers')).toMatchObject({ nation: 'VA' });
  });

  it('reads "Smolensky Square" as Russia\'s foreign ministry', () => {
    const text = story('Sanctions', 'GENEVA, Nov. 9 (Wire) - Delegates argued over access to the talks.', 'Smolensky Square said Western sanctions kept Russian experts away.');
    expect(nationOf(text, 'Russian experts away')).toMatchObject({ nation: 'RU' });
  });
});

describe('bodies that speak for no nation, named by what they are', () => {
  it('gives the office of a charity the sentence before closed on no nation', () => {
    const text = story(
      'Rescue ship',
      'ROME, Sept. 14 (Wire) - Italy refused to let a rescue ship dock on Saturday.',
      'The prime minister\'s office at Palazzo Chigi said Italy could not be the only landing place.',
      'The Aurora Libera is operated by Blauwasser Hilfe, a charity based in Hamburg. Its head of mission, Katrin Ohlsson, said 38 children were on board.',
    );
    expect(nationOf(text, 'only landing place')).toMatchObject({ nation: 'IT' });
    expect(nationOf(text, '38 children').nation).toBeNull();
  });

  it('reads "X of the charity Y" whole, and the charity speaks for no nation', () => {
    const text = story('Fund', 'BONN, June 3 (Wire) - Talks on the loss and damage fund resumed.', 'Harriet Okonkwo of the charity Floodline International said the fund was still small.');
    const s = statementWith(text, 'still small');
    expect(s.speaker.mention?.text).toBe('Harriet Okonkwo of the charity Floodline International');
    expect(s.speaker.nation).toBeNull();
  });

  it('reads a freight forwarder as a company', () => {
    const text = story('Rail transit', 'VILNIUS, Jan. 8 (Wire) - Rail transit to the exclave slowed.', 'Amber Logistics, a Kaliningrad freight forwarder, said about 200 wagons were stranded.');
    expect(nationOf(text, '200 wagons').nation).toBeNull();
  });
});

describe('a person introduced before they speak', () => {
  it('keeps the country of a possessive apposition for the surname that speaks later', () => {
    const text = story(
      'Gas talks',
      'MOSCOW, Feb. 4 (Wire) -- Pavel Chiosa, Moldova\'s deputy prime minister, met officials on Tuesday to discuss gas.',
      '"We did not come here to ask for anything," Chiosa told reporters after the meeting.',
    );
    expect(nationOf(text, 'ask for anything')).toMatchObject({ nation: 'MD', evidence: 'Moldova' });
  });

  it('reads a country\'s autonomous region as that country\'s', () => {
    const text = story(
      'Gas talks',
      'MOSCOW, Feb. 4 (Wire) -- Pavel Chiosa, the governor of Moldova\'s autonomous Gagauzia region, met officials on Tuesday to discuss gas.',
      '"We did not come here to ask for anything," Chiosa told reporters after the meeting.',
    );
    expect(nationOf(text, 'ask for anything')).toMatchObject({ nation: 'MD' });
  });

  it('gives the second of two people joined by "and" the nation of their own possessive', () => {
    const text = story(
      'Prisoners freed',
      'VILNIUS, Lithuania (Wire) — Belarus on Thursday freed 18 people.',
      'The release followed talks in Minsk between senior Belarusian officials and Washington\'s deputy special envoy for the region, Thomas Ridgeway.',
      '"This is what engagement can deliver," the envoy wrote on X.',
    );
    expect(nationOf(text, 'engagement can deliver')).toMatchObject({ nation: 'US', evidence: 'Washington' });
  });
});

describe('offices of a region', () => {
  it('reads "the region\'s de facto authorities" whole, as the breakaway region just named', () => {
    const text = story(
      'Gas cut',
      'CHISINAU, Jan. 2 (Wire) -- Heating was cut off to most homes in Moldova\'s breakaway Transnistria region on Wednesday after gas supplies stopped, the region\'s de facto authorities said.',
      'Abkhazia\'s self-declared foreign ministry said in a statement that the naval point would be a guarantee of security.',
    );
    const cut = statementWith(text, 'Heating was cut off');
    expect(cut.speaker.mention?.text).toBe("the region's de facto authorities");
    expect(cut.speaker.nation).toBeNull();
    expect(nationOf(text, 'naval point').nation).toBeNull();
  });

  it('keeps a recognised region\'s office its country\'s', () => {
    const text = story(
      'Shelling',
      'KYIV, March 2 (Wire) -- Shelling damaged a power station in Ukraine\'s Kharkiv region overnight, the region\'s governor said.',
    );
    expect(nationOf(text, 'power station')).toMatchObject({ nation: 'UA' });
  });
});

describe('an envoy named by the bare title', () => {
  it('gives "the ambassador, X" the country the story gave the ambassador it summoned', () => {
    const text = story(
      'Rescue ship row',
      'MADRID/ROME, Feb. 21 (Wire) – Spain summoned Italy’s ambassador on Friday after a charity’s rescue ship was detained in Trapani.',
      'Foreign Minister Julián Arrieta told Spanish radio that he had conveyed Spain’s displeasure to the ambassador, Lorenzo Ferri.',
      'Ferri, speaking to reporters as he left the ministry, said Italy was enforcing a law that applies to every ship.',
    );
    expect(nationOf(text, 'conveyed')).toMatchObject({ nation: 'ES' });
    expect(nationOf(text, 'enforcing a law')).toMatchObject({ nation: 'IT', evidence: 'Italy' });
  });
});

describe('Korean copy, aid agencies and offices held since', () => {
  it('reads a country qualified only by the day it spoke, and "the North" once North Korea is named', () => {
    const text = story(
      'Yongbyon report',
      'SEOUL, Sept. 16 (Wire) -- North Korea on Tuesday lashed out at the U.N. nuclear watchdog over a report, calling the agency "a political tool of the United States."',
      'In a statement carried by the state news agency, a spokesperson for the North\'s foreign ministry said the agency had "no right to meddle" in its affairs.',
    );
    expect(nationOf(text, 'political tool')).toMatchObject({ nation: 'KP', evidence: 'North Korea' });
    expect(nationOf(text, 'no right to meddle')).toMatchObject({ nation: 'KP' });
  });

  it('reads "who has led X\'s ministry since …" as the office held', () => {
    const text = story('Marburg', 'KIGALI, March 2 (Wire) - Health ministers met on Monday.', 'Neema Mollel, who has led Tanzania\'s health ministry since 2022, said 14 people had died.');
    expect(nationOf(text, '14 people had died')).toMatchObject({ nation: 'TZ', evidence: 'Tanzania' });
  });

  it('gives a country\'s Red Cross society no nation, and a government\'s aid agency its country', () => {
    const text = story(
      'Cholera',
      'PORT-AU-PRINCE, May 2 (Wire) - Cholera spread through the capital\'s camps.',
      'The Haitian Red Cross said its volunteers had handed out 40,000 chlorine tablets.',
      'The Korea International Cooperation Agency (KOICA) said it would fund mobile testing laboratories.',
      'Murat Yıldız, who heads the Mogadishu office of the Turkish aid agency TIKA, said 12 new wells had been drilled.',
    );
    expect(nationOf(text, 'chlorine tablets').nation).toBeNull();
    expect(nationOf(text, 'mobile testing')).toMatchObject({ nation: 'KR' });
    expect(nationOf(text, 'new wells')).toMatchObject({ nation: 'TR' });
  });

  it('gives the office of an armed group the sentence before closed on no nation', () => {
    const text = story(
      'Vaccines',
      'KINSHASA, May 2 (Wire) - Mpox vaccines arrived in the capital on Friday.',
      'Much of the east is held by the M23 rebel group. Its spokesman, Désiré Bahati, wrote on X that the group would let vaccination teams in.',
    );
    expect(nationOf(text, 'vaccination teams in').nation).toBeNull();
  });
});

describe('sides and titles that refer back', () => {
  it('reads a capital that "was represented by" an office holder as that holder\'s country', () => {
    const text = story(
      'Retreat',
      'NEW DELHI, Jan 3 (Wire) - Foreign ministers of the grouping met on Thursday.',
      'Dhaka was represented by Foreign Secretary Nazmul Huda. He told reporters on the sidelines that Bangladesh wanted the grouping to take up the refugee crisis.',
    );
    expect(nationOf(text, 'take up the refugee crisis')).toMatchObject({ nation: 'BD', evidence: 'Dhaka' });
  });

  it('gives "the minister, X" the country the story gave that minister', () => {
    const text = story(
      'Fishermen',
      'CHENNAI, March 4 (Wire) - Eighteen fishermen were arrested off the island on Sunday.',
      'India\'s High Commissioner in Colombo, Pradeep Iyengar, who called on Sri Lanka\'s Fisheries Minister on Monday, stressed that the issue should be handled humanely.',
      'The minister, Rohan Wickramasuriya, has taken a harder line. He told a Colombo newspaper that bottom trawling was destroying the seabed.',
    );
    expect(nationOf(text, 'handled humanely')).toMatchObject({ nation: 'IN' });
    expect(nationOf(text, 'destroying the seabed')).toMatchObject({ nation: 'LK' });
  });

  it('gives "Party chairperson X" the party that spoke before', () => {
    const text = story(
      'Visit',
      'COLOMBO, Feb 9 (Wire): The visiting minister held talks on Friday.',
      'The opposition Maldivian Democratic Party (MDP) said the government had wasted a year. Party chairperson Fathimath Zuhura wrote on X that the visit proved there was no alternative to India.',
    );
    expect(nationOf(text, 'no alternative')).toMatchObject({ nation: 'MV' });
  });
});

describe('an envoy to a body based somewhere', () => {
  it('keeps the envoy\'s own country when the body they are sent to is "Vienna-based"', () => {
    const text = story(
      'Board meeting',
      'VIENNA, June 3 (Wire) - The agency\'s board opened its quarterly meeting on Monday.',
      'Iran\'s ambassador to the Vienna-based agency, Reza Farahmand, said the report ignored the cooperation Tehran had offered.',
    );
    expect(nationOf(text, 'ignored the cooperation')).toMatchObject({ nation: 'IR', evidence: 'Iran' });
  });
});

describe('the office of a body whose holder\'s nationality is told', () => {
  it('gives "The organisation\'s secretary general, Romanian diplomat X" no nation, whoever spoke before', () => {
    const text = story(
      'Black Sea',
      'ISTANBUL, July 15 (Wire) – Foreign ministers of the Black Sea Economic Cooperation (BSEC) met on Monday.',
      'Turkish Foreign Minister Selçuk Demiralp said, "We are in contact with all our neighbours."',
      'The organisation\'s secretary general, Romanian diplomat Mihai Drăgulescu, said the issue had not been on the agenda.',
    );
    expect(nationOf(text, 'all our neighbours')).toMatchObject({ nation: 'TR' });
    expect(nationOf(text, 'not been on the agenda').nation).toBeNull();
  });
});

describe('sport, election commissions and countries left unnamed', () => {
  it('gives sport\'s governing bodies, national Olympic committees, federations and coaches no nation', () => {
    const text = story(
      'Games',
      'BERLIN, June 2 (Wire) - The 2040 Games will go to Doha, the IOC decided on Friday.',
      'IOC President Ruth Wanjala, a former Kenyan middle-distance runner, said both candidates had shown ambition.',
      'The German Olympic Sports Confederation called the decision a bitter evening for German sport.',
      'The National Olympic Committee of Ukraine said it would follow the position of the state.',
      'The president of CONMEBOL, the Paraguayan lawyer Rodrigo Benítez, said the decision protected the players.',
      'The coach of Argentina, Gustavo Larrea, said the venue did not change anything for his players.',
    );
    for (const words of ['shown ambition', 'bitter evening', 'position of the state', 'protected the players', 'did not change anything']) {
      expect(nationOf(text, words).nation).toBeNull();
    }
  });

  it('reads an election commission by its own abbreviation or name', () => {
    const text = story(
      'Count',
      'JAKARTA, Feb. 20 (Wire) - Official results were announced on Tuesday.',
      'KPU chairman Yudi Prasetyo said the count in all 38 provinces had been completed.',
      'In Manila, the Commission on Elections said partial results would be available within hours.',
    );
    expect(nationOf(text, '38 provinces')).toMatchObject({ nation: 'ID' });
    expect(nationOf(text, 'within hours')).toMatchObject({ nation: 'PH' });
  });

  it('gives "a diplomat from a South American country" no nation', () => {
    const text = story(
      'Assembly',
      'WASHINGTON, June 26 (Wire) - The OAS General Assembly adopted a resolution on Haiti.',
      'A diplomat from a South American country said several governments had resisted the language.',
    );
    expect(nationOf(text, 'resisted the language').nation).toBeNull();
  });
});

describe('a country\'s title right before a name', () => {
  it('describes the name it stands before, not the clause\'s subject', () => {
    const text = story(
      'Call',
      'ANKARA (Wire) – Turkish President Selim Karaca congratulated Indonesia\'s president-elect Bambang Hartono in a phone call on Thursday.',
      'Hartono, for his part, said that he hoped to visit Ankara at the first opportunity.',
    );
    expect(nationOf(text, 'visit Ankara')).toMatchObject({ nation: 'ID', evidence: 'Indonesia' });
  });
});

describe('members of Congress, regional offices and unnamed sources', () => {
  it('reads "Sen. X, R-Ohio, whose state …, said" whole, and an "Indian-born lawmaker" as the state she serves', () => {
    const text = story(
      'Tariffs',
      'WASHINGTON, May 2 (Wire) - New steel tariffs took effect on Friday.',
      'Sen. Garrett Lyle, R-Ohio, whose state is home to old steel mills, said the tariffs were long overdue.',
      'Rep. Meera Natarajan, D-Calif., an Indian-born lawmaker, said the fee would punish skilled workers.',
    );
    const lyle = statementWith(text, 'long overdue');
    expect(lyle.speaker.mention?.text).toBe('Sen. Garrett Lyle, R-Ohio');
    expect(lyle.speaker.nation).toBe('US');
    expect(nationOf(text, 'punish skilled workers')).toMatchObject({ nation: 'US' });
  });

  it('gives "a security source" the country of the dateline, as any unnamed official', () => {
    const text = story('Border', 'AMMAN, March 3 (Wire) - Smugglers clashed with border troops overnight.', 'A security source said the smugglers had crossed from Syria.');
    expect(nationOf(text, 'crossed from Syria')).toMatchObject({ nation: 'JO' });
  });

  it('reads Iraq\'s Popular Mobilisation Forces as a state body, and north-east Syria\'s autonomous administration as none', () => {
    const text = story(
      'Camp',
      'BAGHDAD, April 8 (Wire) - Parliament passed the law on Monday.',
      'The PMF\'s chairman, Jaafar al-Zubaidi, said the law ended the debate over the force.',
      'The Autonomous Administration of North and East Syria, the Kurdish-led body that runs the camp, said 300 families had left.',
    );
    expect(nationOf(text, 'ended the debate')).toMatchObject({ nation: 'IQ' });
    expect(nationOf(text, '300 families').nation).toBeNull();
  });

  it('places regional ministers and presidents, and the premiers of a country\'s states', () => {
    const text = story(
      'Reactor',
      'LIEGE, Belgium, May 2 (Wire) - Belgium extended the reactor\'s life; Germany and Italy protested.',
      'North Rhine-Westphalia’s environment minister, Dilara Yüksel, said Düsseldorf would raise the matter.',
      'The Brussels region’s environment minister, Yasmine El Amrani, said the capital region would not pay.',
      'The president of Sardinia, Giovanna Pinna, said her island would seek a similar reform.',
      'The premiers of Germany’s five eastern states said the federal government must pay more.',
    );
    expect(nationOf(text, 'raise the matter')).toMatchObject({ nation: 'DE' });
    expect(nationOf(text, 'would not pay')).toMatchObject({ nation: 'BE' });
    expect(nationOf(text, 'similar reform')).toMatchObject({ nation: 'IT' });
    expect(nationOf(text, 'must pay more')).toMatchObject({ nation: 'DE' });
  });
});

describe('a nuncio named in lower case', () => {
  it('reads "The apostolic nuncio in Colombia, Archbishop X," whole, as the Holy See\'s', () => {
    const text = story(
      'Talks',
      'MADRID, June 3 (Wire) - Talks between Colombia\'s government and a guerrilla group opened on Monday.',
      'The apostolic nuncio in Colombia, Archbishop Giancarlo Ferrante, said the Church would accompany the talks.',
    );
    const s = statementWith(text, 'accompany the talks');
    expect(s.speaker.mention?.text).toBe('The apostolic nuncio in Colombia, Archbishop Giancarlo Ferrante,');
    expect(s.speaker.nation).toBe('VA');
  });
});

describe('a pronoun after a surname used alone', () => {
  it('reads "she" as the person whose family name the passage used alone', () => {
    const text = story(
      'Election',
      'SEOUL (Wire) - Liberal opposition leader Jang Hye-rin has won South Korea\'s snap presidential election, the National Election Commission announced on Wednesday.',
      'Jang, 58, was sworn in at the National Assembly only hours later. In her inaugural address, she said she would be the president of every citizen.',
    );
    const s = statementWith(text, 'every citizen');
    expect(s.speaker.name).toBe('Jang Hye-rin');
    expect(s.speaker.nation).toBe('KR');
  });

  it('gives a government its seat’s country: "The Tripoli-based Government of National Unity"', () => {
    const text = story(
      'BENGHAZI, Libya, July 17 (Wire) — Italian Interior Minister Carlo Brandi said on Thursday that Rome would fund a joint operations room.',
      'In Rome, Palazzo Chigi said the visit did not amount to recognition.',
      'The Tripoli-based Government of National Unity said in a statement that agreements “can only be signed with the legitimate government”.',
    );
    expect(nationOf(text, 'legitimate government')).toMatchObject({ nation: 'LY', evidence: 'Tripoli' });
  });

  it('gives "the eastern-based government’s interior minister" the country named "eastern", not another interior minister’s', () => {
    const text = story(
      'Departures from eastern Libya double',
      'ATHENS, July 17 (Wire) — Italian Interior Minister Carlo Brandi said arrivals on Lampedusa had doubled.',
      '“We choose results,” Brandi told reporters.',
      'The eastern-based government’s interior minister, Salem al-Haddad, said his coast guard needed boats.',
    );
    expect(nationOf(text, 'coast guard needed boats')).toMatchObject({ nation: 'LY', evidence: 'Libya' });
  });

  it('reads "he" after "the head of state said" as the head of state', () => {
    const text = story(
      'TUNIS, Feb. 14 (Wire) - Italian Interior Minister Carlo Brandi, visiting Sfax, told local radio that Rome would fund new patrol boats.',
      'Tunisia “will not be a country of transit”, the head of state said in a speech on Thursday. He added that the country refused “to play the policeman of Europe”.',
    );
    expect(nationOf(text, 'policeman of Europe')).toMatchObject({ nation: 'TN' });
  });

  it('places a mayor on an island the story introduced with its country: "the Italian island of Lampedusa"', () => {
    const text = story(
      'BENGHAZI, Libya, July 17 (Wire) — Boats increasingly head for the Italian island of Lampedusa, officials in Benghazi said.',
      'On Lampedusa, where 3,000 people landed last week, Mayor Rosa Cuccia warned that the reception centre was full.',
    );
    expect(nationOf(text, 'reception centre was full')).toMatchObject({ nation: 'IT', evidence: 'Lampedusa' });
  });

  it('reads Koubba Palace as Egypt’s presidency', () => {
    const text = story('CAIRO, Oct. 2 (Wire) - Koubba Palace said in a statement that Egypt rejected any foreign military presence in Libya.');
    expect(nationOf(text, 'rejected any foreign')).toMatchObject({ nation: 'EG', kind: 'metonym' });
  });

  it('gives a commissioner in a story about the European Union no nation, whatever their country', () => {
    const text = story(
      'BUCHAREST, May 3 (Wire) - Romania must cut its deficit, the European Commission said on Monday.',
      'Economy Commissioner Lucia Ferran, a former Spanish finance minister, said the numbers were going the wrong way.',
      'The commissioner for budget and administration, Polish economist Marta Wierz, said the door remained open.',
      'Police Commissioner Ion Popa said the border was calm.',
    );
    expect(nationOf(text, 'the wrong way')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'door remained open')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'border was calm')).toMatchObject({ nation: 'RO' });
  });

  it('reads MEPs: a national MEP for their country, a leader of a Parliament group for none', () => {
    const text = story(
      'STRASBOURG, France (Wire) - The European Parliament on Wednesday called on EU governments to act against Hungary.',
      'The leader of the Parliament’s Socialist group, Spanish MEP Ines Calvo, said the vote sent a clear message.',
      'Romanian MEP Ciprian Dumitru abstained. Dumitru told Rhine Wire that the Parliament should look at Romania’s courts.',
    );
    expect(nationOf(text, 'a clear message')).toMatchObject({ nation: null });
    expect(statementWith(text, 'look at Romania').speaker).toMatchObject({ name: 'Ciprian Dumitru', nation: 'RO' });
  });

  it('places a party leader by the party a relative clause names, not by a body they also sit in', () => {
    const text = story(
      'SOFIA, Dec. 3 (Wire) - Austria is ready to lift its veto, the chancellor’s spokeswoman said in Vienna.',
      'Veselin Radkov, whose nationalist Bulgarian Dawn party is the second-largest in parliament, called the patrols “a national humiliation”.',
      'Petar Ivanov, who leads the opposition Homeland party and also sits in the European Parliament, called the plan “a surrender”.',
      'Among the plan’s critics was Jan Kowal, who leads Poland’s opposition Right party and heads its delegation in the European Parliament. Kowal called it “a witch-hunt”.',
    );
    expect(nationOf(text, 'national humiliation')).toMatchObject({ nation: 'BG', evidence: 'Bulgarian' });
    expect(nationOf(text, 'a surrender')).toMatchObject({ nation: 'BG' });
    expect(nationOf(text, 'a witch-hunt')).toMatchObject({ nation: 'PL' });
  });

  it('reads the European Public Prosecutor’s Office as the EU’s, and Prague Castle opening a sentence as its scene', () => {
    const text = story(
      'PRAGUE, Feb. 27 (Wire) - Hungary’s prime minister, Geza Lakos, said Brussels was using money as a weapon.',
      'The European Public Prosecutor’s Office said the change would weaken the protection of EU funds.',
      'At Prague Castle, the president’s spokesman, Ondrej Hrad, said the head of state did not share that tone.',
    );
    expect(nationOf(text, 'protection of EU funds')).toMatchObject({ nation: null });
    expect(nationOf(text, 'did not share that tone')).toMatchObject({ nation: 'CZ', evidence: 'Prague Castle' });
  });

  it('does not place a minister by a city where ministers of several countries met', () => {
    const text = story(
      'BUCHAREST, March 5 (Wire) -- The government backed the pact as EU interior ministers met in Luxembourg.',
      'In Luxembourg, Interior Minister Catalin Voinea stressed that the pact protected Romania.',
    );
    expect(nationOf(text, 'protected Romania')).toMatchObject({ nation: 'RO' });
    const sidelines = story(
      'WARSAW (Wire) — Poland’s president vetoed the bill on Monday.',
      'Justice Minister Agata Lis told reporters at a meeting of EU justice ministers in Luxembourg that the government would look for other paths.',
    );
    expect(nationOf(sidelines, 'other paths')).toMatchObject({ nation: 'PL' });
  });

  it('reads a capital’s possessive set in commas after a name as whom the name speaks for: "X, Taipei’s top representative in Washington,"', () => {
    const text = story('WASHINGTON (Wire) - Hsu Li-wen, Taipei’s top representative in Washington, said U.S. officials had been fully informed.');
    expect(nationOf(text, 'fully informed')).toMatchObject({ nation: 'TW', evidence: 'Taipei' });
  });

  it('reads "the island’s" as the island state the story named, wherever it is filed from', () => {
    const text = story(
      'GUANGZHOU, Nov. 21 (Wire) -- Guangdong unveiled 30 measures to support Taiwan-funded enterprises, Vice Governor Mai Qiang told a press conference.',
      'The island’s economic affairs authority said separately that investment on the mainland had fallen.',
    );
    expect(nationOf(text, 'investment on the mainland')).toMatchObject({ nation: 'TW' });
  });

  it('does not read the sentence’s verb after a name in commas as describing it: "…, led by X, met Taiwan’s president"', () => {
    const text = story(
      'BERLIN (Wire) — China’s foreign minister warned Germany on Monday over a Bundestag trip to Taiwan.',
      'The six lawmakers, led by opposition foreign policy spokeswoman Frieda Albrecht, met Taiwan’s president during a five-day visit.',
      'Albrecht told a newspaper that Berlin should stop apologising for talking to Taipei.',
    );
    expect(nationOf(text, 'stop apologising')).toMatchObject({ nation: 'DE' });
  });

  it('places a government by where it issued its statement, not by the body its relative clause names', () => {
    const text = story(
      'DJIBOUTI (Wire) — Leaders of the East African bloc IGAD on Sunday called on Sudan’s warring parties to agree to a ceasefire.',
      'IGAD’s executive secretary said the bloc would send envoys.',
      'The army-led government, which froze its IGAD membership last year, said in a statement issued in Port Sudan that the summit had no legitimacy.',
      'Its foreign minister, Hussein Karrar, wrote on X that Sudan would not be judged by those who host the militia.',
    );
    expect(nationOf(text, 'no legitimacy')).toMatchObject({ nation: 'SD', evidence: 'Port Sudan' });
    expect(nationOf(text, 'not be judged')).toMatchObject({ nation: 'SD' });
  });

  it('reads "him" after "an official at the Saudi Foreign Ministry told Arabian Desk" as the official, not the agency', () => {
    const text = story(
      'RIYADH, January 20. /Arabian Desk/. Saudi Arabia is ready to host talks, an official at the Saudi Foreign Ministry told Arabian Desk on Monday.',
      'According to him, the kingdom has passed messages between the parties almost daily.',
    );
    expect(statementWith(text, 'passed messages').speaker).toMatchObject({ nation: 'SA', organization: 'the Saudi Foreign Ministry' });
  });

  it('gives "the paramilitary’s spokesman" no nation, and Shastri Bhawan to India', () => {
    const text = story(
      'JUBA, Nov 20 (Wire) - In Port Sudan, Sudan’s energy ministry said the rupture had been caused by the Rapid Support Forces.',
      'The paramilitary’s spokesman, Musab Adam, denied that its fighters were near the pipeline.',
      'Officials at Shastri Bhawan, which houses the petroleum ministry, said the contract allowed resales.',
    );
    expect(nationOf(text, 'near the pipeline')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'allowed resales')).toMatchObject({ nation: 'IN', kind: 'metonym' });
  });

  it('gives "His host" the country where the visitor who spoke last was', () => {
    const text = story(
      'CUCUTA, Colombia (Wire) — The mayor of this border city said the shelters were full.',
      'In Bogotá, Venezuela’s foreign minister, Ramón Arce, who arrived on Wednesday for talks, said both governments would set up a joint registry.',
      'His host, Foreign Minister Luisa Ariza, insisted that Colombia would keep the border open.',
    );
    expect(nationOf(text, 'keep the border open')).toMatchObject({ nation: 'CO', evidence: 'Bogotá' });
  });

  it('gives a business chamber and a retired officer heading a think tank no nation', () => {
    const text = story(
      'LA PAZ (Wire) - The Bolivian Heavy Cargo Chamber said losses exceeded 5 million dollars a day.',
      'Retired Rear Admiral Haluk Tezcan, director of the Istanbul-based Blue Homeland Strategy Centre, said the thaw had reached its limits.',
    );
    expect(nationOf(text, 'losses exceeded')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'reached its limits')).toMatchObject({ nation: null, kind: 'organization' });
  });

  it('reads the People’s Majlis as the Maldives’ parliament, not Iran’s', () => {
    const text = story('MALE, Maldives (Wire) – Mariyam Zuhana, an opposition member of the People’s Majlis, said the government had not disclosed the cost.');
    expect(nationOf(text, 'not disclosed the cost')).toMatchObject({ nation: 'MV' });
  });

  it('reads "The envoy, X, a former Colombian deputy foreign minister," as the UN envoy who spoke before', () => {
    const text = story(
      'GENEVA (Wire) — The United Nations’ personal envoy on Cyprus said on Friday that there was a small window for talks.',
      'The envoy, Lucía Restrepo, a former Colombian deputy foreign minister, told reporters that the participants would meet again.',
    );
    expect(statementWith(text, 'small window').speaker.mention?.text).toBe('The United Nations’ personal envoy on Cyprus');
    expect(statementWith(text, 'meet again').speaker).toMatchObject({ name: 'Lucía Restrepo', nation: null });
  });

  it('places a visitor who tells what their own country has asked for, and not by a summit’s city even when filed from it', () => {
    const text = story(
      'DHAKA, March 28 (Wire) - Bangladesh has asked China for 2 billion dollars in loans, the interim government’s Foreign Affairs Adviser Shafiq Bhuiyan said in Beijing on Thursday.',
    );
    expect(nationOf(text, 'asked China')).toMatchObject({ nation: 'BD' });
    const summit = story(
      'LISBON, July 10 (Wire) — The leaders of Türkiye and Greece met on the sidelines of the NATO summit in Lisbon on Wednesday.',
      'The Presidential Complex in Ankara said in a readout that the meeting had been sincere.',
      'Chief presidential adviser Ilker Demir told reporters in Lisbon that a council would meet in Ankara in the autumn.',
    );
    expect(nationOf(summit, 'council would meet')).toMatchObject({ nation: 'TR' });
  });

  it('reads "his counterpart" as an office: "His Kharkiv counterpart, X, whose city …" is placed, and so is X later', () => {
    const text = story(
      'ROME, July 10 (Wire) - Kyiv Mayor Oleh Bondar told the donors’ session that the capital needed new shelters.',
      'His Kharkiv counterpart, Ihor Tkach, whose city lies 30 kilometres from the border, told the session that 40 schools now teach underground.',
      'Tkach later wrote on Telegram that he had signed a memorandum with a Spanish firm.',
    );
    expect(nationOf(text, 'teach underground')).toMatchObject({ nation: 'UA' });
    expect(nationOf(text, 'signed a memorandum')).toMatchObject({ nation: 'UA' });
  });

  it('does not place an exiled opposition leader where they live or speak from', () => {
    const text = story(
      'LIBREVILLE (Wire) — Gabon will hold legislative elections on Sept. 27, the presidency announced.',
      'Speaking in Paris, where he has lived since 2021, opposition leader Jean-Remy Moussa said the date suited the generals.',
      'From Paris, exiled opposition leader Yaya Kodi said the truce changed nothing for the prisoners held in N’Djamena.',
    );
    expect(nationOf(text, 'suited the generals')).toMatchObject({ nation: 'GA' });
    expect(nationOf(text, 'changed nothing')).toMatchObject({ nation: 'TD' });
  });

  it('places a minister by the country whose plans they state, and not by a place of what happened before', () => {
    const text = story(
      'BRAZZAVILLE, Dec. 3 (Wire) -- The Republic of the Congo will use this year’s oil revenues to pay arrears, Finance Minister Arsene Loubaki said on Tuesday in Paris.',
      'N’DJAMENA, Jan. 28 (Wire) – Chad has signed no agreement for Russian instructors, the government spokesman said on Tuesday, days after reports in Moscow of a deployment.',
    );
    expect(nationOf(text, 'pay arrears')).toMatchObject({ nation: 'CG' });
    expect(nationOf(text, 'no agreement')).toMatchObject({ nation: 'TD' });
  });

  it('reads a prefect as a state office, and an office of a rebel front spelled out before its acronym as no nation’s', () => {
    const text = story(
      'ADDIS ABABA, June 17 (Wire) - Chad’s government and the rebel Front for Renewal and Concord in Chad (FRCT) have agreed to a truce, the foreign minister said.',
      'FRCT spokesman Kellou Togoi told the agency that the group’s fighters would keep their positions.',
      'ADRE, Chad (Wire) - The prefect of Assoungha department, Abdelkerim Tahir, said new arrivals had reached 1,800 a day. The prefect added that trucks were taking days to arrive.',
    );
    expect(nationOf(text, 'keep their positions')).toMatchObject({ nation: null, kind: 'organization' });
    expect(nationOf(text, 'trucks were taking')).toMatchObject({ nation: 'TD' });
  });

  it('gives an office of a body named by an acronym the nation of the body the story spelled out, but not a UN spokesperson', () => {
    const text = story(
      'SEOUL/TOKYO, March 4 (Wire) - North Korea fired a ballistic missile into the sea on Tuesday, South Korea’s military said.',
      'The Joint Chiefs of Staff said the missile flew about 1,000 km.',
      '"North Korea’s reckless provocations will only deepen its isolation," JCS spokesman Col. Park Min-ho told a briefing.',
      'Russia’s ambassador to the United Nations, Ivan Sokolov, called the launch a matter for Pyongyang alone.',
      'A UN spokesperson said the secretary-general was following the situation closely.',
    );
    expect(nationOf(text, 'deepen its isolation')).toMatchObject({ nation: 'KR', kind: 'earlier-mention' });
    expect(nationOf(text, 'following the situation')).toMatchObject({ nation: null });
  });

  it('gives "the service’s director" and "the institute’s director" the state body the story named, also when named later', () => {
    const text = story(
      'PANAMA CITY, Sept. 4 (Wire) -- More than 38,000 migrants crossed the Darién in August, Panama’s National Migration Service said.',
      'The service’s director, Rogelio Batista, noted that most of the migrants were Venezuelans.',
      'GUATEMALA CITY (Wire) - Guatemala received 14 deportation flights this week, the Guatemalan Migration Institute said on Thursday.',
      '“We receive every flight with dignity,” the institute’s director, Estuardo Batres, told reporters.',
      'Batres said many of the deportees had lived in the United States for decades.',
    );
    expect(nationOf(text, 'most of the migrants')).toMatchObject({ nation: 'PA' });
    expect(nationOf(text, 'every flight')).toMatchObject({ nation: 'GT' });
    expect(nationOf(text, 'lived in the United States')).toMatchObject({ nation: 'GT' });
  });

  it('reads an independent deputy as a legislator, and the commander of an X-led mission as the mission’s', () => {
    const text = story(
      'PANAMA CITY (Wire) — The canal will cut daily transits, its administrator said.',
      'Independent deputy Itzel Guerra called the plan “a solution designed in an air-conditioned office”.',
      'The commander of the Kenyan-led mission, Kenyan police officer Godfrey Wanyama, said his units had retaken the road.',
    );
    expect(nationOf(text, 'air-conditioned office')).toMatchObject({ nation: 'PA' });
    expect(nationOf(text, 'retaken the road')).toMatchObject({ nation: null });
  });

  it('gives a national leading what an international body does the body’s (no) nation, not one leading their own delegation', () => {
    const text = story(
      'BRUSSELS (Wire) - Belgrade and Pristina held nine hours of talks on Monday.',
      '“Nobody walked out,” Tomas Hruby, a Czech diplomat who has led the EU mediation since last year, told reporters.',
      'Li Wei, a Chinese diplomat who leads the Chinese delegation to the UN talks, said progress was slow.',
    );
    expect(nationOf(text, 'Nobody walked out')).toMatchObject({ nation: null, kind: 'organization', evidence: 'EU' });
    expect(nationOf(text, 'progress was slow')).toMatchObject({ nation: 'CN' });
  });
});

describe('state regulators, builders and civic bodies', () => {
  it('gives the regulator’s chief executive the nation of the state regulator named before', () => {
    const text = story(
      'ACCRA, Oct 1 (Wire) - Ghana will pay more for cocoa this season, state regulator Cocobod said.',
      'The regulator’s chief executive, Kwame Boateng, told reporters that smugglers would be prosecuted.',
      '“That ends now,” Boateng said.',
    );
    expect(nationOf(text, 'smugglers would be prosecuted')).toMatchObject({ nation: 'GH' });
    expect(nationOf(text, 'That ends now')).toMatchObject({ nation: 'GH' });
  });

  it('reads a builder or contractor, a dissident group, a farmers’ league and a civic assembly as speaking for no nation', () => {
    const text = story(
      'SEOUL, April 9 (Wire) -- South Korea will lend Ghana $650 million for a railway, the land ministry said.',
      'Kim Do-yun, a vice president at South Korean builder Hanbit E&C, said survey teams had arrived.',
      'A commander of the Frente Andino dissident group said his fighters would not attack the workers.',
      'Ion Radu, head of the Dobrogea Farmers’ League, said growers had sold their wheat at a loss.',
      'The Oruro Civic Assembly called the agreement “a sell-off”.',
    );
    expect(nationOf(text, 'survey teams')).toMatchObject({ nation: null });
    expect(nationOf(text, 'his fighters')).toMatchObject({ nation: null });
    expect(nationOf(text, 'sold their wheat')).toMatchObject({ nation: null });
    expect(nationOf(text, 'a sell-off')).toMatchObject({ nation: null });
  });
});

describe('the home desk’s office holders abroad, and envoys in the host country', () => {
  it('keeps a title-only holder the dateline’s where they speak abroad, and a headline’s dash names no owner', () => {
    const text = story(
      'Russia to build a port in Myanmar’s Dawei - Deputy Prime Minister',
      'MOSCOW, November 12. /Neva-Press/. Russia and Myanmar have signed an agreement on a deep-sea port, Deputy Prime Minister Arkady Belov told reporters in Naypyitaw on Tuesday.',
      'The general contractor will be the St. Petersburg-based company Morstroy. Its general director, Igor Pankov, told Neva-Press that engineers had arrived.',
    );
    expect(nationOf(text, 'deep-sea port')).toMatchObject({ nation: 'RU' });
    expect(nationOf(text, 'engineers had arrived')).toMatchObject({ nation: null });
    // What was said does not open with the home country: the place where the minister spoke tells.
    const sugar = story(
      'WASHINGTON, Oct. 3 (Wire) — The United States will cut its raw sugar quota, the Agriculture Department said on Thursday.',
      'Agriculture Minister Fernando Rivas said in Santo Domingo that Dominican mills had spent heavily to meet U.S. labour standards.',
    );
    expect(nationOf(sugar, 'Dominican mills')).toMatchObject({ nation: 'DO', evidence: 'Santo Domingo' });
  });

  it('places the host’s office holders after a foreign envoy spoke by the dateline, not by the country opening the envoy’s words', () => {
    const text = story(
      'BEIRUT, October 2. /Volga-Press/. Russia is ready to help refugees return home, Russian Ambassador to Lebanon Andrei Volkov told Volga-Press on Wednesday.',
      '“Russia is ready to act as a guarantor,” the ambassador said.',
      'The General Security directorate said that 4,200 people had returned since January.',
      'Social Affairs Minister Nabil Khoury said that Lebanon “can no longer carry this burden alone”.',
    );
    expect(nationOf(text, 'act as a guarantor')).toMatchObject({ nation: 'RU' });
    expect(nationOf(text, '4,200 people')).toMatchObject({ nation: 'LB' });
    expect(nationOf(text, 'carry this burden')).toMatchObject({ nation: 'LB' });
  });
});

describe('what the reported clause and its relays tell', () => {
  it('reads the capital opening what was said past a relative clause, and an abbreviation inside an "according to" source', () => {
    const text = story(
      'SEOUL, June 3 (Wire) -- Iran closed its airspace on Monday, Iran’s Civil Aviation Organization said.',
      'A foreign ministry official, who asked not to be named, said Seoul had also contacted Tehran about two tankers.',
      'According to the U.S. Department of Justice, Cedeño faces charges in Florida.',
    );
    expect(nationOf(text, 'contacted Tehran')).toMatchObject({ nation: 'KR', evidence: 'Seoul' });
    expect(statementWith(text, 'faces charges').speaker).toMatchObject({ mention: { text: 'the U.S. Department of Justice' }, nation: 'US' });
  });
});

describe('a country that brokered what another did', () => {
  it('gives the statement to the broker the story is filed from, not to the country that acted', () => {
    const text = story(
      'MUSCAT, Nov. 12 (Wire) – Iran has released the 21 crew members of a tanker following mediation by the Sultanate of Oman, the Foreign Ministry announced on Tuesday.',
    );
    expect(nationOf(text, 'released the 21 crew')).toMatchObject({ nation: 'OM' });
    const home = story('TEHRAN, Nov. 12 (Wire) – Iran has released the 21 crew members of a tanker following mediation by the Sultanate of Oman, the Foreign Ministry announced on Tuesday.');
    expect(nationOf(home, 'released the 21 crew')).toMatchObject({ nation: 'IR' });
  });
});

describe('places and portfolios inside a speaker’s phrase', () => {
  it('places officials in a province the story’s country has, and reads a portfolio after "Minister of" as no part of the name', () => {
    const text = story(
      'HANOI, May 2 (Wire) - Vietnam’s Mekong Delta is short of fresh water, the ADB said.',
      'In Vientiane, an Energy and Mines Ministry spokesman said Lao dams “do not store water for long.”',
      'Officials in Ca Mau province said more than 60,000 hectares of rice had been damaged.',
      'The delegation was led by Niger’s Minister of Equipment Moussa Garba Tahirou. “This railway is a bridge,” Tahirou said.',
    );
    expect(nationOf(text, '60,000 hectares')).toMatchObject({ nation: 'VN', evidence: 'Ca Mau' });
    expect(statementWith(text, 'a bridge').speaker).toMatchObject({ name: 'Moussa Garba Tahirou', nation: 'NE' });
  });
});

describe('provincial offices', () => {
  it('reads a director in a province as a state office, placed by the national agency that quotes them', () => {
    const text = story(
      'MUSCAT, Nov. 12 (Wire) – Iran has released the crew of a tanker following mediation by the Sultanate of Oman, the Foreign Ministry announced.',
      'Iran’s Kavir news agency quoted the director of ports in Hormozgan province, Mohsen Karimi, as saying that the sailors were handed over at Bandar Abbas.',
    );
    expect(nationOf(text, 'handed over')).toMatchObject({ nation: 'IR' });
  });
});

describe('what the speaker’s own clauses say of them', () => {
  it('reads whom a relative clause says an envoy represented, and a participle’s speaker by the capital opening the clause after "said"', () => {
    const text = story(
      'RABAT, May 2 (Wire) - Morocco opened the second phase of its desert solar plant on Tuesday.',
      'In Madrid, the Ministry for the Ecological Transition said the studies for a new cable would end in December.',
      'Ambassador Gao Wen, who represented Beijing at the ceremony, said Chinese companies had supplied most of the panels.',
      'Noting that some companies had waited 60 days for licences, Trade Minister Hiroshi Kanemura said Tokyo would raise the issue at an APEC meeting in Lima next month.',
    );
    expect(nationOf(text, 'supplied most of the panels')).toMatchObject({ nation: 'CN', evidence: 'Beijing' });
    expect(nationOf(text, 'waited 60 days')).toMatchObject({ nation: 'JP', evidence: 'Tokyo' });
    expect(nationOf(text, 'raise the issue')).toMatchObject({ nation: 'JP', evidence: 'Tokyo' });
  });
});

describe('a mission “its” gives to a country', () => {
  it('reads “its High Commission in Port Moresby” as the mission of the country opening what it said', () => {
    const text = story(
      'PORT MORESBY, June 3 (Wire) - Papua New Guinea votes later this month.',
      'Australia, which paid for an update of the electoral roll, will deploy 40 observers, its High Commission in Port Moresby said.',
    );
    expect(nationOf(text, 'deploy 40 observers')).toMatchObject({ nation: 'AU', evidence: 'Australia' });
  });
});

describe('regions, seats and fishers', () => {
  it('places authorities in an autonomous region, reads Castille as Malta’s seat of government, and a fisherfolk alliance as no state’s', () => {
    const text = story(
      'ULAANBAATAR, May 2 (Wire) - Mongolia opened a railway to China, its transport ministry said.',
      'Authorities in the Inner Mongolia Autonomous Region, where the border port is located, said the Chinese section was 90 percent complete.',
      'Castille said Malta had “fully respected” its obligations.',
      'Curtis Allen, president of the Tobago Fisherfolk Alliance, said nobody had asked the fishermen what they needed.',
    );
    expect(nationOf(text, '90 percent complete')).toMatchObject({ nation: 'CN', evidence: 'Inner Mongolia' });
    expect(nationOf(text, 'fully respected')).toMatchObject({ nation: 'MT', kind: 'metonym' });
    expect(nationOf(text, 'nobody had asked')).toMatchObject({ nation: null });
  });
});

describe('bodies of two kinds with one portfolio', () => {
  it('does not take the Department of Foreign Affairs for the ministry whose spokeswoman spoke before', () => {
    const text = story(
      'HANOI, Feb. 20 (Wire) – Viet Nam has asked the Philippines to release 11 fishermen, Spokeswoman of the Ministry of Foreign Affairs Nguyen Thu Lan said on Thursday.',
      'In Manila, the navy said the boats had been fishing illegally.',
      'The Department of Foreign Affairs said the fishermen were in good health.',
    );
    expect(statementWith(text, 'good health').speaker).toMatchObject({ name: 'Department of Foreign Affairs', nation: 'PH' });
  });
});

describe('names after a destination, family names first, and home treasuries', () => {
  it('reads the name after "Ambassador to Zambia", a family name that is also a particle, "The Hague" and a London Treasury', () => {
    const text = story(
      'LUSAKA, May 2 (Wire) - Zambia exported more copper this year, the mines ministry said.',
      'Chinese Ambassador to Zambia Du Xiaohui said that Chinese mines had created 30,000 jobs.',
      'Noting that China built the railway, Du said the upgraded line would cut costs.',
    );
    expect(statementWith(text, '30,000 jobs').speaker).toMatchObject({ name: 'Du Xiaohui', nation: 'CN' });
    expect(statementWith(text, 'cut costs').speaker).toMatchObject({ name: 'Du Xiaohui', nation: 'CN' });
    const london = story(
      'LONDON (Wire) — Britain cleared two Gulf funds to buy a stake in a water company.',
      'A Treasury official said the funds had agreed not to raise their stakes.',
      'The Hague said it would not be pressured into rewriting European law.',
    );
    expect(nationOf(london, 'raise their stakes')).toMatchObject({ nation: 'GB' });
    expect(nationOf(london, 'rewriting European law')).toMatchObject({ nation: 'NL', kind: 'metonym' });
  });
});

describe('a government opening what its minister said', () => {
  it('reads "The Zambian government will …" before the office another country’s minister held, and a smelter’s general manager as no state’s', () => {
    const text = story(
      'HARARE, Jan 20 (Wire) - Zimbabwe will import maize from Zambia, Zimbabwe’s Agriculture Minister Tafara Moyo said.',
      'The Zambian government will keep its ban on maize exports until May, Agriculture Minister Mulenga Banda told lawmakers on Tuesday.',
      'Li Wenbo, general manager of the Chinese-owned Jinlu Copper smelter in Chambishi, said the company planned to raise output.',
    );
    expect(nationOf(text, 'keep its ban')).toMatchObject({ nation: 'ZM', evidence: 'Zambian' });
    expect(nationOf(text, 'raise output')).toMatchObject({ nation: null });
  });
});

describe('a head of government after a clause’s ", and"', () => {
  it('does not read the body the clause before names as the head of government’s', () => {
    const text = story(
      'Montenegro closes three more EU chapters',
      'BRUSSELS/PODGORICA, March 12 (Wire) - Montenegro closed three more chapters of its European Union accession talks on Tuesday, and Prime Minister Andrija Vukic, speaking after a conference in Brussels, said his government would finish the talks next year.',
      '“We are not asking for a shortcut,” Vukic told reporters.',
    );
    expect(nationOf(text, 'finish the talks')).toMatchObject({ nation: 'ME' });
    expect(nationOf(text, 'not asking for a shortcut')).toMatchObject({ nation: 'ME' });
  });
});

describe('a minister quoted by a national agency, in the passive', () => {
  it('gives the holder the agency’s nation', () => {
    const text = story(
      'KUALA LUMPUR, Aug 14 (Wire) -- No Malaysians have been hurt in the wildfire near Athens, Wisma Putra said today.',
      'Civil Protection Minister Nikos Theodorou was quoted by the Greek news agency Aegean Press as saying that 3,000 homes had been evacuated.',
    );
    expect(nationOf(text, '3,000 homes')).toMatchObject({ nation: 'GR', evidence: 'Greek' });
  });
});

describe('"the country’s" minister after what the country did', () => {
  it('reads the minister as the country’s, not as the companies the content names', () => {
    const text = story(
      'MOSCOW, October 14. /Volga-Inform/. Equatorial Guinea has invited Russian oil companies to take part in its new licensing round, the country’s Minister of Mines and Hydrocarbons Crisantos Mba Nchama said at an energy forum in Moscow on Tuesday.',
      '“Equatorial Guinea is open to all partners,” Mba Nchama said.',
    );
    expect(nationOf(text, 'licensing round')).toMatchObject({ nation: 'GQ' });
    expect(nationOf(text, 'open to all partners')).toMatchObject({ nation: 'GQ' });
  });
});

describe('a clause before a titled holder', () => {
  it('does not describe the holder by what the clause before the comma names', () => {
    const text = story(
      'LA PAZ, Feb. 3 (Wire) – Bolivia has formally asked the International Monetary Fund for a program to ease a shortage of dollars and fuel, Economy Minister Germán Quispe announced on Monday.',
      '“We are not going to the Fund with our hands up,” Quispe said.',
    );
    expect(nationOf(text, 'hands up')).toMatchObject({ nation: 'BO' });
  });
});

describe('prisons and weather services', () => {
  it('reads a prisons director and the national weather service as state offices', () => {
    const prison = story(
      'SAN JOSE, Costa Rica, May 2 (Wire) - Costa Rica will build a prison modelled on El Salvador’s.',
      'In San Salvador, Prisons director Rigoberto Salas said the prison had recorded no escape.',
    );
    const smoke = story('MENDOZA, Argentina, May 2 (Wire) - Smoke from Chilean fires reached Mendoza.', 'The national weather service said the wind would turn to the south by Tuesday.');
    expect(nationOf(prison, 'no escape')).toMatchObject({ nation: 'SV' });
    expect(nationOf(smoke, 'wind would turn')).toMatchObject({ nation: 'AR' });
  });
});

describe('a seat of government opening the sentence', () => {
  it('places a minister named by title after "In The Hague,", as after a capital', () => {
    const text = story(
      'DOHA/BERLIN, March 4 (Wire) - Qatar will supply gas to German utilities for 20 years, the Qatari energy ministry said.',
      'In The Hague, Energy Minister Sanne Dijkstra told parliament that the Netherlands had no plans for a similar contract.',
    );
    expect(nationOf(text, 'no plans')).toMatchObject({ nation: 'NL', evidence: 'The Hague' });
  });
});

describe('a body named by its kind after what it said', () => {
  it('is the body opening what it said, of that body’s nation; an international one keeps none', () => {
    const state = story('SEOUL, Oct. 2 (Wire) -- South Korea’s state arms procurement agency signed a contract with Poland on Thursday to supply missile systems, the agency said.');
    const body = story('GENEVA, Oct. 2 (Wire) - The U.N. refugee agency opened two camps in Chad on Thursday, the agency said.');
    expect(nationOf(state, 'signed a contract')).toMatchObject({ nation: 'KR', evidence: 'South Korea' });
    expect(nationOf(body, 'opened two camps')).toMatchObject({ nation: null });
  });
});

describe('the president of the General Assembly', () => {
  it('speaks for the assembly, whatever nationality the apposition gives', () => {
    const text = story(
      'UNITED NATIONS, United States (Wire) — The UN General Assembly on Tuesday adopted a resolution.',
      'The president of the General Assembly, Senegalese diplomat Mamadou Ndiaye-Fall, said the vote showed a divided membership.',
    );
    expect(nationOf(text, 'divided membership')).toMatchObject({ nation: null, evidence: 'General Assembly' });
  });
});

describe('a participle explaining a country’s stand', () => {
  it('gives the speaker after "Explaining China’s abstention," that country, not the one that spoke before', () => {
    const text = story(
      'UNITED NATIONS, United States (Wire) — The UN General Assembly on Tuesday adopted a resolution.',
      'In Moscow, the Kremlin said the vote "changes nothing on the ground".',
      'Explaining China’s abstention, deputy permanent representative Dai Bingchen said the text did not address the concerns of all parties.',
    );
    expect(nationOf(text, 'did not address')).toMatchObject({ nation: 'CN', evidence: 'China' });
  });
});

describe('a sentence opening on a new topic', () => {
  it('leaves the scene set by "In Moscow," before it to a title holder of the story’s own country', () => {
    const text = story(
      'New Delhi, Jan 15 (IPN) India on Monday said it supports all efforts towards peace in Ukraine.',
      'In Moscow, Foreign Ministry spokeswoman Yelena Zharova said a plan drawn up in Kyiv could not be the basis for talks.',
      'On fertilisers, Chemicals and Fertilisers Minister Suresh Rao told IPN that India had signed a three-year agreement with Russian suppliers.',
    );
    expect(nationOf(text, 'three-year agreement')).toMatchObject({ nation: 'IN' });
  });
});

describe('two countries opening a headline together', () => {
  it('are neither’s voice: a minister named after them is placed by the dateline', () => {
    const text = story(
      'India, Iran sign 10-year deal on Chabahar port terminal',
      'TEHRAN, April 8. /Caspian-Press/. India and Iran have signed a 10-year agreement on the port of Chabahar, Minister of Roads and Urban Development Hamid Rezaei said on Tuesday.',
    );
    expect(nationOf(text, 'port of Chabahar')).toMatchObject({ nation: 'IR' });
  });
});

describe('an unnamed office holder at an international body', () => {
  it('speaks for the body that opens the sentence ("At the United Nations, a spokesperson …"), not the government before', () => {
    const text = story(
      'NEW DELHI, June 16 (Wire) - Indian and Chinese troops clashed in Ladakh.',
      'The State Department urged both countries to use “existing mechanisms” to settle the dispute.',
      'At the United Nations, a spokesperson for the secretary-general said he was “closely following” the situation.',
    );
    expect(nationOf(text, 'closely following')).toMatchObject({ nation: null, evidence: 'United Nations' });
  });
});

describe('a body of operators', () => {
  it('speaks for its trade, not for the city in its name', () => {
    const text = story(
      'DHAKA, May 3 (Wire) - India suspended tourist visas for Bangladeshis.',
      'Md Shahidul Islam, president of the Dhaka Tour Operators Forum, called the suspension "a blow to small businesses."',
    );
    expect(nationOf(text, 'a blow')).toMatchObject({ nation: null });
  });
});

describe('what a venue opening the sentence once was', () => {
  it('belongs to the venue, not to the office holder after it', () => {
    const text = story(
      'DAKAR, July 17 (Wire) – France handed over its last military base in Senegal on Thursday, the Senegalese army said.',
      'At a ceremony at Camp Geille, once the headquarters of French forces in West Africa, army spokesman Colonel Ibrahima Sarr said the handover “closes a chapter, not a friendship”.',
    );
    expect(nationOf(text, 'closes a chapter')).toMatchObject({ nation: 'SN' });
  });
});

describe('the head of an international body named in a relative clause or by its acronym', () => {
  it('speaks for the body, whatever nationality the apposition gives', () => {
    const iaea = story('VIENNA, June 2 (Wire) - Inspectors will return to Fordow.', 'Lennart Åberg, a Swedish diplomat who took over the IAEA in 2023, told the board that Tehran had agreed to let inspectors in.');
    const aes = story('NIAMEY, June 2 (Wire) - The three juntas met.', 'The secretary-general of the AES, Burkinabe diplomat Hamadou Zongo, said the exit was irreversible.');
    const state = story('ABU DHABI, June 2 (Wire) - The talks ended.', 'The foreign minister of the UAE, Emirati diplomat Saeed Al-Nuaimi, said the talks went well.');
    expect(nationOf(iaea, 'let inspectors in')).toMatchObject({ nation: null, evidence: 'IAEA' });
    expect(nationOf(aes, 'irreversible')).toMatchObject({ nation: null, evidence: 'AES' });
    expect(nationOf(state, 'went well')).toMatchObject({ nation: 'AE' });
  });

  it('but not the head of a country’s delegation sent to the body, while the head of the body’s mission to a country speaks for the body', () => {
    const envoy = story(
      'LONDON, June 2 (Wire) - The IMO council met on shipping in the Red Sea.',
      'Egypt’s ambassador in London, Hazem Abdel-Rahman, who heads his country’s delegation to the IMO, said no country could secure the sea alone.',
    );
    const mission = story('PORT-AU-PRINCE, June 2 (Wire) - Gangs blocked the port.', 'Lena Dahl, a Swedish diplomat who heads the UN mission to Haiti, said the blockade was tightening.');
    expect(nationOf(envoy, 'secure the sea')).toMatchObject({ nation: 'EG' });
    expect(nationOf(mission, 'blockade was tightening')).toMatchObject({ nation: null, evidence: 'UN' });
  });
});

describe('one a visitor met where they went', () => {
  it('is of the place visited, not of the country that spoke before', () => {
    const text = story(
      'BEIRUT, May 2 (Wire) - U.S. envoy Tom Pierce met Lebanese leaders on Tuesday.',
      'The Lebanese army said its units had deployed along the border.',
      'Pierce then traveled to Damascus, where he met Foreign Minister Walid Haidar. The official Sham Press news agency quoted Haidar as saying that Syria had no ambitions in Lebanon.',
    );
    expect(nationOf(text, 'no ambitions')).toMatchObject({ nation: 'SY', evidence: 'Damascus' });
  });
});

describe('an airline named after its trade', () => {
  it('speaks for no nation ("the private Iraqi carrier Sumer Wings"), unlike a state carrier', () => {
    const text = story('AMMAN, May 2 (Wire) - Iraq reopened its airspace.', 'In Amman, Jordan said flights would resume.', 'A spokesman for the private Iraqi carrier Sumer Wings said the airline would resume flights to Istanbul.');
    expect(nationOf(text, 'flights to Istanbul')).toMatchObject({ nation: null, evidence: 'carrier' });
  });
});

describe('a dateline in the sentence that names a visitor', () => {
  it('describes no one: "Seoul, Sept 6 (IPN) U.S. President X" is the U.S. president', () => {
    const text = story(
      'US, SOUTH KOREA PLEDGE "IRONCLAD" DETERRENCE',
      'Seoul, Sept 6 (IPN) U.S. President Thomas Whitaker and South Korean President Seo Min-jae agreed at a summit in Seoul on Friday to expand joint exercises.',
      'Whitaker told a joint news conference that Washington’s commitment was "ironclad and unshakeable".',
    );
    expect(nationOf(text, 'ironclad and unshakeable')).toMatchObject({ nation: 'US' });
  });
});

describe('a list of capitals in the opening phrase', () => {
  it('belongs to the opening, so the title holder after it keeps the country written before the title', () => {
    const text = story(
      'UNITED NATIONS (Wire) — The United States, Japan and South Korea pressed the Security Council on Monday.',
      'At an emergency meeting requested by Washington, Tokyo and Seoul, U.S. Deputy Ambassador Gregory Alcott said the rocket had used missile technology.',
    );
    expect(nationOf(text, 'missile technology')).toMatchObject({ nation: 'US', evidence: 'U.S.' });
  });
});

describe('a country joined by a hyphen opening what was said', () => {
  it('describes the ship, so the ministry spokesman after it is not that country’s', () => {
    const text = story(
      'SEOUL/TOKYO, March 12 (Wire) - South Korea’s coast guard has seized a cargo ship carrying artillery shells, the foreign ministry in Seoul said on Wednesday.',
      'The Sierra Leone-flagged Dawn Mariner left the North Korean port of Rajin last week and was stopped south of Jeju island on Monday, ministry spokesman Park Jun-seok told a briefing.',
    );
    expect(nationOf(text, 'Dawn Mariner')).toMatchObject({ nation: 'KR' });
  });
});

describe('two leaders named together after "attended by"', () => {
  it('are two people when a nationality opens the second title', () => {
    const text = story(
      'SEOUL, May 27 (Wire) -- Chinese Premier Zhou Heping said here on Monday that China is ready to work with Japan.',
      'Zhou made the remarks at the leaders meeting, which was also attended by ROK President Seo Min-jae and Japanese Prime Minister Ryo Kitagawa.',
      'Kitagawa said Japan attaches great importance to its relations.',
    );
    expect(nationOf(text, 'great importance')).toMatchObject({ nation: 'JP' });
  });
});

describe('a pronoun after an unnamed official', () => {
  it('is the official who just spoke, when no one was named since', () => {
    const text = story(
      'SEOUL, May 2 (Wire) - A North Korean soldier defected.',
      'The soldier walked across the border at around 6:10 a.m., a JCS official told reporters on condition of anonymity.',
      '"He expressed his wish to defect as soon as our soldiers approached him," the official said. The man was unarmed and in good health, he added.',
    );
    expect(nationOf(text, 'unarmed')).toMatchObject({ nation: 'KR' });
  });
});

describe('datelines on a line of their own, openings "Without …", aides and briefings', () => {
  it('places the speakers these shapes leave to the dateline, the opening or the briefing', () => {
    const line = story(
      'Azerbaijan, Iran agree roadmap for full normalization of relations',
      'Baku, November 12, Xazar Info',
      'Iran’s state news agency Dena quoted Foreign Minister Hossein Abtahi as saying that the era of misunderstandings was over.',
      'Presidential aide Elchin Garayev told journalists that the normalization "serves the interests of the whole region".',
    );
    const without = story(
      'ASTANA, May 2 (Wire) - Kazakhstan pumped above its quota.',
      'Without naming Kazakhstan, Russia’s Deputy Prime Minister Konstantin Borodin told reporters that all members must respect the decision.',
    );
    const briefing = story(
      'BAGHDAD, May 2 (Wire) - Iraq will import Turkmen gas through Iran.',
      'Foreign Ministry spokesman Reza Gharavi, speaking at a weekly press briefing in Tehran, said the swap was a commercial arrangement.',
    );
    expect(nationOf(line, 'whole region')).toMatchObject({ nation: 'AZ' });
    expect(nationOf(without, 'respect the decision')).toMatchObject({ nation: 'RU' });
    expect(nationOf(briefing, 'commercial arrangement')).toMatchObject({ nation: 'IR', evidence: 'Tehran' });
  });
});

describe('a government that spoke just before and an office met further back', () => {
  it('gives a minister named by title the government of the sentence before, not a ministry that shares a word of the title', () => {
    const text = story(
      'RIYADH, June 2 (Wire) - OPEC+ will extend its output cuts, Saudi Arabia’s energy ministry said on Sunday.',
      'Russia’s deputy prime minister said Moscow would comply.',
      'Oman, which is not an OPEC member but takes part in the cuts, said it would keep its output at the reduced level. "We also have a budget to fund," Energy and Minerals Minister Salim Al-Harthy told state television.',
    );
    expect(nationOf(text, 'budget to fund')).toMatchObject({ nation: 'OM' });
  });
});

describe('a surname that is also a company’s name, and the Joint Chiefs of Staff', () => {
  it('keeps "Japan’s ambassador, Takeshi Nomura," Japan’s, and places the Joint Chiefs of Staff in Seoul', () => {
    const envoy = story('UNITED NATIONS (Wire) - The council met on Monday.', 'Japan’s ambassador, Takeshi Nomura, said the missile had flown over busy waters.');
    const chiefs = story(
      'BEIJING, July 25 (Wire) - Chinese and Russian bombers flew a joint patrol.',
      'Chief Cabinet Secretary Ryota Kamiya said Tokyo had conveyed grave concerns.',
      'The Joint Chiefs of Staff in Seoul said six aircraft had entered the air defense zone.',
    );
    expect(nationOf(envoy, 'busy waters')).toMatchObject({ nation: 'JP', evidence: 'Japan' });
    expect(nationOf(chiefs, 'air defense zone')).toMatchObject({ nation: 'KR', evidence: 'Seoul' });
  });
});

describe('a league named by its kind', () => {
  it('is the league the story named, of no nation', () => {
    const text = story(
      'CAIRO, May 2 (Wire) - Yemen’s government urged action over the Red Sea attacks.',
      'The Arab League’s secretary-general, former Tunisian foreign minister Moncef Belhaj, called the attacks “a direct threat”.',
      'In its final communique, the League said it held those who arm the attacks responsible.',
    );
    expect(nationOf(text, 'arm the attacks')).toMatchObject({ nation: null, evidence: 'Arab League' });
  });
});

describe('a state broadcaster quoting an office holder', () => {
  it('relays its own country’s minister, whoever spoke before', () => {
    const text = story(
      'MOSCOW, February 19. /Volga-Press/. Moscow considers the drone attack on the tanker unacceptable, the Russian Foreign Ministry said.',
      'In Beijing, Foreign Ministry spokesman Liang Haotian said China was "deeply concerned" about the attacks.',
      'Eritrea’s state broadcaster Radio Dahlak quoted Information Minister Tekle Habtemariam as saying that the Red Sea must not become an arena for rivalries.',
    );
    expect(nationOf(text, 'arena for rivalries')).toMatchObject({ nation: 'ER', evidence: 'Eritrea' });
  });
});
