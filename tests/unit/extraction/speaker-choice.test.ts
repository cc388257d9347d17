import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { expectSpansToMatch, statementContaining } from './helpers';

function article(...paragraphs: string[]): string {
  return ['Harbour board splits over dredging', 'The harbour board met on Thursday to vote on the dredging plan.', ...paragraphs].join('\n\n');
}

describe('choosing the speaker', () => {
  it('leaves a participial phrase after the speaker out of the source: "A Qatari diplomat attending the meeting said"', () => {
    const sources = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.speaker.mention?.text);
    expect(sources('A Qatari diplomat attending the meeting said Doha was ready to fund the dredging.')).toEqual(['A Qatari diplomat']);
    expect(sources('Engineers following the vote said the channel would silt up within a year.')).toEqual(['Engineers']);
  });

  it('gives an impression cue (“seemed”, “appears”, “unclear”) no speaker: the subject only seems to hold the view', () => {
    const text = article(
      'Chairwoman Ingrid Holm seemed to accept that the vote would fail.',
      'It is unclear whether the dredging contract will be renewed next spring.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const seemed = result.statements.find((x) => x.cue?.text === 'seemed');
    expect(seemed).toBeDefined();
    expect(seemed!.speaker.mention).toBeNull();
    expect(seemed!.speaker.name).toBeNull();
    const unclear = result.statements.find((x) => x.cue?.text === 'unclear');
    expect(unclear?.content.text).toBe('whether the dredging contract will be renewed next spring');
    expect(unclear!.speaker.mention).toBeNull();
  });

  it('gives hearsay (“amid allegations that ...”) no speaker', () => {
    const text = article('The vote went ahead despite numerous complaints that the dredging had silted the oyster beds.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const hearsay = result.statements.find((x) => x.cue?.text === 'complaints');
    expect(hearsay?.content.text).toBe('that the dredging had silted the oyster beds');
    expect(hearsay!.speaker.mention).toBeNull();
    expect(result.statements.every((x) => x.speaker.mention?.text !== 'numerous')).toBe(true);
  });

  it('gives “made it clear” to whoever made it clear, not to the dummy “it”', () => {
    const text = article('Chairwoman Ingrid Holm made it clear that the vote would fail.', 'Dahl has made it clear to the board that he will resign.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const speakers = result.statements.filter((x) => x.cue?.text === 'clear').map((x) => x.speaker.mention?.text);
    expect(speakers).toEqual(['Chairwoman Ingrid Holm', 'Dahl']);
  });

  it('gives a participle after a comma to the clause’s subject, not to the named object before it', () => {
    const text = article('Holm was blunt about her distaste for Arne Dahl, the senior pilot, saying the board must stop him.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const saying = result.statements.find((x) => x.cue?.text === 'saying');
    expect(saying?.content.text).toBe('the board must stop him');
    expect(saying?.speaker.mention?.text).toBe('Holm');
  });

  it('gives “about” after a verb’s object to the clause’s subject, not to the object', () => {
    const text = article('The Port Authority has misled the public about alleged fraud at the dredging contractor.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const about = result.statements.find((x) => x.cue?.text === 'about');
    expect(about?.content.text).toBe('alleged fraud at the dredging contractor');
    expect(about?.speaker.mention?.text).toBe('The Port Authority');
  });

  it('gives the writer’s verdict (“it’s obvious that ...”) no speaker', () => {
    const text = article('It’s obvious that the pilots are tired.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const verdict = result.statements.find((x) => x.cue?.text === 'obvious');
    expect(verdict?.content.text).toBe('that the pilots are tired');
    expect(verdict!.speaker.mention).toBeNull();
  });

  it('keeps the speaker of an ordinary cue beside them', () => {
    const text = article('Holm said the board had no choice. Pilot Arne Dahl insisted that the channel was safe.');
    const result = extractStatements(text);
    const insisted = result.statements.find((x) => x.cue?.text === 'insisted');
    expect(insisted?.speaker.mention?.text).toBe('Pilot Arne Dahl');
  });

  it('gives a cue after “and” the speaker of the cue it continues, not a subject inside that cue’s content', () => {
    const text = article(
      'Ferry pilot Arne Dahl said the report showed that the chairwoman did not understand the tides, and accused the board of ignoring its own engineers.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const accused = result.statements.find((x) => x.cue?.text === 'accused');
    expect(accused?.speaker.mention?.text).toBe('Ferry pilot Arne Dahl');
    expect(accused?.content.text.startsWith('the board of ignoring')).toBe(true);
  });
  it('reads a sentence run into the next without a space (“said.Holm claimed”) as two sentences', () => {
    const text = article('“The channel is too shallow for the new ferries,” Dahl said.Holm claimed that she had warned the board in March.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const claimed = result.statements.find((x) => x.cue?.text === 'claimed');
    expect(claimed?.content.text).toBe('that she had warned the board in March');
    expect(claimed!.speaker.mention?.text).toBe('Holm');
    expect(result.statements.find((x) => x.content.text.startsWith('“The channel'))?.speaker.mention?.text).toBe('Dahl');
  });

  it('keeps the saying over the reported clause’s own verb: “an official said Washington supported ...”', () => {
    const text = article('A senior U.S. official said Washington supported the request in principle.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.content.text).toBe('Washington supported the request in principle');
    expect(result.statements[0]!.speaker.mention?.text).toBe('A senior U.S. official');
    expect(result.statements[0]!.speaker.nation).toBe('US');
  });

  it('gives the subject, not the clause describing it, the main cue: “X, who spoke on condition of anonymity, said ...”', () => {
    const text = article(
      'A senior U.S. official, who spoke on condition of anonymity, said Washington supported the request.',
      'The minister, speaking to reporters in Geneva, said the talks had failed.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const supported = result.statements.find((x) => x.content.text === 'Washington supported the request');
    expect(supported?.speaker.mention?.text).toBe('A senior U.S. official');
    expect(supported?.speaker.nation).toBe('US');
    // The mention points at the speaker; how they spoke is left out of it.
    expect(result.statements.find((x) => x.content.text === 'the talks had failed')?.speaker.mention?.text).toBe('The minister');
  });

  it('names the institution an apposition gives: “The company, Coastline Energy, said”', () => {
    const text = article('The company, Coastline Energy, said in a statement that it had contained the leak.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.speaker).toMatchObject({ name: 'Coastline Energy', role: 'company' });
  });

  it('reads a list of countries before the cue as one speaker with no single nation', () => {
    const text = article('VILNIUS, June 12 (Nordic Press Agency) — Lithuania, Latvia and Estonia on Thursday asked NATO to station more air defence batteries in the region.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const asked = result.statements.find((x) => x.cue?.text === 'asked');
    expect(asked?.speaker).toMatchObject({ name: 'Lithuania, Latvia and Estonia', nation: null });
    // An appeal's content holds whom it addresses.
    expect(asked?.content.text).toBe('NATO to station more air defence batteries in the region');
  });

  it('keeps the one an appeal addresses in its content: “urged them to return to the table”', () => {
    const text = article(
      'The mediator, Sipho Ndlovu, said the three countries were "closer than they think" to an agreement and urged them to return to the table before the rainy season ends.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.find((x) => x.cue?.text === 'urged')?.content.text).toBe('them to return to the table before the rainy season ends');
  });

  it('gives words “quoted ... as saying” to the one quoted, with what they said after “as saying”', () => {
    const text = article(
      'State news agency IRNA quoted government spokeswoman Fatemeh Mohajerani as saying that Iran would "reconsider the level of its cooperation" with the agency.',
      'An early tweet quoted the chairwoman as saying “We need to act now.”',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const relayed = result.statements.find((x) => x.content.text.includes('reconsider'));
    expect(relayed?.content.text).toBe('that Iran would "reconsider the level of its cooperation" with the agency');
    expect(relayed?.speaker).toMatchObject({ name: 'Fatemeh Mohajerani', role: 'spokeswoman' });
    const tweeted = result.statements.find((x) => x.content.text.includes('act now'));
    expect(tweeted).toMatchObject({ kind: 'direct', content: { text: '“We need to act now.”' } });
    expect(tweeted?.speaker.mention?.text).toBe('the chairwoman');
  });

  it('starts what was told at a subject pronoun: “told reporters he hoped ...”', () => {
    const text = article('IAEA chief Rafael Grossi told reporters he hoped dialogue would continue.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.find((x) => x.cue?.text === 'told')?.content.text).toBe('he hoped dialogue would continue');
  });

  it('reads “The U.S. ambassador to the agency, Laura Holgate” as an office and its holder, not an organisation', () => {
    const text = article('The U.S. ambassador to the agency, Laura Holgate, called the vote "a clear message".');
    const result = extractStatements(text);
    expect(result.statements[0]?.speaker).toMatchObject({ name: 'Laura Holgate', role: 'U.S. ambassador to the agency', organization: null, nation: 'US' });
  });

  it('keeps an office written before its holder’s name in the source: “EU foreign policy chief Kaja Kallas”', () => {
    const text = article('EU foreign policy chief Kaja Kallas said the bloc’s own tests had found no risk.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.speaker).toMatchObject({ name: 'Kaja Kallas', role: 'foreign policy chief', organization: 'EU', nation: null });
    expect(result.statements[0]?.speaker.mention?.text).toBe('EU foreign policy chief Kaja Kallas');
  });

  it('moves an appeal’s content back over all of its addressee: “urged Western partners to speed up ...”', () => {
    const text = article('President Volodymyr Zelenskiy, in his nightly video address, urged Western partners to speed up deliveries of air defence systems.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.find((x) => x.cue?.text === 'urged')?.content.text).toBe('Western partners to speed up deliveries of air defence systems');
  });

  it('reads a title with its portfolio as the role: “Minister of Mines and Energy”, “Secretary of State”', () => {
    const text = article(
      'Minister of Mines and Energy Alexandre Silveira told journalists the first deliveries were expected next year.',
      'Secretary of State Antony Blinken said Washington supported the talks.',
    );
    const result = extractStatements(text);
    expect(result.statements.find((x) => x.content.text.includes('deliveries'))?.speaker).toMatchObject({ name: 'Alexandre Silveira', role: 'Minister of Mines and Energy', organization: null });
    expect(result.statements.find((x) => x.content.text.includes('supported'))?.speaker).toMatchObject({ name: 'Antony Blinken', role: 'Secretary of State', organization: null });
  });

  it('reads two titles joined by "and", a country\'s adjective before the title and a portfolio of expatriates as the role', () => {
    const text = article(
      'Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Fouad Haddadin said the crossings must stay open.',
      'Egyptian Minister of Foreign Affairs and Egyptian Expatriates Karim Abdel-Ghaffar said Cairo would host a conference.',
    );
    const result = extractStatements(text);
    expect(result.statements.find((x) => x.content.text.includes('crossings'))?.speaker).toMatchObject({ name: 'Fouad Haddadin', role: 'Deputy Prime Minister and Minister of Foreign Affairs and Expatriates', organization: null });
    expect(result.statements.find((x) => x.content.text.includes('conference'))?.speaker).toMatchObject({ name: 'Karim Abdel-Ghaffar', role: 'Minister of Foreign Affairs and Egyptian Expatriates', organization: null, nation: 'EG' });
  });

  it('finds the speaker before “for his part”', () => {
    const text = article('Milei for his part stated that Argentina was "open for business."');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.speaker.mention?.text).toBe('Milei');
  });

  it('keeps a portfolio before a title in the role: “Agriculture Minister Annie Genevard”', () => {
    const text = article('Agriculture Minister Annie Genevard told France Inter radio that Paris would seek allies.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Annie Genevard', role: 'Agriculture Minister', organization: null });
  });

  it('names a country by its whole name: “Saudi Arabia said”, not a person “Arabia”', () => {
    const text = article('Saudi Arabia said the summit would meet again in May.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Saudi Arabia', nation: 'SA' });
  });

  it('finds wire copy’s state bodies as speakers: “Ukraine\'s navy said”, “the Ukrainian military said”', () => {
    const text = article(
      'Russian drones struck a bulk carrier overnight, Ukraine\'s navy said.',
      'The strike damaged two cranes, the Ukrainian military said.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.speaker.nation])).toEqual([
      ["Ukraine's navy", 'UA'],
      ['the Ukrainian military', 'UA'],
    ]);
  });

  it('keeps a number between the article and the noun in the speaker: “the two sides said”, “the two neighbours said”', () => {
    const text = article('Israeli strikes hit villages near the border, the two sides said.', 'Talks would resume in May, the two neighbours said.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.content.text, s.speaker.mention?.text])).toEqual([
      ['Israeli strikes hit villages near the border', 'the two sides'],
      ['Talks would resume in May', 'the two neighbours'],
    ]);
  });

  it('gives “X, who has criticised ...,” to X while the source stays “who”', () => {
    const text = article('TOKYO (Wire) - Okinawa Governor Denny Tamaki, who has criticised the central government over U.S. bases, urged Tokyo to protect local fishermen.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const criticised = result.statements.find((s) => s.cue?.text === 'criticised');
    expect(criticised?.speaker).toMatchObject({ mention: { text: 'who' }, name: 'Denny Tamaki', role: 'Governor' });
  });

  it('gives “who” to the name right before it: a surname met earlier, a name after a dash, not the sentence’s subject', () => {
    const text = article(
      'Harbour master Ingrid Holm opened the meeting.',
      'Holm, who said the channel was silting up, voted for the plan.',
      'On Monday, Berg—who warned that the oyster beds would suffer—left early.',
      'Mayor Tomas Lind has long admired Bishop Anders Vik, who says the harbour must stay open to fishermen.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const speakerOf = (cue: string) => result.statements.find((s) => s.cue?.text === cue)?.speaker;
    expect(speakerOf('said')).toMatchObject({ mention: { text: 'who' }, name: 'Ingrid Holm' });
    expect(speakerOf('warned')).toMatchObject({ mention: { text: 'who' }, name: 'Berg' });
    expect(speakerOf('says')).toMatchObject({ mention: { text: 'who' }, name: 'Anders Vik' });
  });

  it('reads a short noun phrase opening the clause as the subject of a participle set in commas', () => {
    const text = article('Two engineers from harbour board member ports, speaking on condition of anonymity, said Berg’s absence meant the vote would be delayed.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['Two engineers from harbour board member ports', 'Berg’s absence meant the vote would be delayed'],
    ]);
  });

  it('keeps where a body sits in its name: "Libya’s eastern-based administration said"', () => {
    const text = article('The eastern-based administration said on Monday it had halted dredging at all ports under its control.');
    expect(extractStatements(text).statements[0]?.speaker.mention?.text).toBe('The eastern-based administration');
  });

  it('reads the speaker past an aside set off by dashes: “Berg—who …—said”, “The chairman -- who … -- said”', () => {
    const text = article(
      'On Monday, Berg—who had backed the plan in March—said the channel could wait another year.',
      'The chairman -- who faces a vote of his own next month -- said the board would meet again.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const sources = result.statements.filter((s) => s.cue?.text === 'said').map((s) => s.speaker.mention?.text);
    expect(sources).toEqual(['Berg', 'The chairman']);
  });

  it('ends a run of capitals at a sentence’s period: “the Black Sea. Foreign Minister Hakan Fidan said”', () => {
    const text = article('Ships still sail the Black Sea. Foreign Minister Hakan Fidan said he had spoken to both sides.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Hakan Fidan', role: 'Foreign Minister', organization: null });
  });

  it('keeps “special” in the role: “U.S. special envoy Amos Hochstein”', () => {
    const text = article('U.S. special envoy Amos Hochstein said Washington was "determined to see this agreement hold."');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Amos Hochstein', role: 'special envoy', nation: 'US' });
  });

  it('leaves a describing phrase out of a lone surname: “Zelenskiy, in his nightly video address, said”', () => {
    const text = article('Zelenskiy, in his nightly video address, said Ukraine would respond.');
    expect(extractStatements(text).statements[0]?.speaker.mention?.text).toBe('Zelenskiy');
  });

  it('gives “China, which insists ..., said” to China while the source stays “which”', () => {
    const text = article('China, which insists it is a developing country, said it would not accept obligations to contribute.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.find((s) => s.cue?.text === 'insists')?.speaker).toMatchObject({ mention: { text: 'which' }, name: 'China', nation: 'CN' });
  });

  it('reads the subject of a trailing participle past the dateline, whose comma sets off no apposition', () => {
    const text = ['Climate talks', 'BAKU, Azerbaijan (Horizon Presse) - Delegates from small island states walked out of a session on Saturday, saying the target was "an insult."'].join('\n\n');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.speaker.mention?.text).toBe('Delegates');
  });

  it('reads a determiner and a common noun before a past-tense verb as the subject of a trailing participle', () => {
    const text = article('The delegates walked out on Saturday, saying the target was "an insult."');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]).toMatchObject({ cue: { text: 'saying' }, speaker: { mention: { text: 'The delegates' } } });
  });

  it('keeps a portfolio word in an envoy’s role: “U.S. climate envoy John Podesta”', () => {
    const text = article('U.S. climate envoy John Podesta said Washington supported a higher target.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'John Podesta', role: 'climate envoy', nation: 'US' });
  });

  it('gives “a spokesperson for Prime Minister Rishi Sunak” no name: the spokesperson speaks, not Sunak', () => {
    const text = article('Downing Street welcomed the decision, a spokesperson for Prime Minister Rishi Sunak said.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: null, role: 'spokesperson', organization: 'Prime Minister Rishi Sunak' });
  });

  it('reads a negotiator’s title before the name as part of the speaker: “government chief negotiator Vera Grabe”', () => {
    const text = article('"This is a step toward peace," government chief negotiator Vera Grabe told reporters.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]).toMatchObject({ content: { text: '"This is a step toward peace,"' }, speaker: { name: 'Vera Grabe', role: 'chief negotiator' } });
  });

  it('gives “Cuba, which hosts the talks along with Norway, Venezuela and Mexico, welcomed ...” to Cuba, not to the list', () => {
    const text = article('Cuba, which hosts the talks along with Norway, Venezuela and Mexico, welcomed the extension.');
    expect(extractStatements(text).statements.find((s) => s.cue?.text === 'welcomed')?.speaker).toMatchObject({ name: 'Cuba', nation: 'CU' });
  });

  it('names a body whose name holds “of” whole: “The Economic Community of West African States (ECOWAS)”', () => {
    const text = article('The Economic Community of West African States (ECOWAS) said it would "take all measures necessary" to restore order.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Economic Community of West African States', nation: null });
  });

  it('reads two countries as a group, not a person named by the second: “Mali and Burkina Faso said”', () => {
    const text = article('The military governments of Mali and Burkina Faso said any intervention in Niger would be "a declaration of war."');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Mali and Burkina Faso', nation: null });
  });

  it('reads a long office opening the sentence before the holder’s name as the speaker: “The U.N. secretary-general\'s personal envoy for Libya, Ghanaian diplomat X,”', () => {
    const text = article(
      'The U.N. secretary-general\'s personal envoy for Libya, Ghanaian diplomat Kofi Mensah, said that "every week without talks costs lives."',
      'The European Union\'s special representative for the Skopje-Sofia dialogue, Czech diplomat Jana Novak, called on both sides to refrain from unilateral steps.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.name, s.speaker.nation])).toEqual([
      ['Kofi Mensah', null],
      ['Jana Novak', null],
    ]);
    expect(result.statements[1]?.content.text).toBe('both sides to refrain from unilateral steps');
  });

  it('reads a rank’s abbreviation as no sentence end: “The frigate\'s commanding officer, Cmdr. Anne Roy, said ...”', () => {
    const text = article('The frigate\'s commanding officer, Cmdr. Anne Roy, said in a video that foreign warships had kept a safe distance.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.speaker).toMatchObject({ name: 'Anne Roy', mention: { text: "The frigate's commanding officer, Cmdr. Anne Roy," } });
  });

  it('reads the phrase after a venue opening the sentence as the speaker: “In Washington, a senior administration official, speaking ..., said”', () => {
    const text = article('In Washington, a senior administration official, speaking on condition of anonymity, said the weapons would be used only near the border.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.speaker).toMatchObject({ mention: { text: 'a senior administration official' }, nation: 'US' });
  });

  it('keeps “Sheikh” between two names in the name: “President Hassan Sheikh Mohamud”', () => {
    const text = article('President Hassan Sheikh Mohamud told parliament that Somalia would defend "every inch" of its territory.');
    expect(extractStatements(text).statements[0]?.speaker).toMatchObject({ name: 'Hassan Sheikh Mohamud', role: 'President' });
  });

  it('reads ", the ministry said." after a name inside what was said as the speaker, not as that name’s apposition', () => {
    const text = article('Foreign Minister Sergei Lavrov prepared to visit Ethiopia.', 'Lavrov will meet Ethiopian Prime Minister Abiy Ahmed, the ministry said.');
    const s = extractStatements(text).statements.find((x) => x.content.text.includes('Abiy Ahmed'))!;
    expect(s.speaker.mention?.text).toBe('the ministry');
    expect(s.speaker.name).not.toBe('Abiy Ahmed');
  });

  it('takes a whole closing office before its possessive: "…, the prime minister\'s office said."', () => {
    const said = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => [s.content.text, s.speaker.mention?.text]);
    expect(said("The board will vote again in March, the prime minister's office said.")).toEqual([['The board will vote again in March', "the prime minister's office"]]);
    expect(said("The board will vote again in March, the foreign minister's spokesman said.")).toEqual([['The board will vote again in March', "the foreign minister's spokesman"]]);
  });

  it('reads “Gen” after a civilian office as a given name, and after a military one as the rank', () => {
    const speakers = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => [s.speaker.name, s.speaker.role]);
    expect(speakers('Defense Minister Gen Nakatani told a news conference that the dredging would not harm the reef.')).toEqual([['Gen Nakatani', 'Defense Minister']]);
    expect(speakers('Army chief Gen Akira Suzuki said troops would guard the dredgers.')[0]![0]).toBe('Akira Suzuki');
  });

  it('keeps “news” after a capital in the speaker: “Algeria\'s official APS news agency said”', () => {
    const text = article('Algeria\'s official APS news agency said the writer had been arrested for "undermining national unity."');
    expect(extractStatements(text).statements[0]?.speaker.mention?.text).toBe("Algeria's official APS news agency");
  });
  it('reads the phrase before a request for anonymity as the speaker, without commas: “A diplomat who asked not to be named said”', () => {
    const text = article(
      'A Brazilian diplomat who asked not to be named said the president was prepared to host a meeting.',
      'An official who spoke on condition of anonymity said the talks had failed.',
      'A diplomat who was not authorised to speak publicly said the vote would be delayed.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['A Brazilian diplomat', 'the president was prepared to host a meeting'],
      ['An official', 'the talks had failed'],
      ['A diplomat', 'the vote would be delayed'],
    ]);
    expect(result.statements[0]?.speaker.nation).toBe('BR');
  });

  it('takes no speaker from a document a participle describes: “In a statement read on state television, Foreign Minister X said”', () => {
    const text = article('In a statement read on state television, Foreign Minister Rodrigo Salcedo said the new licences were "null and void".');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.name, s.content.text])).toEqual([['Rodrigo Salcedo', 'the new licences were "null and void"']]);
  });
  it('reads a lower-case office before a name after a quotation as the speaker: \'"…," the group\'s West Africa director, X, told AFP\'', () => {
    const text = article(
      'STOCKHOLM (Wire) - "We saw a complete loss of signal," the company\'s chief technology officer, Maria Lind, told Reuters.',
      '"This is a systematic campaign," the group\'s West Africa director, Moussa Ndiaye, told AFP.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.kind, s.speaker.name, s.content.text])).toEqual([
      ['direct', 'Maria Lind', '"We saw a complete loss of signal,"'],
      ['direct', 'Moussa Ndiaye', '"This is a systematic campaign,"'],
    ]);
  });
  it('reads a nationality between the article and the noun as the speaker’s: “after a Japanese steelmaker said”', () => {
    const text = article('TOKYO – South Korea summoned Japan\'s ambassador on Wednesday after a Japanese steelmaker said it would not comply with a court order.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.speaker.nation, s.content.text])).toEqual([['a Japanese steelmaker', null, 'it would not comply with a court order']]);
  });

  it('keeps an elided particle’s name in the speaker: “An official at the Quai d\'Orsay, who asked not to be named because …, said”', () => {
    const text = article("An official at the Quai d'Orsay, who asked not to be named because talks with N'Djamena are continuing, said Paris wanted to avoid a retreat.");
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.find((s) => s.cue?.text === 'said')?.speaker).toMatchObject({ nation: 'FR' });
    expect(result.statements.find((s) => s.cue?.text === 'said')?.speaker.mention?.text).toMatch(/^An official at the Quai d'Orsay/);
  });
  it('leaves an adverb without "-ly" out of the speaker: “Kigali nonetheless urged”, “Moscow meanwhile said”', () => {
    const text = article('Kigali nonetheless urged its citizens to postpone trips to eastern Congo.', 'Moscow meanwhile said the talks had failed.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.speaker.nation])).toEqual([
      ['Kigali', 'RW'],
      ['Moscow', 'RU'],
    ]);
  });
  it('reads a noun after an article and a compound adjective as no cue: “Egypt, which … is locked in a long-running dispute with Ethiopia …, said”', () => {
    const text = article(
      "Egypt, which has troops in Somalia under the African Union's mission and is locked in a long-running dispute with Ethiopia over the Grand Ethiopian Renaissance Dam, said in a Foreign Ministry statement that it stood \"fully behind\" Somalia's unity.",
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.name, s.speaker.nation, s.content.text])).toEqual([['Egypt', 'EG', 'that it stood "fully behind" Somalia\'s unity']]);
  });
  it('reads past a name after a preposition inside an apposition, and a police warning as no cue', () => {
    const text = article(
      'Giulia Ferraro, head of operations at Mare Aperto, a Genoa-based charity that runs the rescue ship Aurora, called the deal "pushbacks by proxy".',
      'Harjit Sandhu, a lawyer for the group who has received a police warning, said members had been living "under a shadow".',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.cue?.text, s.speaker.name, s.content.text])).toEqual([
      ['called', 'Giulia Ferraro', 'the deal "pushbacks by proxy"'],
      ['said', 'Harjit Sandhu', 'members had been living "under a shadow"'],
    ]);
  });
  it('reads a press service as a speaker, and a missile warning after an article as no cue', () => {
    const text = article(
      '"There were no casualties among our border guards," the committee\'s press service said on its Telegram channel.',
      'The government briefly issued a J-Alert missile warning for Okinawa late Wednesday, urging residents to take shelter indoors.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ["the committee's press service", '"There were no casualties among our border guards,"'],
      ['The government', 'residents to take shelter indoors'],
    ]);
  });

  it('finishes the place a company is based in before its relative clause, and names no person after “based in”', () => {
    const text = article(
      'Silverpeak Lithium, a company based in Charlotte, North Carolina, which holds a concession until 2043, said the plan amounted to expropriation.',
      'Rio Verde, a firm based in Denver, Colorado, said the vote was unfair.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.name, s.speaker.nation])).toEqual([
      ['Silverpeak Lithium', null],
      ['Rio Verde', null],
    ]);
  });

  it('passes over a list of names after “by” to the subject, and over where a body is based', () => {
    const text = article(
      'The PKK, listed as a terrorist organisation by Türkiye, the US and the EU, claimed that none of its members had been killed.',
      'The Gulf of Fonseca Fishermen’s Association, based in the Honduran port of San Lorenzo, said the families had received no news.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => s.speaker.name)).toEqual(['PKK', 'Gulf of Fonseca Fishermen’s Association']);
  });

  it('leaves a doubtful noun cue whose report would open with “said” to the speaker before it, and reads a body’s secretary-general as a speaker', () => {
    const text = article(
      'Chief Justice Rebeca Ibarrola Cantú, reading the majority opinion, said the law had "tilted the field" in favour of the state company.',
      'The Gulf Cooperation Council’s secretary-general said he had contacted both capitals.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.cue?.text, s.speaker.mention?.text])).toEqual([
      ['said', 'Chief Justice Rebeca Ibarrola Cantú'],
      ['said', 'The Gulf Cooperation Council’s secretary-general'],
    ]);
  });

  it('reads past a relay that quotes the speaker, past a venue before an office and its holder, and through a ministry that lists its portfolios', () => {
    const text = article(
      'In Riyadh, an Interior Ministry official quoted by the state news agency said 4,200 people had been flown home.',
      'In Kabul, a spokesman for the Ministry of Energy and Water, Mawlawi Abdul Basir Haqmal, said the canal would turn desert into farmland.',
      "The Gambia's Ministry of Trade, Industry, Regional Integration and Employment said in a statement that the fees reflected the cost of the bridge.",
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => s.speaker.mention?.text)).toEqual([
      'an Interior Ministry official',
      'a spokesman for the Ministry of Energy and Water, Mawlawi Abdul Basir Haqmal,',
      "The Gambia's Ministry of Trade, Industry, Regional Integration and Employment",
    ]);
  });

  it('keeps an office whose portfolio follows "for" as the source before the holder’s name, and the name as the speaker', () => {
    const text = article(
      "Germany's minister of state for Europe, Lena Hartwig, told reporters at the same meeting that Berlin would not agree to open the cluster.",
      'Hartwig said more work was needed.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const told = result.statements.find((x) => x.cue?.text === 'told');
    expect(told?.content.text).toBe('that Berlin would not agree to open the cluster');
    expect(told?.speaker.mention?.text).toBe("Germany's minister of state for Europe, Lena Hartwig,");
    expect(told?.speaker.name).toBe('Lena Hartwig');
    expect(told?.speaker.nation).toBe('DE');
  });

  it('keeps initials with the name they open, and reads "termed" as calling something', () => {
    const text = article(
      'Disinformation researcher J.M. Berger said the accounts were linked.',
      'Party Chairman Keshav Thapa termed the dissolution of the House "unconstitutional" and urged the court to restore it.',
    );
    const { statements } = extractStatements(text);
    expect(statements.find((x) => x.cue?.text === 'said')?.speaker.name).toBe('J.M. Berger');
    const termed = statements.find((x) => x.cue?.text === 'termed');
    expect(termed?.content.text).toBe('the dissolution of the House "unconstitutional"');
    expect(termed?.speaker.name).toBe('Keshav Thapa');
  });

  it('reads a country’s ministry with its portfolios in lower case as the source after what it said', () => {
    const text = article('Windhoek will not be able to spare any power this year, Namibia’s ministry of mines and energy said in a statement.');
    const said = extractStatements(text).statements.find((x) => x.cue?.text === 'said');
    expect(said?.speaker.mention?.text).toBe('Namibia’s ministry of mines and energy');
    expect(said?.content.text).toBe('Windhoek will not be able to spare any power this year');
    expect(said?.speaker.nation).toBe('NA');
  });

  it('names the holder, not the region, when the portfolio after "for the" is a region', () => {
    const text = article("Australia's Minister for the Pacific, Hamish Kildare, said the centre would train officers from every island state.");
    const said = extractStatements(text).statements.find((x) => x.cue?.text === 'said');
    expect(said?.speaker).toMatchObject({ name: 'Hamish Kildare', nation: 'AU' });
  });

  it('reads "called on" with its addressee and infinitive as an appeal, however doubtful its speaker, and a quoted addressee with it', () => {
    const text = article(
      'The ministry called on both sides to refrain from escalation.',
      'Spokesman Gao Jian called on "all parties concerned" to exercise restraint and avoid "actions that escalate tensions", while Kremlin spokesman Arkady Voronin said the launch was a consequence.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const appeals = result.statements.filter((x) => x.cue?.text === 'called on').map((x) => x.content.text);
    expect(appeals).toEqual(['both sides to refrain from escalation', '"all parties concerned" to exercise restraint and avoid "actions that escalate tensions"']);
  });

  it('keeps a ministry’s list of portfolios and a plural name’s possessive inside the speaker’s phrase, and names the person before "of the" body', () => {
    const text = article(
      "Japan's chief delegate, Hiroshi Tanabe of the Ministry of Land, Infrastructure, Transport and Tourism, told reporters after the vote that Tokyo was disappointed.",
      'Noting that smelters burn coal, lawmaker Dewi Anggraini of the House of Representatives\' Commission XII said the ban needed "strict standards".',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const told = result.statements.find((x) => x.cue?.text === 'told');
    expect(told?.speaker.mention?.text).toBe("Japan's chief delegate, Hiroshi Tanabe of the Ministry of Land, Infrastructure, Transport and Tourism,");
    expect(told?.speaker).toMatchObject({ name: 'Hiroshi Tanabe', nation: 'JP' });
    const noting = result.statements.find((x) => x.cue?.text === 'Noting');
    expect(noting?.content.text).toBe('that smelters burn coal');
    expect(noting?.speaker.mention?.text).toBe("lawmaker Dewi Anggraini of the House of Representatives' Commission XII");
    expect(noting?.speaker).toMatchObject({ name: 'Dewi Anggraini', organization: "the House of Representatives' Commission XII" });
  });

  it('reads an office whose name lists portfolios, set off by commas, as the phrase before the name that closes it', () => {
    const text = article(
      "AMMAN, Jan. 9 (Wire) - Jordan and Syria will keep the crossing open around the clock, Jordan's Minister of Industry, Trade and Supply, Khaled Obeidat, announced on Thursday.",
      'Trucks now wait for hours, the Minister of Agriculture, Fisheries and Food, Sami Haddad, said.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.content.text, x.speaker.mention?.text, x.speaker.name])).toEqual([
      ['Jordan and Syria will keep the crossing open around the clock', "Jordan's Minister of Industry, Trade and Supply, Khaled Obeidat,", 'Khaled Obeidat'],
      ['Trucks now wait for hours', 'the Minister of Agriculture, Fisheries and Food, Sami Haddad,', 'Sami Haddad'],
    ]);
    expect(result.statements[0]!.speaker).toMatchObject({ nation: 'JO', role: "Jordan's Minister of Industry, Trade and Supply", organization: null });
  });

  it('keeps where a party stands, between "of the" and its name, inside the speaker’s phrase, and reads it as no body', () => {
    const text = article(
      'GUATEMALA CITY, May 2 (Wire) - Prosecutors raided the electoral tribunal at dawn.',
      'Samuel Ajcip of the centre-left Movimiento Raíces, who won the first round, called the raid "a coup in slow motion".',
      'His rival, retired army general Otto Rivas Quan of the centre-right Unidad Patria, said prosecutors were only doing their job.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const coup = result.statements.find((x) => x.content.text.includes('slow motion'));
    expect(coup?.speaker.mention?.text).toBe('Samuel Ajcip of the centre-left Movimiento Raíces');
    expect(coup?.speaker).toMatchObject({ name: 'Samuel Ajcip', nation: 'GT' });
    expect(result.statements.find((x) => x.content.text.includes('their job'))?.speaker).toMatchObject({ name: 'Otto Rivas Quan', nation: 'GT' });
  });

  it('finds speakers named with a particle joined by a hyphen, lower-case local offices, plural possessives and places of two prepositions', () => {
    const text = article(
      'BAGHDAD, July 14 (Wire) - Turkey will release more water into the Tigris, Iraq\'s water minister said.',
      '“The marshes are dying in front of us,” al-Rubaie told a news conference in Baghdad. “Every cubic metre counts now.”',
      'In Basra, provincial governor Nazar Abdul-Wahid al-Saadi warned that seawater had pushed up the Shatt al-Arab.',
      'Tunisian navy vessels seized two fishing boats late on Tuesday, the boats’ owners said.',
      'A diplomat from one of the member states, who asked not to be named, said the dispute had poisoned the summit.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const by = (words: string) => result.statements.find((x) => x.content.text.includes(words))?.speaker.mention?.text;
    expect(by('marshes are dying')).toBe('al-Rubaie');
    expect(by('Every cubic metre')).toBe('al-Rubaie');
    expect(by('seawater had pushed')).toBe('provincial governor Nazar Abdul-Wahid al-Saadi');
    expect(by('seized two fishing boats')).toBe('the boats’ owners');
    expect(by('poisoned the summit')).toBe('A diplomat from one of the member states');
  });

  it('reads translated wire copy: "specified that", an office of a province whose kind closes it, a delegate from a country, and a scene after the cue', () => {
    const text = article(
      'In a communiqué read on the national radio, the member of the government specified that the assailants had come from across the border.',
      'Chad can no longer absorb refugees without more aid, the governor of the eastern Ouaddaï province said Tuesday, as thousands more people crossed the border.',
      'A delegate from Chad, speaking on condition of anonymity, said several countries had wanted the summit to open talks on the account.',
      'Japan will provide 4.5 billion yen in grants to help farmers around the lake, its ambassador to Nigeria said Wednesday at a summit of the Lake Chad Basin Commission in Abuja.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['the member of the government', 'that the assailants had come from across the border'],
      ['the governor of the eastern Ouaddaï province', 'Chad can no longer absorb refugees without more aid'],
      ['A delegate from Chad', 'several countries had wanted the summit to open talks on the account'],
      ['its ambassador to Nigeria', 'Japan will provide 4.5 billion yen in grants to help farmers around the lake'],
    ]);
  });

  it('reads a shadow critic\'s portfolio before the name, and a request for anonymity with its reason, as the speaker\'s phrase', () => {
    const text = article(
      'Conservative public safety critic Rick Halvorsen said the government had been slow.',
      'A senior official in the minister\'s department, who asked not to be named because an internal review has not been published, said the delays were caused by a shortage of welders.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['Conservative public safety critic Rick Halvorsen', 'the government had been slow'],
      ["A senior official in the minister's department", 'the delays were caused by a shortage of welders'],
    ]);
  });

  it('reads a statement read out, set off by commas after the speaker, as no statement of its own, and keeps an Arabic name\'s "wal-"', () => {
    const text = article(
      'BAMAKO, March 2 (Wire) - Mali\'s government, in a statement read on state television in Bamako, called on Mauritania to guarantee "dignified treatment" of Malian nationals.',
      "In a statement relayed by a monitoring group, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaida's Sahel affiliate, said its fighters had seized the post.",
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.speaker.mention?.text, x.cue?.text, x.content.text])).toEqual([
      ["Mali's government", 'called on', 'Mauritania to guarantee "dignified treatment" of Malian nationals'],
      ["Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaida's Sahel affiliate,", 'said', 'its fighters had seized the post'],
    ]);
  });

  it('finds leads closed by a body joined by "and", by an envoy\'s remit, by an "as" clause, and after a participle a modal makes part of the clause', () => {
    const text = article(
      'LUSAKA, Oct. 12 /Panafrica News Agency/ -- Zambia has reached an agreement with holders of its bonds, the Ministry of Finance and National Planning announced on Thursday.',
      'Washington will put another 550 million dollars into the Lobito rail corridor, the U.S. special coordinator for the project said on Wednesday, as the first trains reached the coast.',
      'South Africa will pay Lesotho more under a new formula agreed on Thursday, the binational Lesotho Highlands Water Commission said in a statement.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.speaker.mention?.text, x.cue?.text, x.content.text])).toEqual([
      ['the Ministry of Finance and National Planning', 'announced', 'Zambia has reached an agreement with holders of its bonds'],
      ['the U.S. special coordinator for the project', 'said', 'Washington will put another 550 million dollars into the Lobito rail corridor'],
      ['the binational Lesotho Highlands Water Commission', 'said', 'South Africa will pay Lesotho more under a new formula agreed on Thursday'],
    ]);
    expect(result.statements.map((x) => x.speaker.nation)).toEqual(['ZM', 'US', null]);
  });

  it('keeps a hope or expectation the speaker adds with "and" inside what they said', () => {
    const text = article(
      'Kremlin spokesman Artyom Lesin told reporters that Moscow was "not taking sides" and hoped Abu Dhabi and Tehran would settle the matter.',
      'The State Department said the United States was "deeply concerned" and expected Mexico to present a delivery schedule.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => x.content.text)).toEqual([
      'that Moscow was "not taking sides" and hoped Abu Dhabi and Tehran would settle the matter',
      'the United States was "deeply concerned" and expected Mexico to present a delivery schedule',
    ]);
  });

  it('finds an office with a bracketed abbreviation after an opening participial phrase', () => {
    const text = article('Speaking at the same ceremony, the chief executive of the Ghana Cocoa Board (COCOBOD), Kwabena Owusu-Ansah, said Accra had sold forward 40 percent of the crop.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]!.content.text).toBe('Accra had sold forward 40 percent of the crop');
    expect(result.statements[0]!.speaker).toMatchObject({ name: 'Kwabena Owusu-Ansah', nation: 'GH' });
  });

  it('keeps a closing "stated" after a whole clause, its speaker set off by a comma, however doubtful the frame model', () => {
    const text = article('Jakarta (Nusantara News) - The government will ban exports of nickel matte from January, Energy Minister Arief Wicaksono stated here on Monday.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.cue?.text, x.content.text, x.speaker.name])).toEqual([['stated', 'The government will ban exports of nickel matte from January', 'Arief Wicaksono']]);
  });

  it('reads where and when a listener was told, and a scene after a comma, as no content of a closing "told"', () => {
    const text = article(
      'The two countries agreed to restart a pilot scheme, Foreign Secretary Tanvir Chowdhury told reporters at the foreign ministry on Wednesday, a day after returning from talks.',
      'The two countries will meet again in May, Foreign Secretary Tanvir Chowdhury told reporters on Wednesday, a day after returning from talks.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.filter((x) => x.cue?.text === 'told').map((x) => x.content.text)).toEqual([
      'The two countries agreed to restart a pilot scheme',
      'The two countries will meet again in May',
    ]);
  });

  it('takes no last word of a body’s name for its holder’s name', () => {
    const text = article('The deal would guarantee irrigation, the chairman of the Interstate Commission for Water Coordination, Uzbek deputy minister Bakhtiyor Rakhimov, said.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => x.speaker.name)).toEqual(['Bakhtiyor Rakhimov']);
  });

  it('finds a closing speaker named by a possessive, by where it sits or by a company word before its name', () => {
    const text = article(
      'The dredger returned to port on Wednesday, the project’s operator said.',
      'The bank has approved $1.2 billion in loans, the Manila-based lender said on Monday.',
      'A survey vessel left the harbour at dawn, the project’s operator, Aegean Grid Link, said.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => x.speaker.mention?.text)).toEqual(['the project’s operator', 'the Manila-based lender', 'the project’s operator, Aegean Grid Link,']);
  });

  it('reads an office opening a lead after the dateline’s dash, and "said here" as "said"', () => {
    const text = [
      'Nepal opposition calls for vote',
      'BEIJING, June 9 (Xinwen) -- The chairman of Nepal\'s main opposition party, Ganesh Prasad Adhikari, said here on Monday that the coalition government had "lost its moral authority".',
    ].join('\n\n');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.speaker.mention?.text, x.content.text])).toEqual([
      ['The chairman of Nepal\'s main opposition party, Ganesh Prasad Adhikari,', 'that the coalition government had "lost its moral authority"'],
    ]);
    expect(result.statements[0]!.speaker.nation).toBe('NP');
  });

  it('keeps an office whose name holds "and" before its holder, however long, and tells it from a list of portfolios', () => {
    const text = article(
      'The director of the Serbian government\'s Office for Kosovo and Metohija, Dejan Stamenković, said that the bridge was a unilateral act.',
      'The director general of the Office of Disaster Preparedness and Emergency Management (ODPEM), Leonie Campbell-Haye, told a briefing that 11,000 people were in shelters.',
      'Japan\'s chief delegate, Hiroshi Tanabe of the Ministry of Land, Infrastructure, Transport and Tourism, told reporters that talks would go on.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => x.speaker.mention?.text)).toEqual([
      'The director of the Serbian government\'s Office for Kosovo and Metohija, Dejan Stamenković,',
      'The director general of the Office of Disaster Preparedness and Emergency Management (ODPEM), Leonie Campbell-Haye,',
      'Japan\'s chief delegate, Hiroshi Tanabe of the Ministry of Land, Infrastructure, Transport and Tourism,',
    ]);
  });

  it('reads no venue opening the sentence as the first item of a list of names', () => {
    const text = article('In Brussels, Asylum and Migration Minister Anneleen Vos said smugglers would move north.', 'France, Germany and Italy said they would act.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => x.speaker.mention?.text)).toEqual(['Asylum and Migration Minister Anneleen Vos', 'France, Germany and Italy']);
  });

  it('gives a participle after a comma to the sentence\'s subject, not to the medium it names', () => {
    const text = article('Russia criticised the vote.', 'Foreign Ministry spokeswoman Yelena Dronova went further, writing on Telegram that Brussels was "trying to stage a Maidan in Tbilisi."');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'stage a Maidan').speaker.mention?.text).toBe('Foreign Ministry spokeswoman Yelena Dronova');
  });

  it('gives a participle after a dash to the sentence\'s subject, not to the dash', () => {
    const text = article('Councillor Marco Reyes flipped his vote on the spot – saying he now backed a smaller channel.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'smaller channel').speaker.mention?.text).toBe('Councillor Marco Reyes');
  });

  it('gives "According to X, Y said Z" to Y, the one who said it, not to the relay', () => {
    const text = article('According to the harbour board\'s minutes, Councillor Marco Reyes said that the channel would silt up.', 'According to the minutes, the vote was close.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'silt up').speaker.mention?.text).toBe('Councillor Marco Reyes');
    expect(statementContaining(result, 'vote was close').speaker.mention?.text).toBe('the minutes');
  });

  it('reads "Undersecretary for Human Rights X" as a title with its remit, then the name', () => {
    const text = article('Undersecretary for Human Rights Arturo Beltrán Ochoa said the vote had ended decades of nepotism.', 'Commissioner for Human Rights Dunja Halvorsen said the hearing would go ahead.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'nepotism').speaker).toMatchObject({ name: 'Arturo Beltrán Ochoa', role: 'Undersecretary for Human Rights' });
    expect(statementContaining(result, 'hearing').speaker).toMatchObject({ name: 'Dunja Halvorsen', role: 'Commissioner for Human Rights' });
  });

  it('keeps "Neither" and "Both" out of a name that opens a sentence', () => {
    const text = article('Neither Anna Berg nor Tomas Lind has voted yet.', 'Lind said he would vote against the plan.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'vote against').speaker.name).toBe('Tomas Lind');
    const both = article('Both Anna Berg and Tomas Lind backed the plan.', 'Berg said the channel must be dredged.');
    expect(statementContaining(extractStatements(both), 'must be dredged').speaker.name).toBe('Anna Berg');
  });

  it('reads a capitalised "Say" that closes a name as the name, not a cue', () => {
    const text = article('Fighting went on.', 'Naw Paw Say, coordinator of the Mae Sot-based Border Health Alliance, said clinics were running short of medicines.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => x.cue?.text)).toEqual(['said']);
  });

  it('reads "officials from both countries" as the speaker after what was said', () => {
    const text = article('RIYADH, May 21 (Wire) -- The United States and Saudi Arabia are close to a civil nuclear agreement but still differ over enrichment, officials from both countries said on Tuesday.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.speaker.mention?.text, x.speaker.nation])).toEqual([['officials from both countries', null]]);
  });

  it('runs a content through a list of past verbs, though one of them is a cue word', () => {
    const text = article('DUBAI (Wire) - The U.S. Navy’s Fifth Fleet called the seizure “a blatant violation of international law” and said Iran had harassed, attacked or seized 20 foreign-flagged ships in the past two years.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'harassed').content.text).toBe('Iran had harassed, attacked or seized 20 foreign-flagged ships in the past two years');
  });

  it('reads the capitals after an envoy\'s "for" as the remit, not a name', () => {
    const text = article('BRUSSELS (Wire) - The deal was "a model for the region", the European Union\'s envoy for Central Asia said.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((x) => [x.speaker.mention?.text, x.speaker.name, x.speaker.nation])).toEqual([
      ["the European Union's envoy for Central Asia", "European Union's envoy for Central Asia", null],
    ]);
  });
});

describe('completing a speaker phrase cut short', () => {
  const mentions = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.speaker.mention?.text);

  it('reads a lone determiner\'s whole phrase after an inverted cue: "said one harbour pilot"', () => {
    expect(mentions('“We will not move the pier for anyone,” said one harbour pilot.')).toEqual(['one harbour pilot']);
    expect(mentions('“The silt will be back by spring,” wrote one commenter.')).toEqual(['one commenter']);
    expect(mentions('“We will appeal,” said one, before leaving the hall.')).toEqual(['one']);
  });

  it('gives a cue after "and" the subject of the clause it continues, not the "and"', () => {
    const text = 'Protest over transit\n\nTOKYO (Wire) - Talks went on.\n\nJapan\'s Foreign Ministry said it had lodged "strong protests" with the United States and urged Washington to "stop sending wrong signals to separatist forces."';
    const urged = extractStatements(text).statements.find((s) => s.cue?.text === 'urged');
    expect(urged?.speaker.mention?.text).toBe("Japan's Foreign Ministry");
    expect(urged?.speaker.nation).toBe('JP');
  });
});

describe('a place inside a participle\'s phrase', () => {
  it('passes over a city\'s country or state after its own comma: "speaking … in Astana, Kazakhstan, said"', () => {
    const text = 'Talks stall\n\nMOSCOW, March 3 (Wire) - The talks stalled.\n\nForeign Minister Ilya Sorokin, speaking at a news conference in Astana, Kazakhstan, said that Moscow would respond.\n\nMayor Dana Whitfield, speaking at a rally in Wilmington, N.C., warned that the port would close.';
    const speakers = extractStatements(text).statements.map((s) => s.speaker);
    expect(speakers.map((s) => s.name)).toEqual(['Ilya Sorokin', 'Dana Whitfield']);
    expect(speakers[0]!.nation).toBe('RU');
  });

  it('passes over them in a relative clause too: "X in Norfolk, Virginia, which …, said", "X, which runs ships from Tianjin, China, said"', () => {
    const mentions = extractStatements(
      article(
        "NATO's Joint Force Command in Norfolk, Virginia, which oversees the region, said it was sharing radar data.",
        'The Shanghai-based operator, which runs ships from Tianjin, China, said the route was safe.',
      ),
    ).statements.map((s) => s.speaker.mention?.text);
    expect(mentions).toEqual(["NATO's Joint Force Command in Norfolk, Virginia", 'The Shanghai-based operator, which runs ships from Tianjin, China,']);
  });
});

describe('a lapse of time opening the sentence', () => {
  it('is no speaker: "Hours later, X returned the compliment, telling …", "Two days later, X hit back, telling …"', () => {
    const names = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.speaker.name);
    expect(names('Hours later, Ingrid Holm returned the compliment, telling the Courier, “He is a fine engineer.”')).toEqual(['Ingrid Holm']);
    expect(names('Two days later, Holm hit back, telling reporters, “The board will not be bullied.”')).toEqual(['Holm']);
  });
});

describe('words that are never the speaker', () => {
  it('reads no day after an inverted cue as its speaker: "…,” the nominee, X, tweeted Sunday after the attack', () => {
    const text = article('“The harbour master should resign,” the opposition candidate, Ingrid Holm, tweeted Sunday after the collision.');
    const tweeted = extractStatements(text).statements.find((s) => s.cue?.text === 'tweeted');
    expect(tweeted?.speaker.mention?.text).toBe('the opposition candidate');
  });

  it('gives a relative pronoun what follows its cue, not the clause before it: "X, who on Tuesday endorsed Y, said …"', () => {
    const text = article('Former candidate Ingrid Holm, who on Tuesday endorsed Nilsen, said Wednesday that the vote would be close.');
    const endorsed = extractStatements(text).statements.find((s) => s.cue?.text === 'endorsed');
    expect(endorsed?.speaker.mention?.text).toBe('who');
    expect(endorsed?.speaker.name).toBe('Ingrid Holm');
    expect(endorsed?.content.text).toBe('Nilsen');
  });
});

describe('a cue that is a noun or follows a phrase of time', () => {
  const speakers = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => [s.cue?.text, s.speaker.name ?? s.speaker.mention?.text]);

  it('gives a noun cue after an article and a modifier to the clause\'s subject: "X delivered a spirited tribute to …"', () => {
    expect(speakers('Ingrid Holm delivered a spirited tribute to the harbour pilots who had kept the channel open.')).toContainEqual(['tribute', 'Ingrid Holm']);
    expect(speakers('The Fishermen\'s Union filed a formal complaint against the dredging contractor.')).toContainEqual(['complaint against', "Fishermen's Union"]);
  });

  it('leaves a plural subject before a present cue alone: "the experts say"', () => {
    expect(speakers('Unless the board acts soon, the engineers say, the channel will silt up.')).toContainEqual(['say', 'the engineers']);
  });

  it('passes over a phrase of time between the subject and the cue: "X at the time said"', () => {
    expect(speakers('Ingrid Holm at the time said the dredging plan was sound.')).toContainEqual(['said', 'Ingrid Holm']);
  });
});

describe('a source opened by a word of time and a subordinator', () => {
  it('is the noun phrase after them: "Even after the campaign pledged", "in June when Mr. X attacked"', () => {
    const mentions = extractStatements(
      article(
        'Even after the campaign pledged to spend $2 million on dredging, the board stayed divided.',
        'The row began in June when Mr. Nilsen attacked the board for its "reckless" dredging plan.',
        'Years after Ingrid Holm denounced the first dredging plan as "a disaster", the board revived it.',
      ),
    ).statements.map((s) => s.speaker.mention?.text);
    expect(mentions).toEqual(['the campaign', 'Mr. Nilsen', 'Ingrid Holm']);
  });
});

describe('a participle opening the sentence', () => {
  it('gives way to the subject after its phrase: "Walking to the next pier, X reminisced … and said …"', () => {
    const text = article('Walking to the next pier, Ingrid Holm reminisced about the old harbour, and said the dredging had changed the town.');
    const said = extractStatements(text).statements.find((s) => s.cue?.text === 'said');
    expect(said?.speaker.name).toBe('Ingrid Holm');
  });
});

describe('abbreviations inside an "according to" source', () => {
  it('reads the source past the periods of U.S. and U.N.', () => {
    const text = 'BOGOTA, Feb. 21 (Wire) - Colombia received the request.\n\nAccording to the U.N. refugee agency, 4,000 people crossed the border.\n';
    const found = extractStatements(text).statements.find((s) => s.content.text.startsWith('4,000 people'));
    expect(found?.speaker.mention?.text).toBe('the U.N. refugee agency');
  });
});

describe('abbreviations opening an office named in lower case', () => {
  it('reads "the U.N. refugee agency" and "the U.N. human rights office" whole, not "agency" and "rights office"', () => {
    const text = 'GENEVA, June 20 (Wire) - Fighting spread in the east.\n\nThe U.N. refugee agency said 30,000 people had crossed the border.\n\nThe U.N. human rights office said it was deeply concerned.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.speaker.nation])).toEqual([
      ['The U.N. refugee agency', null],
      ['The U.N. human rights office', null],
    ]);
  });
});

