import { describe, expect, it } from 'vitest';
import { datelineOpeningLength, findDateline } from '../../../shared/extraction/dateline';
import { wireDatelineAt } from '../../../shared/extraction/split-quotes';
import { extractStatements } from '../../../shared/extraction/index';
import { statementContaining } from './helpers';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('translation debris and headlines make no statements', () => {
  it('ignores a dangling "she said." after a quotation already attributed', () => {
    const text = article('Regarding the talks, Spokesperson Ana Ruiz said, “We expect progress next week.” she said.');
    const result = extractStatements(text);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.speaker.name).toBe('Ana Ruiz');
  });

  it('ignores "said." and "made his assessment." after an attributed quotation', () => {
    const text = article(
      'Regarding the issue, Minister Ken Ito said, “There may be delays.” said.',
      'Asked about the budget, Ito said, “We will wait and see.” made his assessment.',
    );
    const result = extractStatements(text);
    expect(result.statements.map((s) => s.speaker.name)).toEqual(['Ken Ito', 'Ken Ito']);
  });

  it('leaves the dateline out of a lead that ends with its source', () => {
    const text = article(
      'Reef row deepens',
      'HANOI, May 3 (Mekong Wire) - Vietnam summoned a Chinese diplomat on Monday over the seizure of a fishing boat, officials said.',
      'SUVA — Fiji will host the next round of talks, the foreign ministry said.',
    );
    const contents = extractStatements(text).statements.map((s) => s.content.text);
    expect(contents).toContain('Vietnam summoned a Chinese diplomat on Monday over the seizure of a fishing boat');
    expect(contents).toContain('Fiji will host the next round of talks');
  });

  it('makes no statement of how a source asked to be cited, whichever part of the extractor finds it', () => {
    const text = article('Message passed', 'An Iranian official, who asked not to be named, told Reuters that Tehran had received the message.');
    const result = extractStatements(text);
    expect(result.statements.map((s) => s.content.text)).toEqual(['that Tehran had received the message']);
  });

  it('judges a lead by its words, not by the place of its dateline', () => {
    // The frame model learned that content opening with "Washington" is rarely a statement; a
    // dateline is no part of the content, so it must not count against the statement after it.
    const lead = (place: string) => article('Rates on hold', `${place} (AP) — The Federal Reserve will keep rates unchanged, officials said on Wednesday.`);
    for (const place of ['WASHINGTON', 'BEIJING', 'LONDON']) {
      const [statement] = extractStatements(lead(place)).statements;
      expect(statement?.content.text).toBe('The Federal Reserve will keep rates unchanged');
      expect(statement?.confidence).toBe(extractStatements(lead('PARIS')).statements[0]!.confidence);
    }
  });

  it('places a story filed under an agency dateline with no comma ("WASHINGTON (AP) —", "MOSCOW (Reuters) -")', () => {
    const place = (opening: string) => findDateline(article('Aid vote', `${opening} The Senate passed the package.`))?.code ?? null;
    expect(place('WASHINGTON (AP) —')).toBe('US');
    expect(place('MOSCOW (Reuters) -')).toBe('RU');
    expect(place('SEATTLE —')).toBe('US'); // a city the places list knows
    expect(place('LAKEVIEW —')).toBeNull(); // a name no list knows
    expect(place('NATO —')).toBeNull();
    const text = article('Aid vote', 'WASHINGTON (AP) — The Senate passed the package on Tuesday.', '"Inaction is not an option," President Dana Whitfield said.');
    expect(statementContaining(extractStatements(text), 'Inaction').speaker.nation).toBe('US');
  });

  it('reads one dateline shape, with or without its date and agency, and not a capitalised word before a hyphen', () => {
    const opening = (text: string) => text.slice(0, datelineOpeningLength(text));
    expect(opening('HANOI, May 3 (Mekong Wire) - Vietnam summoned')).toBe('HANOI, May 3 (Mekong Wire) - ');
    expect(opening('WASHINGTON -- Sen. Dana Whitfield')).toBe('WASHINGTON -- ');
    expect(opening('PORT-AU-PRINCE (Caribbean Wire) — The ministry')).toBe('PORT-AU-PRINCE (Caribbean Wire) — ');
    expect(opening('US-backed forces said')).toBe('');
    expect(opening('NATO said on Monday - in a statement')).toBe('');
  });

  it('reads a dateline in title case when the agency in brackets and a dash follow the place', () => {
    const place = (opening: string) => findDateline(article('Border', `${opening} The ministry said the crossing would reopen.`))?.code ?? null;
    expect(place('Bogota, Mar 12 (EFE).-')).toBe('CO');
    expect(place('Caracas (AFP) -')).toBe('VE');
    expect(place('Trump (in a tweet) -')).toBeNull();
    const opening = (text: string) => text.slice(0, datelineOpeningLength(text));
    expect(opening('Bogota, Mar 12 (EFE).- Colombia urged')).toBe('Bogota, Mar 12 (EFE).- ');
    expect(opening('Smith, the senator, said - loudly')).toBe('');
  });

  it('reads a title-case dateline standing on a line of its own, with its date and agency', () => {
    expect(findDateline(article('Talks', 'Baku, November 12, Xazar Info', 'The two ministers met.'))?.code).toBe('AZ');
    expect(findDateline(article('Talks', 'Smith, the senator, said so', 'The two ministers met.'))).toBeNull();
  });

  it('reads no dateline in a headline in capitals whose comma follows a country, and keeps one whose country is in capitals', () => {
    const text = article('PAKISTAN, AFGHANISTAN TRADE FIRE AT TORKHAM CROSSING, FOUR KILLED', 'ISLAMABAD, Oct. 14 (Wire) - Four people were killed on Monday.');
    expect(findDateline(text)).toMatchObject({ code: 'PK', start: text.indexOf('ISLAMABAD') });
    expect(findDateline(article('Talks', 'BAKU, AZERBAIJAN (Wire) - The talks resumed.'))?.code).toBe('AZ');
    expect(findDateline(article('Talks', 'WELLINGTON, NEW ZEALAND (Wire) - The talks resumed.'))?.code).toBe('NZ');
  });

  it('places a story filed from a large city that is no capital, or from a city with its country after it, but not from a hub', () => {
    const place = (opening: string) => findDateline(article('Rail deal', `${opening} The ministry said the line would reopen.`))?.code ?? null;
    expect(place('DAR ES SALAAM, May 3 (Xinhe) --')).toBe('TZ');
    expect(place('ST. PETERSBURG, June 5. /Neva-Press/.')).toBe('RU');
    expect(place('WELLINGTON, New Zealand —')).toBe('NZ');
    expect(place('STRASBOURG, France —')).toBeNull();
    expect(place('GENEVA (Alpine Wire) -')).toBeNull();
    expect(place('FRANKFURT, Germany —')).toBeNull();
    const text = article(
      'Rail deal',
      'DAR ES SALAAM, May 3 (Xinhe) -- China and Tanzania signed a railway deal.',
      '“The railway is a monument to our friendship,” Chinese Ambassador Zhou Minghui said, adding that Chinese engineers would train local staff.',
      'Transport Minister Neema Mwakalinga said the upgrade would cut transit times.',
    );
    expect(statementContaining(extractStatements(text), 'transit times').speaker.nation).toBe('TZ');
  });

  it('keeps lower-case office words in a source after the content', () => {
    const text = article(
      'Ferry talks',
      'The ferry link will reopen in June, the transport ministry said.',
      'Talks will resume next week, a foreign ministry spokeswoman said.',
    );
    const found = extractStatements(text).statements.map((s) => [s.content.text, s.speaker.mention?.text]);
    expect(found).toContainEqual(['The ferry link will reopen in June', 'the transport ministry']);
    expect(found).toContainEqual(['Talks will resume next week', 'a foreign ministry spokeswoman']);
  });

  it('reads an office whose phrase runs past its head as the source before a name, and skips the listener', () => {
    const text = article('Gas talks', "Norway's envoy to the talks, Ingrid Dahl, told the NTB news agency that Oslo would not cut supplies.");
    const [found] = extractStatements(text).statements;
    expect(found).toMatchObject({ content: { text: 'that Oslo would not cut supplies' }, speaker: { name: 'Ingrid Dahl', nation: 'NO' } });
    expect(found!.speaker.mention?.text).toContain("Norway's envoy to the talks");
  });

  it('reads an embassy placed in a city as the source, not the city', () => {
    const text = article('Visa queues', 'The U.S. embassy in Nairobi said visa queues would shorten by March.');
    expect(extractStatements(text).statements[0]!.speaker).toMatchObject({ mention: { text: 'The U.S. embassy in Nairobi' }, nation: 'US' });
  });

  it('gives a statement issued "saying" something to whoever issued it', () => {
    const text = article(
      'Port strike',
      'The transport ministry later issued a statement saying the port would reopen on Friday.',
      'Harbour Workers United released a statement saying the strike would go on.',
    );
    const sources = extractStatements(text).statements.map((s) => s.speaker.mention?.text);
    expect(sources).toEqual(['The transport ministry', 'Harbour Workers United']);
  });

  it('gives ", saying" to the subject of the sentence, not to a noun inside what it criticised', () => {
    const text = article('Beef quotas', "Uruguay's government on Monday criticised a Chilean plan to limit wool imports, saying it broke the bloc's rules.");
    const saying = extractStatements(text).statements.find((s) => s.cue?.text === 'saying');
    expect(saying?.speaker.mention?.text).toBe("Uruguay's government");
  });

  it('returns the headline as the title and finds nothing in capitalised subheadings or source tags', () => {
    const text = article(
      'Leaders Meet in Vladivostok',
      'Prime Minister Aiko Sato said that the meeting had been useful.',
      'MINISTER SAYS TALKS WILL CONTINUE',
      'The talks ended on Thursday. (AA)',
    );
    const result = extractStatements(text);
    expect(result.title).toBe('Leaders Meet in Vladivostok');
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.speaker.name).toBe('Aiko Sato');
  });

  it('returns no title when the article opens with a running paragraph', () => {
    const text = article('Prime Minister Aiko Sato said that the meeting had been useful, and she thanked her hosts for the reception in the city.', 'More talks follow.');
    expect(extractStatements(text).title).toBeNull();
  });

  it('leaves a transcript’s answer label out of the answer', () => {
    const text = article(
      'Pipeline talks go on',
      'ISLAMABAD, October 9. /Indus Wire/. Pakistan remains committed to the pipeline, spokesperson Mumtaz Qadri said.',
      'Q: Is Pakistan seeking a waiver from the United States?',
      'A: Pakistan had "conveyed its energy requirements" to Washington at several levels, she said.',
    );
    expect(datelineOpeningLength('A: Pakistan had')).toBe(3);
    expect(statementContaining(extractStatements(text), 'energy requirements').content.text).toBe('Pakistan had "conveyed its energy requirements" to Washington at several levels');
  });

  it('reads a plural noun before its clause’s verb as the subject, not as a cue', () => {
    const text = article(
      'Talks go on',
      'GENEVA, March 3 (AA) - Trade talks resumed in Geneva on Monday. Opposition calls grew for a ceasefire.',
      'Defence talks will resume in June, the ministry said. Kim talks about the deal often.',
    );
    const cues = extractStatements(text).statements.map((s) => `${s.cue?.text}: ${s.content.text}`);
    expect(cues).toEqual(['said: Defence talks will resume in June', 'talks about: the deal often']);
  });

  it('ignores a lower-case "she said." after an attribution that already ended its sentence', () => {
    const text = article('Chapters', '“We have done our homework,” Marković told the public broadcaster. she said.');
    const result = extractStatements(text);
    expect(result.statements.map((s) => `${s.cue?.text}: ${s.content.text}`)).toEqual(['told: “We have done our homework,”']);
  });

  it('reads a country with a hyphen, an apostrophe or initials after the city, and leaves a US state\'s abbreviation domestic', () => {
    const story = (opening: string) => article('Talks', `${opening} The government rejected the proposal.`);
    expect(findDateline(story('DILI, Timor-Leste (Arafura News) —'))?.code).toBe('TL');
    expect(findDateline(story('ABIDJAN, Côte d\'Ivoire (Wire) —'))?.code).toBe('CI');
    expect(findDateline(story('KINSHASA, DR Congo (Wire) —'))?.code).toBe('CD');
    // "Chad" is also a given name, read as the country unless a capitalised word follows.
    expect(findDateline(story('ADRE, Chad, March 3 (Wire) -'))?.code).toBe('TD');
    expect(wireDatelineAt(story('BISSAU, Guinea-Bissau (Wire) —'))).not.toBe(-1);
    expect(wireDatelineAt(story('KINSHASA, DR Congo (Wire) —'))).not.toBe(-1);
    expect(wireDatelineAt(story('BEDFORD, N.H. (AP) —'))).toBe(-1);
    // The brackets may hold the country rather than the agency; an agency's name places no one.
    expect(findDateline(story('VICTORIA FALLS (Zimbabwe) -'))?.code).toBe('ZW');
    expect(findDateline(story('LONDON (AP) —'))?.code).toBe('GB');
    // A country in brackets before the date, and a state or province after the city.
    expect(findDateline(story('TACNA (Peru), 27 Apr. (Agencia Cóndor) -'))?.code).toBe('PE');
    expect(datelineOpeningLength('TACNA (Peru), 27 Apr. (Agencia Cóndor) - The government')).toBe('TACNA (Peru), 27 Apr. (Agencia Cóndor) - '.length);
    expect(findDateline(story('IQALUIT, Nunavut, Sept. 22 (Boreal News) —'))?.code).toBe('CA');
    // A town the gazetteer does not know is in the country of the national agency that files from it; any other agency places no one.
    expect(findDateline(story('ALEXANDROUPOLIS, Mar. 3 /Hellenic Press Agency/ --'))?.code).toBe('GR');
    expect(findDateline(story('ALEXANDROUPOLIS, Mar. 3 (Wire) --'))).toBeNull();
    // South Asian agencies close the dateline with a colon after the agency, in capitals or in title case.
    expect(findDateline(story('Kathmandu, Nov 20 (RSS):'))?.code).toBe('NP');
    expect(datelineOpeningLength('ISLAMABAD, Jun 11 (APP): Federal Minister for Finance')).toBe('ISLAMABAD, Jun 11 (APP): '.length);
    expect(datelineOpeningLength('Kathmandu, Nov 20 (RSS): The Election Commission')).toBe('Kathmandu, Nov 20 (RSS): '.length);
    // Wire copy counts the quotation on either side of its attribution as two.
    const text = article('Gas', 'DILI, Timor-Leste (Wire) — The government rejected the pipeline.', '“The gas is under our sea,” Prime Minister Mateus Ximenes told a news conference. “We waited twenty years.”');
    expect(extractStatements(text).statements.filter((s) => s.speaker.name === 'Mateus Ximenes')).toHaveLength(2);
    // So it does under a dateline with the country, the day and the agency between slashes.
    const slashed = article('Quota', 'BERGEN, Norway, Dec. 3 /Hanseatic Press Agency/ -- Norway will set its own quota.', '"We cannot wait for the others," Fisheries Minister Kari Vold told reporters. "Norway will take responsibility."');
    expect(datelineOpeningLength('BERGEN, Norway, Dec. 3 /Hanseatic Press Agency/ -- Norway')).toBe('BERGEN, Norway, Dec. 3 /Hanseatic Press Agency/ -- '.length);
    expect(extractStatements(slashed).statements.filter((s) => s.speaker.name === 'Kari Vold')).toHaveLength(2);
  });

  it('reads a story filed from Washington about other countries as international copy, and one about the United States as domestic', () => {
    const abroad = [
      'Pentagon says North Korean troops now flying attack drones for Russia',
      'WASHINGTON (Wire) — North Korean soldiers deployed to Russia are now operating attack drones alongside Russian units, a Pentagon spokesman said Tuesday.',
      '"We are watching this very closely, and so are our allies in Seoul and Tokyo," Brig. Gen. Garrett Holloway said. "Every month this goes on, Pyongyang learns lessons that it will bring home to the peninsula."',
    ].join('\n\n');
    expect(wireDatelineAt(abroad)).not.toBe(-1);
    const statements = extractStatements(abroad).statements;
    expect(statements.filter((s) => s.speaker.name === 'Garrett Holloway')).toHaveLength(2);
    expect(statements.some((s) => s.content.text.startsWith('North Korean troops now flying'))).toBe(false);
    const home = article('Budget', 'WASHINGTON (Wire) — The U.S. Senate passed the budget on Tuesday, the White House said.', 'Senate leaders said the vote showed the United States could still govern itself.');
    expect(wireDatelineAt(home)).toBe(-1);
  });

  it('makes no statement of the question that opens a wire sentence, so the briefing it names places the answer', () => {
    const text = article(
      'Teesta plan',
      'DHAKA, Jan. 22 (Bay Wire) - Bangladesh will go ahead with the river plan, the water adviser said.',
      'Asked about the project at a regular briefing in Beijing, Foreign Ministry spokesman Cao Ning said cooperation between the two countries was "open and transparent".',
    );
    const statements = extractStatements(text).statements;
    expect(statements.map((s) => s.content.text)).toEqual(['Bangladesh will go ahead with the river plan', 'cooperation between the two countries was "open and transparent"']);
    expect(statements[1]!.speaker.nation).toBe('CN');
  });

  it('makes no statement in wire copy of a question put "when asked" or "after being asked"', () => {
    const text = article(
      'Sanctions',
      'BEIJING, March 3 (Wire) -- China firmly opposes the sanctions, Foreign Ministry spokesperson Mao Ning said Monday.',
      'Mao made the remarks at a regular press briefing when asked to comment on the U.S. decision.',
      'The minister smiled after being asked about the election in Taiwan.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['China firmly opposes the sanctions']);
  });

  it('makes no statement in wire copy of what a government did, unless a "that" or a quotation says it was said', () => {
    const text = article(
      'Output cut',
      'DUBAI, Oct. 6 (Wire) — OPEC+ agreed on Wednesday to cut oil production by 2 million barrels per day.',
      'Cameroon and Nigeria signed a joint patrol agreement in 2019.',
      'The chair of the steering committee, Finance Minister Nawaf Al-Sudairi, told a news conference that members had agreed to "intensify work" on quota shares.',
      'ASEAN leaders have agreed that the general election cannot replace an inclusive national dialogue.',
    );
    const contents = extractStatements(text).statements.map((s) => `${s.cue?.text.split(' ')[0]}: ${s.content.text}`);
    expect(contents).toEqual([
      'told: that members had agreed to "intensify work" on quota shares',
      'agreed: that the general election cannot replace an inclusive national dialogue',
    ]);
    // US copy, which PolNeAR annotates, keeps them.
    expect(extractStatements(article('Debate', 'Sanders agreed to debate Trump in California.')).statements.map((s) => s.cue?.text)).toEqual(['agreed']);
  });

  it('reads the action past an adverb or an auxiliary, a claim of responsibility, and a title-case dateline with its agency', () => {
    const text = article(
      'Grants',
      'MANILA, May 5 (Wire) — The bank also approved $95 million in grants for Tonga and Samoa.',
      'No group has claimed responsibility for the attack.',
      'The Houthis have fired hundreds of missiles at ships since November.',
      'Arab foreign ministers meeting in Amman on Saturday endorsed a plan for the return of refugees.',
      'The ministry said the talks would resume on Monday.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the talks would resume on Monday']);
    const titleCase = article('Pact', 'Canberra (Nusa Press) - Australia and Indonesia signed a defence pact.', 'Asked about the agreement at a regular briefing, spokeswoman Lin Yuqing said cooperation should not target any third party.');
    expect(wireDatelineAt(titleCase)).not.toBe(-1);
    expect(extractStatements(titleCase).statements.map((s) => s.content.text)).toEqual(['cooperation should not target any third party']);
  });

  it('makes no statement in wire copy of a veto, a pledge of money, what a plan meant, what a group seeks or a victory declared', () => {
    const text = article(
      'Sanctions',
      'NEW YORK, March 3 (Wire) - Russia vetoed the renewal of the mandate of a UN panel of experts.',
      'The 2023 agreement promised Tunisia up to 1 billion euros in loans.',
      'That framework meant to end years of recrimination.',
      'The Algerian-backed Polisario Front seeks independence for the territory.',
      'Prime Minister Irakli Dolidze declared victory at the party headquarters on Sunday.',
      'The ministry said the talks would resume on Monday.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the talks would resume on Monday']);
  });

  it('makes no statement in wire copy of what states sought, allowed, ordered, restricted, suspended or exposed, nor of a relative clause set off after the attribution', () => {
    const text = article(
      'Cocoa',
      'ACCRA, Oct. 1 (Wire) - Ghana and Ivory Coast raised cocoa prices on Wednesday, seeking to stop beans from being smuggled across the border.',
      'The seizure comes as Vietnam tries to persuade the European Union to lift a warning imposed on its seafood exports.',
      'The government on Monday allowed the export of 1.5 million tonnes of rice to Indonesia.',
      'India restricted exports of wheat in 2022 to keep domestic prices in check.',
      'Vanuatu on Tuesday suspended the licences of 14 foreign tuna longliners after an audit.',
      'Deportations rose last week, the highest figure since the government ordered mass expulsions a year ago.',
      'The leaders ended the summit without a deal, exposing deep divisions over migration.',
      'India will ship wheat to Oman, the commerce ministry said on Friday, a move that will help the Gulf state rebuild its reserves.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['India will ship wheat to Oman']);
  });

  it('makes no statement in wire copy of a refusal to comment, a killing ordered, a charge championed or a bid launched', () => {
    const text = article(
      'Licences',
      'BERN, Oct. 3 (Wire) - Switzerland refused two export licences on Monday.',
      'Saudi Arabia has not officially commented on the decision.',
      'Mubadala did not respond to a request for comment.',
      'He is wanted for drug trafficking and ordering two killings.',
      'The commissioner, who has championed the charge, told reporters in Brussels that it applied to every airline.',
      'Britain and Ireland on Wednesday launched a joint bid to host the World Cup.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['that it applied to every airline']);
  });

  it('reads a dateline whose agency stands between slashes as wire copy, and keeps it out of the content', () => {
    const text = article(
      'Instructors',
      'MOSCOW, February 20. /Volga-Inform/. Russia will double the number of its instructors in Mali, Deputy Defence Minister Yunus Bek said on Friday.',
      'In November, the two countries signed agreements on the construction of a gold refinery.',
    );
    expect(wireDatelineAt(text)).not.toBe(-1);
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['Russia will double the number of its instructors in Mali']);
  });

  it('reads "City/City (Agency) -" and a country named with "of" after the city as wire datelines, and drops the headline above them', () => {
    const slash = article('Uganda, Kenya warn of refugee "catastrophe" as food rations are cut again', 'Kampala/Nairobi (NWP) - Uganda\'s minister for refugees said on Wednesday that the country could no longer cope.');
    expect(wireDatelineAt(slash)).not.toBe(-1);
    expect(extractStatements(slash).statements.map((s) => s.content.text)).toEqual(['that the country could no longer cope']);
    const congo = article(
      "M23 rebels close in on Butembo as Kinshasa accuses Kigali of 'open invasion'",
      'By Aline Mbuyi',
      'GOMA, Democratic Republic of Congo (Grands Lacs Presse) — Government spokesman Patrick Muyaya said the army would hold the city.',
    );
    expect(wireDatelineAt(congo)).not.toBe(-1);
    expect(extractStatements(congo).statements.map((s) => s.content.text)).toEqual(['the army would hold the city']);
  });

  it('makes no statement in wire copy of an expectation nobody is named for, nor of "rail" with no one to rail against', () => {
    const text = article(
      'Dam',
      'BISHKEK, March 12 (Wire) - Three countries agreed to finance the Kambarata-1 plant.',
      'The World Bank is expected to lend about half of the estimated $3.5 billion cost.',
      'Russian and Chinese buyers already take the bulk of Kazakh uranium, much of it shipped by rail across Russia or to China.',
      'Energy Minister Taalaibek Ibraev said the plant would end the winter blackouts.',
    );
    const result = extractStatements(text);
    expect(result.statements.map((s) => s.cue?.text)).toEqual(['said']);
  });

  it('makes no statement in wire copy of a participle after a possessive, a state of emergency declared, or days added', () => {
    const text = article(
      'Vote',
      "TBILISI, Oct. 28 (Wire) — Georgia's disputed parliamentary election drew sharply divided reactions abroad on Monday.",
      "Riau's acting governor, Syahrul Effendi, declared a state of emergency in four regencies and said some 2,400 soldiers had been deployed.",
      'Most container lines have routed ships around the Cape of Good Hope, adding 10 to 14 days to voyages between Asia and Europe.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['some 2,400 soldiers had been deployed']);
  });

  it('makes no statement in wire copy of an emergency declared for a number of days or of a thing ordered, and keeps an order to do something', () => {
    const text = article(
      'Cyclone',
      'PORT VILA, March 3 (Wire) - Prime Minister Daniel Iauko declared a 30-day state of emergency and urged donors to send tarpaulins.',
      'The eastern administration ordered the closure of the Umm al-Rimal oil field on Monday.',
      'The president ordered the army to withdraw from the city.',
    );
    expect(extractStatements(text).statements.map((s) => [s.cue?.text, s.content.text])).toEqual([
      ['urged', 'donors to send tarpaulins'],
      ['ordered', 'the army to withdraw from the city'],
    ]);
  });

  it('makes no statement in wire copy of a failure to agree, a text not endorsed, or a possessive\'s disputed July election', () => {
    const text = article(
      'Summit',
      'LETICIA, Colombia, Aug. 8 (Wire) – Ministers from the eight Amazon countries set up a joint police centre, but failed to agree on a date to stop new oil exploration in the rainforest.',
      "A resolution on Venezuela's disputed July presidential election fell two votes short at the Permanent Council on Wednesday.",
      'Brazil did not endorse the text. A Brazilian diplomat said the government preferred to keep a channel open.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the government preferred to keep a channel open']);
  });

  it('makes no statement in wire copy of a claim disputed, a goal campaigned for, a text that failed to mention, results released or ways discussed', () => {
    const text = article(
      'Island',
      'KAMPALA, May 2 (Wire) – Fishermen from both countries live on the island, and the two governments have disputed its ownership for nearly two decades.',
      'The regional president, Giovanni Zanatta, who has campaigned for autonomy for more than a decade, said the deal was historic.',
      'The text did not mention China by name. Official results released by the electoral commission gave the president 52.6 percent.',
      'A summit in Abuja discussed ways of bringing the three states back.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the deal was historic']);
  });

  it('reads a monitors\' network described before its name as the speaker, after a sentence-opening "But" too', () => {
    const text = article(
      'Count',
      'LIBREVILLE, Dec. 9 (Wire) - The count went on through the night.',
      'A coalition of domestic monitors, the Accra-based Citizens\' Ballot Watch, said its parallel tabulation was consistent with the figures.',
      'But a Gabonese civil society network, the Réseau des Observateurs Citoyens (ROC), said its monitors had been refused entry to centres in three of the country\'s nine provinces.',
    );
    expect(extractStatements(text).statements.map((s) => [s.speaker.mention?.text, s.speaker.nation])).toEqual([
      ['A coalition of domestic monitors, the Accra-based Citizens\' Ballot Watch,', null],
      ['a Gabonese civil society network, the Réseau des Observateurs Citoyens (ROC),', null],
    ]);
  });

  it('reads a headline that opens with a place and its kind ("Solomons province rejects …") without failing', () => {
    const text = article(
      'Solomons province rejects Chinese police post, defying Honiara',
      'HONIARA (Wire) — The premier of Solomon Islands\' most populous province said Thursday he would not allow the post.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['he would not allow the post']);
  });

  it('keeps "the head of the regional administration" whole as the speaker after what was said', () => {
    const text = article('Bombs', 'KHARKIV, Feb. 12 (Wire) - Guided bombs fell on the city.', 'One of the bombs hit a residential building, and rescuers are still searching the rubble, the head of the regional administration said.');
    expect(extractStatements(text).statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['the head of the regional administration', 'One of the bombs hit a residential building, and rescuers are still searching the rubble'],
    ]);
  });

  it('keeps "The embassies in Bangkok" whole as the speaker, not the city', () => {
    const text = article('Court', 'BANGKOK, Aug. 14 (Wire) - The court suspended the prime minister.', 'The embassies in Bangkok said they were monitoring the situation.');
    expect(extractStatements(text).statements.map((s) => s.speaker.mention?.text)).toEqual(['The embassies in Bangkok']);
  });

  it('makes no statement in wire copy of results proclaimed, a council\'s decision to act or petitions thrown out', () => {
    const text = article(
      'Results',
      'ANTANANARIVO, Dec. 1 (Wire) - The High Constitutional Court (HCC) proclaimed Friday the definitive results of the presidential election.',
      'The African Union\'s Peace and Security Council decided on Wednesday to maintain Guinea\'s suspension from the bloc\'s activities.',
      'Protests broke out after the Constitutional Council on Monday threw out all ten petitions filed by opposition candidates.',
      'The opposition leader said the court had "chosen its camp".',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the court had "chosen its camp"']);
  });

  it('makes no statement of a list published, and gives a call coordinated with a statement "in a report" the statement\'s speaker', () => {
    const text = article(
      'Evros',
      'ALEXANDROUPOLIS, Mar. 3 (Wire) -- Iran’s Guardian Council on Wednesday published a list of six approved candidates.',
      'The Thessaloniki-based network Thrace Crossings Monitor said in a report published on Monday that at least 23 people have drowned in the river since January, and called on the authorities to open "safe and legal routes".',
    );
    const statements = extractStatements(text).statements;
    expect(statements.map((s) => s.content.text)).toEqual(['that at least 23 people have drowned in the river since January', 'the authorities to open "safe and legal routes"']);
    expect(statements.map((s) => s.speaker.name)).toEqual(['Thrace Crossings Monitor', 'Thrace Crossings Monitor']);
  });

  it('keeps a time measured from another event out of the content, a quoted evaluation in, and a plan unveiled out', () => {
    const text = article(
      'Launch',
      "SEOUL, March 3 (Wire) -- North Korea fired a short-range ballistic missile into the East Sea on Monday morning, South Korea's military said, a week into the allies' annual exercise.",
      "Taiwan's Mainland Affairs Council condemned the move as \"economic coercion\".",
      'Relations improved after Seoul unveiled a compensation plan in March.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual([
      'North Korea fired a short-range ballistic missile into the East Sea on Monday morning',
      'the move as "economic coercion"',
    ]);
  });

  it('makes no statement in wire copy of a law passed, a comment declined, what a draft included, oil discovered or an anonymity requested', () => {
    const text = article(
      'Law',
      'TBILISI, May 14 (Wire) - Georgia’s parliament passed a law barring foreign grants to broadcasters.',
      'A spokesperson for shipbuilder Kaisei Zosen declined to comment further.',
      'The draft, circulated by France, included language on humanitarian access.',
      'The two countries seek to bolster maritime security.',
      'Uganda discovered commercial oil reserves near Lake Albert in 2006.',
      'A senior official, who requested anonymity because he was not authorised to brief journalists, said the talks would resume on Monday.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the talks would resume on Monday']);
  });

  it('gives a quotation after "the spokesperson said:" to the spokesperson, not to a dangling "he added."', () => {
    const text = article(
      'Gallium',
      'BEIJING, July 3 (Wire) -- China will require export licences for gallium, a Ministry of Commerce spokesperson said on Thursday.',
      'Asked about the timing of the announcement, the spokesperson said: "Relevant parties should not over-interpret this normal measure." he added.',
    );
    const s = extractStatements(text).statements.find((x) => x.content.text.includes('over-interpret'));
    expect(s?.speaker).toMatchObject({ mention: { text: 'the spokesperson' }, nation: 'CN' });
  });

  it('gives the saying after an opening "According to <outlet>," to its own speaker in wire copy', () => {
    const text = article(
      'Talks',
      'ANKARA (Wire) - Talks resumed.',
      "According to Somalia's state-run Halgan News Agency, presidential spokesman Abdikarim Ali Nur said that the president had been briefed.",
    );
    const [s] = extractStatements(text).statements;
    expect(s).toMatchObject({ content: { text: 'that the president had been briefed' }, speaker: { name: 'Abdikarim Ali Nur', nation: 'SO' } });
  });

  it('drops an opening relay whose content is only the next saying\'s speaker, and reads no nation from the outlet', () => {
    const text = article(
      'Drone',
      'TEHRAN (Wire) - A drone was downed over Isfahan.',
      "According to a statement carried by the semi-official Alborz news agency, the army's spokesman, Brigadier General Mahmoud Rezaei-Nia, said that the drone was tracked from the border.",
    );
    const statements = extractStatements(text).statements;
    expect(statements.map((s) => s.cue?.text)).toEqual(['said']);
    expect(statements[0]!.speaker).toMatchObject({ name: 'Mahmoud Rezaei-Nia', nation: 'IR' });
  });

  it('makes no statement in wire copy of a short evaluation of a thing, but keeps one that says what it was called', () => {
    const text = article(
      'Railway',
      'TASHKENT, April 9 (Wire) - Russian Deputy Prime Minister Anatoly Kirsanov rejected the claim on Tuesday.',
      'Admiral Keith Rawlings praised the cooperation of the Ecuadorian armed forces.',
      'Cabinet chairman Nurlan Sadykov dismissed the report as "fantasy".',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the report as "fantasy"']);
  });

  it('makes no statement of a claim to land, of what someone could say, or of the dateline city', () => {
    const text = article(
      'Essequibo',
      'JEDDAH, Saudi Arabia (Horizon Presse) - Delegations returned to the table on Sunday for new talks on a nationwide truce in the war.',
      'The region has been the subject of a Venezuelan claim for more than a century.',
      'The sides now have 60 days to settle the dispute before China can ask for a panel to rule on it.',
      'The ministry said the talks would resume on Monday.',
    );
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the talks would resume on Monday']);
    // A claim made somewhere is a saying; so, in US copy, is what someone could ask.
    const said = extractStatements(article('Claims', 'The senator claims on Twitter that the vote was rigged.')).statements;
    expect(said.map((s) => s.content.text)).toEqual(['that the vote was rigged']);
    const us = extractStatements(article('Panel', 'Democrats could ask for a special counsel to review the deal.')).statements;
    expect(us.map((s) => s.cue?.text)).toEqual(['ask for']);
  });
});