describe('speakers placed by where they met', () => {
  it('reads the speakers before "meeting in <place>", not the place', () => {
    const text = 'Cairo, Feb 4 (Wire).- Arab League foreign ministers meeting in Cairo on Tuesday called on Turkey and Iran to share the rivers.\n\nEU finance ministers meeting in Brussels on Monday said the rules would be eased.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.speaker.nation])).toEqual([
      ['Arab League foreign ministers', null],
      ['EU finance ministers', null],
    ]);
  });
});

describe('a closing "according to"', () => {
  it('takes the whole sentence before it as what its source said, however doubtful the words', () => {
    const text = 'DAKAR, Senegal (Wire) — Voters went to the polls on Sunday.\n\nTurnout had reached 41% by mid-afternoon, according to the Autonomous National Electoral Commission.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.content.text, s.speaker.mention?.text])).toEqual([['Turnout had reached 41% by mid-afternoon', 'the Autonomous National Electoral Commission']]);
  });
});

describe('the writer’s contrast after an attribution', () => {
  it('ends what was said at the attribution when ", even as" follows it', () => {
    const text = 'BOGOTA, Colombia (Wire) — The area planted with coca grew 9% last year, the U.N. Office on Drugs and Crime said Wednesday, even as the government moved away from forced eradication.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => s.content.text)).toEqual(['The area planted with coca grew 9% last year']);
  });
});

describe('a second saying after ", and"', () => {
  it('ends the first statement before a clause whose own subject says something', () => {
    const text = 'HANOI, May 2 (Wire) - Cambodia started work on the canal.\n\nVietnam’s agriculture ministry said last month that the canal could reduce flows into the Mekong Delta, and Hanoi has called on Phnom Penh to share the full assessment.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['Vietnam’s agriculture ministry', 'that the canal could reduce flows into the Mekong Delta'],
      ['Hanoi', 'Phnom Penh to share the full assessment'],
    ]);
  });
});

describe('an office placed by a phrase after it', () => {
  it('reads "the U.N. human rights office in Tegucigalpa" whole, an international office of no nation', () => {
    const text = 'TEGUCIGALPA, June 20 (Wire) - Inmates were moved to the island.\n\nThe U.N. human rights office in Tegucigalpa said it was concerned by the reports.\n';
    const found = extractStatements(text).statements[0];
    expect([found?.speaker.mention?.text, found?.speaker.nation]).toEqual(['The U.N. human rights office in Tegucigalpa', null]);
  });
});

describe('a body described by who leads it', () => {
  it('reads "Sudan\'s army-led government" whole, so the government is Sudan\'s, not the dateline\'s', () => {
    const text = "N'DJAMENA, June 20 (Wire) - Chad closed the border.\n\nSudan's army-led government said the RSF was to blame.\n";
    const found = extractStatements(text).statements[0];
    expect([found?.speaker.mention?.text, found?.speaker.nation]).toEqual(["Sudan's army-led government", 'SD']);
  });
});

describe('an official placed by "there"', () => {
  it('reads "A senior official there" before an anonymity clause, of the government that spoke just before', () => {
    const text = 'PANAMA CITY, June 20 (Wire) - Honduras unveiled the plan.\n\nThe Palacio de las Garzas said the plan was not a threat.\n\nA senior official there, who asked not to be named, said a rail corridor would need decades.\n';
    const found = extractStatements(text).statements.find((s) => s.content.text.startsWith('a rail corridor'));
    expect([found?.speaker.mention?.text, found?.speaker.nation]).toEqual(['A senior official there', 'PA']);
  });
});

describe('an apposition whose noun is a cue', () => {
  it('leaves the subject before "a long-time advocate of …" to the saying after it', () => {
    const text = 'BUDAPEST, June 2 (Wire) - Hungary asked for money.\n\nVienna, a long-time advocate of EU money for barriers, said it supported Budapest’s call for funding.\n';
    const found = extractStatements(text).statements.find((s) => s.cue?.text === 'said');
    expect([found?.speaker.mention?.text, found?.content.text, found?.speaker.nation]).toEqual(['Vienna, a long-time advocate of EU money for barriers,', 'it supported Budapest’s call for funding', 'AT']);
  });
});

describe('what others did meanwhile, after ", as"', () => {
  it('ends what was said before ", as" and a named subject\'s act', () => {
    const text = 'ISTANBUL, March 21 (Wire) – Turkish Foreign Minister Selim Karaoğlu said that Türkiye is determined to reopen a safe corridor in the Black Sea, as Russian and Ukrainian delegations met in Istanbul on Thursday.\n\nIndia on Monday said it supports all efforts towards peace in Ukraine, as External Affairs Minister Arvind Khosla held talks with his Ukrainian counterpart.\n';
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual([
      'that Türkiye is determined to reopen a safe corridor in the Black Sea',
      'it supports all efforts towards peace in Ukraine',
    ]);
  });
});

describe('a list of bare nouns in what was said', () => {
  it('runs on past the list\'s comma ("exports of gallium, germanium and antimony products")', () => {
    const text = 'BEIJING, June 2 (Wire) - China hit back.\n\nLate on Monday, the ministry announced that exports of gallium, germanium and antimony products to U.S. military end users would be banned and that other U.S. buyers would need case-by-case approval.\n';
    const found = extractStatements(text).statements[0];
    expect(found?.content.text).toBe('that exports of gallium, germanium and antimony products to U.S. military end users would be banned and that other U.S. buyers would need case-by-case approval');
  });
});

describe('"quoted X as saying" and when', () => {
  it('gives the quotation before to the one quoted, and takes no statement from "before his departure"', () => {
    const text = 'COLOMBO, Feb 23 (NNA) -- Pakistan Prime Minister Faisal Raza Khattak will travel to Colombo on Sunday.\n\n"Cricket has always been a bridge between our peoples," the state-run Pakistan Press Service quoted Khattak as saying before his departure.\n';
    const found = extractStatements(text).statements.filter((s) => s.content.start > 100);
    expect(found.map((s) => [s.speaker.name, s.content.text])).toEqual([['Faisal Raza Khattak', '"Cricket has always been a bridge between our peoples,"']]);
  });
});

describe('one quotation claimed by an office holder and a dangling "he said."', () => {
  it('goes to the office holder whose name follows the office, and a news agency relaying stays a relay', () => {
    const text = 'ISLAMABAD, June 2 (Wire) - Pakistan said three soldiers were killed.\n\nSpeaking to reporters in Rawalpindi, military spokesman Lt. Gen. Asif Nawaz said, ““We will respond to any violation. Our patience should not be tested.” he said.\n\nIn Doha, Minister of State Ali Al-Marri said Qatar regarded Britain as “a strategic destination” for its investments, according to the official Al-Bidda News Agency.\n';
    const found = extractStatements(text).statements.filter((s) => s.content.start > 80);
    expect(found.map((s) => s.speaker.mention?.text)).toEqual(['military spokesman Lt. Gen. Asif Nawaz', 'Minister of State Ali Al-Marri']);
  });
});

describe('what was said, coordinated after the content-end model\'s end', () => {
  it('runs on over ", but that …", "and to …" and a list whose noun "rail" reports nothing', () => {
    const text = 'BRUSSELS, June 2 (Wire) - The talks stalled.\n\nA spokesperson for the European Commission said the bloc remains "open to dialogue" on a new agreement, but that any future deal must include "full respect" for the rules.\n\nThe head of the U.N. human rights office in Haiti, Chilean lawyer Andrea Solís, urged the Dominican authorities to end “collective expulsions” and to let each person challenge their removal before a judge.\n\nClaessens insisted that the revenue should finance night trains and high-speed rail links between European capitals.\n';
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual([
      'the bloc remains "open to dialogue" on a new agreement, but that any future deal must include "full respect" for the rules',
      'the Dominican authorities to end “collective expulsions” and to let each person challenge their removal before a judge',
      'that the revenue should finance night trains and high-speed rail links between European capitals',
    ]);
  });
});

describe('sources the phrase reader had cut short', () => {
  it('reads a vice-president with a remit, a number opening the phrase, a relative clause and an anonymity briefing', () => {
    const text = [
      'LUSAKA, June 2 (Wire) - The bridge opened.',
      'The African Development Bank’s vice-president for infrastructure, Senegalese engineer Aminata Diallo-Sarr, said the bank would lend money.',
      'Prices were not disclosed, but two people involved in the negotiations said they were linked to crude oil.',
      'A team from the International Atomic Energy Agency that has been stationed at the plant since 2023 said the levels were low.',
      'In Washington, a Homeland Security official who briefed reporters on condition of anonymity said the first flight could leave next week.',
    ].join('\n\n');
    expect(extractStatements(text).statements.map((s) => s.speaker.mention?.text)).toEqual([
      'The African Development Bank’s vice-president for infrastructure, Senegalese engineer Aminata Diallo-Sarr,',
      'two people involved in the negotiations',
      'A team from the International Atomic Energy Agency',
      'a Homeland Security official',
    ]);
  });
});

describe('an opening relay before a speaker who called something', () => {
  it('leaves "According to the agency, the President called the line …" to the President', () => {
    const text = 'GUATEMALA CITY, June 2 (Wire) - The line opened.\n\nAccording to the state-run Agencia Chapina de Noticias, Guatemala\'s President Sergio Quiñónez called the line "a bridge of light between two peoples."\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.name, s.cue?.text])).toEqual([['Sergio Quiñónez', 'called']]);
  });
});

describe('an unnamed commander', () => {
  it('reads "A Mauritanian coast guard commander in Nouadhibou" as the source, of Mauritania', () => {
    const text = 'MADRID, May 2 (Wire) - Spain and Mauritania signed a deal.\n\nA Mauritanian coast guard commander in Nouadhibou, who asked not to be named, said smugglers had moved south.\n';
    const found = extractStatements(text).statements[0];
    expect([found?.speaker.mention?.text, found?.speaker.nation]).toEqual(['A Mauritanian coast guard commander in Nouadhibou', 'MR']);
  });
});

describe('what a subject will do, and what happened meanwhile', () => {
  it('keeps ", and Vilnius will ask …" inside what was said, and ends it before ", as haze pushed …"', () => {
    const text = 'VILNIUS, May 2 (Wire) - Lithuania will build a fence.\n\nAccording to her, the work will cost about 90 million euros, and Vilnius will ask the European Commission to cover at least half of the bill.\n\nMalaysia today urged Indonesia to take "immediate and visible" action against peatland fires, as haze pushed air quality into the unhealthy range for a fifth day.\n';
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual([
      'the work will cost about 90 million euros, and Vilnius will ask the European Commission to cover at least half of the bill',
      'Indonesia to take "immediate and visible" action against peatland fires',
    ]);
  });
});

describe('what the speaker went on to do after an evaluation', () => {
  it('ends \'called the revocation "unlawful"\' before "and taken the case to arbitration"', () => {
    const text = 'BAMAKO, May 2 (Wire) - Mali revoked the licence.\n\nKestrel Gold, which is listed in Toronto, has called the revocation "unlawful" and taken the case to international arbitration.\n';
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['the revocation "unlawful"']);
  });
});

describe('a decree and what "it" then said', () => {
  it('takes no statement from "declared a state of catastrophe" or "declared the emergency", and gives "It said" the seat that opened the sentence before', () => {
    const text = 'SANTIAGO, Feb. 4 (Wire) - Fires spread in central Chile.\n\nLa Moneda declared a state of catastrophe in three regions on Saturday. It said Chile had accepted offers of firefighting aircraft from Argentina.\n\nHonduras declared the emergency in December 2022.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.speaker.nation, s.content.text])).toEqual([['It', 'CL', 'Chile had accepted offers of firefighting aircraft from Argentina']]);
  });
});

describe('where a quotation was said', () => {
  it('takes no second statement from "told Huaxin on the sidelines of a food fair"', () => {
    const text = 'BRASILIA, May 2 (Wire) - Brazil signed.\n\n"We will keep earning this trust plant by plant," Rezende told Huaxin on the sidelines of a food fair in the city.\n';
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['"We will keep earning this trust plant by plant,"']);
  });

  it('takes none from "said on Wednesday, in what would be the first interception" after a closing attribution', () => {
    const text = "SEOUL/TOKYO, March 12 (Wire) - South Korea's coast guard has seized a cargo ship carrying about 200 containers of what appear to be North Korean artillery shells, the foreign ministry in Seoul said on Wednesday, in what would be the first interception at sea of arms allegedly bound for Russia.\n";
    expect(extractStatements(text).statements.map((s) => s.speaker.mention?.text)).toEqual(['the foreign ministry in Seoul']);
  });
});

describe('a spokesperson quoted by an agency, then the cue', () => {
  it('gives "a spokesperson quoted by the agency called …" to the spokesperson', () => {
    const text = 'SEOUL, May 2 (Wire) - The deal was signed.\n\nIn Pyongyang, a Foreign Ministry spokesperson quoted by the state-run Taedong News Agency called the agreement “a tribute paid by a colony to its master.”\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.speaker.nation])).toEqual([['a Foreign Ministry spokesperson', 'KP']]);
  });
});

describe('what the speaker did, told after a time', () => {
  it('ends the warning before ", and last year it sent …"', () => {
    const text = 'SEOUL, May 2 (Wire) - Activists launched leaflets.\n\nPyongyang has repeatedly warned that it will answer leaflet launches with “merciless” retaliation, and last year it sent thousands of balloons filled with trash into the South.\n';
    expect(extractStatements(text).statements.map((s) => s.content.text)).toEqual(['that it will answer leaflet launches with “merciless” retaliation']);
  });
});

describe('an inverted closing attribution after a clause with its own cue', () => {
  it('reaches back over "Malaysia has formally asked …" and reads the title with its bracketed portfolio whole', () => {
    const text = "KUALA LUMPUR, May 3 (Wire) -- Malaysia has formally asked Saudi Arabia to reconsider its decision to cut the country's haj quota, said Minister in the Prime Minister's Department (Religious Affairs) Datuk Seri Azhar Hamzah.\n";
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ["Minister in the Prime Minister's Department (Religious Affairs) Datuk Seri Azhar Hamzah", "Malaysia has formally asked Saudi Arabia to reconsider its decision to cut the country's haj quota"],
    ]);
  });
});

describe('a document and an outlet relaying a saying', () => {
  it('reads "A joint communique adopted at the meeting" as the source, and drops the outlet that reported what a ministry said', () => {
    const text = 'ASHGABAT, May 2 (Wire) - The pipeline talks resumed.\n\nA joint communique adopted at the meeting said member states "resolutely oppose" unilateral sanctions.\n\nIn Ashgabat, the Foreign Ministry said the project concerned only the two countries, the state newspaper Turkmen Sesi reported.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => s.speaker.mention?.text)).toEqual(['A joint communique', 'the Foreign Ministry']);
  });
});

describe('a government of standing that calls and urges', () => {
  it('takes no cue from "internationally recognized", and keeps "the U.N. Security Council" in what was urged', () => {
    const text = 'ADEN, May 2 (Wire) - A drone boat struck a tanker.\n\nThe internationally recognized government in Aden called the attack “maritime terrorism” and urged the U.N. Security Council to “stop treating the Red Sea as a side issue.”\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.nation, s.content.text])).toEqual([
      ['YE', 'the attack “maritime terrorism”'],
      ['YE', 'the U.N. Security Council to “stop treating the Red Sea as a side issue.”'],
    ]);
  });
});

describe('a cue the span tagger put on a number', () => {
  it('moves to the reporting verb just before it: "has maintained since 2021 that"', () => {
    const text = 'X\n\nWARSAW (Wire) - Poland pushed back migrants.\n\nWarsaw has maintained since 2021 that Minsk deliberately steers migrants towards the frontier.\n';
    const found = extractStatements(text).statements.find((s) => s.content.text.includes('Minsk'));
    expect([found?.cue?.text, found?.speaker.mention?.text]).toEqual(['maintained', 'Warsaw']);
  });
});

describe('"Underlining that …" opening the sentence', () => {
  it('reads the participle as the speaker’s own cue, as "Stressing that …" is', () => {
    const text = 'RIGA (Wire) - Latvia declared a border emergency.\n\nUnderlining that Latvia respects its international obligations, Ozolnieks claimed that border guards turn back no one who asks for asylum.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.cue?.text, s.speaker.mention?.text, s.content.text])).toEqual([
      ['Underlining', 'Ozolnieks', 'that Latvia respects its international obligations'],
      ['claimed', 'Ozolnieks', 'that border guards turn back no one who asks for asylum'],
    ]);
  });
});

describe('a quotation after the occasion and a colon', () => {
  it('gives "told the agency upon his arrival at Aden airport: “…” he added." to the named speaker', () => {
    const text =
      'MUSCAT (Wire) - Flights began.\n\nThe head of the government delegation, Deputy Minister Nabil Bashir, told the agency upon his arrival at Aden airport: “Today is a day of joy for hundreds of families.” he added.\n';
    const [found] = extractStatements(text).statements;
    expect([found?.cue?.text, found?.speaker.name, found?.content.text]).toEqual(['told', 'Nabil Bashir', '“Today is a day of joy for hundreds of families.”']);
  });
});

describe('a cue, its addressee and "that"', () => {
  it('keeps "and reminded political leaders that …" as a statement of its own, but not "Who told you that?"', () => {
    const text =
      'ABIDJAN (Wire) - The count went on.\n\nThe Deputy Prosecutor of the International Criminal Court, Senegalese jurist Mame Diarra Kane, said in a video message that the Court is "following closely" the situation in Côte d\'Ivoire and reminded political leaders that incitement to violence may fall under its jurisdiction.\n\n"Who told you that?" the senator asked.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.cue?.text, s.content.text])).toEqual([
      ['said', 'that the Court is "following closely" the situation in Côte d\'Ivoire'],
      ['reminded', 'that incitement to violence may fall under its jurisdiction'],
      ['asked', '"Who told you that?"'],
    ]);
  });
});

describe('how the speaker was reached, set in commas', () => {
  it('leaves "reached in Stuttgart, Germany," to the speaker before it', () => {
    const text = 'DAKAR (Wire) - France handed over its bases.\n\nA spokesperson for U.S. Africa Command, reached in Stuttgart, Germany, said Washington had not asked Senegal for access to the sites.\n';
    const found = extractStatements(text).statements.find((s) => s.content.text.includes('not asked Senegal'));
    expect([found?.speaker.mention?.text, found?.speaker.nation]).toEqual(['A spokesperson for U.S. Africa Command, reached in Stuttgart, Germany,', 'US']);
  });
});

describe('a name that is also a reporting verb', () => {
  it('reads "Said" before a name’s particle as the given name, not the cue', () => {
    const text = 'MUSCAT (Wire) - “We have always believed in dialogue,” Foreign Minister Said bin Hamoud al-Harthy told the closing session.\n';
    const [found] = extractStatements(text).statements;
    expect([found?.cue?.text, found?.speaker.name, found?.content.text]).toEqual(['told', 'Said bin Hamoud al-Harthy', '“We have always believed in dialogue,”']);
  });
});

describe('a body named with its bracketed acronym closing the sentence', () => {
  it('reads "the … (UKMTO) agency" whole, and the statement before it', () => {
    const text = 'ADEN, March 4 (Wire) - A bulk carrier was hit by a missile on Tuesday, the United Kingdom Maritime Trade Operations (UKMTO) agency said, the third attack this month.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([['the United Kingdom Maritime Trade Operations (UKMTO) agency', 'A bulk carrier was hit by a missile on Tuesday']]);
  });

  it('reaches back over a saying in a clause of time to the sentence’s start', () => {
    const text =
      'SEOUL, Feb. 21 (Wire) -- A South Korean Navy destroyer escorted three Korean-operated tankers through the southern Red Sea this week after coalition forces warned of a possible Houthi missile launch, the Joint Chiefs of Staff (JCS) said Wednesday.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['the Joint Chiefs of Staff (JCS)', 'A South Korean Navy destroyer escorted three Korean-operated tankers through the southern Red Sea this week after coalition forces warned of a possible Houthi missile launch'],
    ]);
  });
});

describe('what happened before, told after the statement', () => {
  it('ends the statement before ", after" and a subject of its own with its act', () => {
    const text =
      'JAKARTA, Nov. 21 (Wire) – Indonesia said on Thursday it can no longer carry the burden alone, after a wooden boat with about 150 refugees on board, most of them women and children, reached the coast of Aceh province.\n\nThe ministry said talks would resume, after consultations with the provinces.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => s.content.text)).toEqual(['it can no longer carry the burden alone', 'talks would resume, after consultations with the provinces']);
  });
});

describe('a second saying after ", although"', () => {
  it('ends the statement before the cue when another speaker’s clause follows it, and keeps that clause apart', () => {
    const text =
      'JEDDAH, March 4 (Wire) - The delegations agreed on Tuesday to extend the talks by another week, the Saudi foreign ministry said, although mediators acknowledged that the two sides remained far apart.\n\nThe talks, a Sudanese official said, would resume on Sunday.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['the Saudi foreign ministry', 'The delegations agreed on Tuesday to extend the talks by another week'],
      ['mediators', 'that the two sides remained far apart'],
      ['a Sudanese official', 'The talks, a Sudanese official said, would resume on Sunday'],
    ]);
  });
});

describe('a second saying after ", and the"', () => {
  it('ends the first statement before a body named with its article that says something', () => {
    const text = 'DHAKA (Wire) - Aid was cut.\n\nDhaka has long said that the only lasting solution is the refugees’ return, and the Foreign Ministry on Wednesday urged Myanmar to create conditions for repatriation.\n';
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['Dhaka', 'that the only lasting solution is the refugees’ return'],
      ['the Foreign Ministry', 'Myanmar to create conditions for repatriation'],
    ]);
  });
});

describe('a second saying after ", as"', () => {
  it('ends the first statement before a clause whose named subject says something', () => {
    const text = "GENEVA, June 20 (Wire) - Fighting spread in Darfur.\n\nThe government in N'Djamena warned that Chad could no longer absorb refugees, as the U.N. refugee agency said 30,000 people had crossed the border.\n";
    const found = extractStatements(text).statements;
    expect(found.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ["The government in N'Djamena", 'that Chad could no longer absorb refugees'],
      ['the U.N. refugee agency', '30,000 people had crossed the border'],
    ]);
  });
});

describe('a lower-case body of two words closing the sentence', () => {
  it('reads "the coast guard" whole, not "guard" with "the coast" left in the content', () => {
    const text = 'SEOUL, April 17 (Wire) -- South Korea seized three boats on Thursday, the coast guard said.\n';
    const [found] = extractStatements(text).statements;
    expect([found?.content.text, found?.speaker.mention?.text, found?.speaker.nation]).toEqual(['South Korea seized three boats on Thursday', 'the coast guard', 'KR']);
  });
});
