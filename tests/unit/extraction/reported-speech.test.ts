import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { expectSpansToMatch, statementContaining } from './helpers';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('reported speech', () => {
  it('leaves where a statement was posted out of it: "said on X that", "wrote on Telegram that", "on its website"', () => {
    const contents = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.content.text);
    expect(contents('Foreign Minister Amir Rahimi said on X that Tehran would respond to any attack.')).toEqual(['that Tehran would respond to any attack']);
    expect(contents('President Olena Marchuk wrote on Telegram that air defences had shot down 30 drones overnight.')).toEqual(['that air defences had shot down 30 drones overnight']);
    expect(contents('The defence ministry said on its website that the drills would continue.')).toEqual(['that the drills would continue']);
  });

  it('leaves for whom a statement was made out of it: "said on behalf of its members that", past an abbreviation', () => {
    const contents = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.content.text);
    expect(contents('The commission said on behalf of its members that engineers would meet next week.')).toEqual(['that engineers would meet next week']);
    expect(contents('The commission said in a statement on behalf of its U.S. and Mexican sections that engineers would meet next week.')).toEqual([
      'that engineers would meet next week',
    ]);
  });

  it('reads "wrote on Telegram:" and "said on X:" as where a quotation was posted, not as part of it', () => {
    const said = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => [s.kind, s.cue?.text, s.content.text]);
    expect(said('Foreign Minister Radoslaw Sikorski wrote on Telegram: "Putin will pay for this."')).toEqual([['direct', 'wrote', '"Putin will pay for this."']]);
    expect(said('Sikorski said on X: "Putin will pay for this."')).toEqual([['direct', 'said', '"Putin will pay for this."']]);
  });

  it('leaves the listener of "told" out of what was said, whether a person, an outlet or a gathering', () => {
    const contents = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.content.text);
    // The article after a whole listener opens the content.
    expect(contents('The minister told reporters the talks with the unions had failed after three weeks.')).toEqual(['the talks with the unions had failed after three weeks']);
    expect(contents('The minister told CNN the talks with the unions had failed after three weeks.')).toEqual(['the talks with the unions had failed after three weeks']);
    // A briefing is addressed, not reported: the content is the clause before the source.
    expect(contents('The talks with the unions have failed after three weeks of negotiation, the minister told a regular press briefing on Monday.')).toEqual([
      'The talks with the unions have failed after three weeks of negotiation',
    ]);
  });

  it('finds "X said that ..." with the clause as content', () => {
    const text = article('Finance Minister Omar Haddad said that the budget would be balanced by 2027.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'budget would be balanced');
    expect(s.kind).toBe('indirect');
    expect(s.content.text).toBe('that the budget would be balanced by 2027');
    expect(s.cue?.text).toBe('said');
    expect(s.speaker.name).toBe('Omar Haddad');
    expect(s.speaker.role).toBe('Finance Minister');
  });

  it('leaves how a statement went out ("carried by KCNA", "posted on its website") out of its content', () => {
    const text = article(
      'Kim Yo Jong said in a statement carried by KCNA that Pyongyang would never give up its weapons.',
      'The ministry said in a statement posted on its website that it had summoned the ambassador.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.cue?.text, s.content.text])).toEqual([
      ['said', 'that Pyongyang would never give up its weapons'],
      ['said', 'that it had summoned the ambassador'],
    ]);
  });

  it('ends reported content at a contrasting speaker, and gives a short position before ", his office said" to the office', () => {
    const text = article(
      'Vote on the resolution',
      'The Irish prime minister welcomed the vote, his office said.',
      'The ministry said the talks had been useful, while Human Rights Watch urged the government to release the detained reporters.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    // One statement, not two: the office voiced the prime minister's welcome.
    const welcome = statementContaining(result, 'the vote');
    expect([welcome.speaker.mention?.text, welcome.cue?.text, welcome.content.text]).toEqual(['his office', 'said', 'The Irish prime minister welcomed the vote']);
    expect(result.statements.filter((s) => s.content.text.includes('the vote'))).toHaveLength(1);
    expect(statementContaining(result, 'talks had been useful').content.text).toBe('the talks had been useful');
    const contrasted = statementContaining(result, 'detained reporters');
    expect(contrasted.speaker.mention?.text).toBe('Human Rights Watch');
    expect(contrasted.cue?.text).toBe('urged');
  });

  it('reads a group quoted as one voice whole: "French farmers ..., saying"', () => {
    const text = article('Trade pact row', 'French farmers have staged protests against the pact for months, saying it would expose them to unfair competition.');
    const s = statementContaining(extractStatements(text), 'unfair competition');
    expect(s.speaker.mention?.text).toBe('French farmers');
  });

  it('keeps the speakers before "familiar with" or "briefed on" in the source', () => {
    const text = article(
      'Leaders meet',
      'Officials familiar with the talks said the two leaders met for an hour.',
      'People briefed on the plan said it would be announced on Monday.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'met for an hour').speaker.mention?.text).toBe('Officials familiar with the talks');
    expect(statementContaining(result, 'announced on Monday').speaker.mention?.text).toBe('People briefed on the plan');
  });

  it('finds other reporting verbs: emphasized that, warned against', () => {
    const text = article(
      'Defense Secretary Joan Avery emphasized that the alliance remained united.',
      'Avery also warned against any attempt to test the alliance in the Baltic.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'alliance remained united').speaker.name).toBe('Joan Avery');
    const warning = statementContaining(result, 'attempt to test the alliance');
    expect(warning.speaker.name).toBe('Joan Avery');
  });

  it('attributes an opening participial clause to the subject of the main clause', () => {
    const text = article(
      'Chinese Foreign Minister Wang Lei met his counterpart in Hanoi.',
      'Stating that the talks had been frank, Wang said that both sides wanted calm in the sea.',
    );
    const result = extractStatements(text);
    const participle = statementContaining(result, 'talks had been frank');
    expect(participle.speaker.name).toBe('Wang Lei');
    expect(participle.content.text).toBe('that the talks had been frank');
    const main = statementContaining(result, 'both sides wanted calm');
    expect(main.speaker.name).toBe('Wang Lei');
    expect(main.speaker.nation).toBe('CN');
  });

  it('finds "according to X" before and after the content', () => {
    const text = article(
      'According to the Kremlin, the meeting will take place in October.',
      'The summit was postponed twice, according to diplomats familiar with the plans.',
    );
    const result = extractStatements(text);
    const first = statementContaining(result, 'meeting will take place');
    expect(first.speaker.mention?.text).toBe('the Kremlin');
    expect(first.speaker.nation).toBe('RU');
    const second = statementContaining(result, 'summit was postponed');
    expect(second.speaker.mention?.text).toBe('diplomats familiar with the plans');
    expect(second.speaker.name).toBeNull();
  });

  it('marks reported speech with a partial quotation as mixed', () => {
    const text = article('Opposition leader Karen Walsh said the reform was “a betrayal of every pensioner” and promised to repeal it.');
    const result = extractStatements(text);
    const s = statementContaining(result, 'a betrayal of every pensioner');
    expect(s.kind).toBe('mixed');
    expect(s.speaker.name).toBe('Karen Walsh');
  });

  it('ends reported content at its attribution when the writer adds a scene after it: ", the ministry said, after the first talks ..."', () => {
    const text = [
      'Patrols to resume',
      "NEW DELHI, Dec 19 (Reuters) - India and China agreed on Wednesday to resume patrols along their border, India's foreign ministry said, after the first talks in five years.",
    ].join('\n\n');
    const said = extractStatements(text).statements.find((s) => s.cue?.text === 'said');
    expect(said?.content.text).toBe('India and China agreed on Wednesday to resume patrols along their border');
  });

  it('ends the content at the attribution when what follows only sums up the event: ", the JCS said, the first such launch ..."', () => {
    const text = article('Launch', 'SEOUL, March 18 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Monday, the Joint Chiefs of Staff said, the first such launch in two months.');
    const said = extractStatements(text).statements.find((s) => s.cue?.text === 'said');
    expect(said?.content.text).toBe('North Korea fired a ballistic missile into the East Sea on Monday');
  });

  it('ends the content at the attribution when what follows sums up the event: ", the navy said on Monday, in the first attack ..."', () => {
    const text = article('Grain ship', 'KYIV, March 3 (Wire) – Russian drones struck a bulk carrier overnight, injuring two crew members, Ukraine\'s navy said on Monday, in the first attack on a merchant vessel this year.');
    const said = extractStatements(text).statements.find((s) => s.cue?.text === 'said');
    expect(said?.content.text).toBe('Russian drones struck a bulk carrier overnight, injuring two crew members');
  });

  it('ends the content at the attribution when a scene measured from an event follows: ", the military said, hours after ..."', () => {
    const text = article('Launch', 'SEOUL, Aug. 19 (Hanbit News) -- North Korea fired several cruise missiles on Monday, South Korea\'s military said, hours after Seoul and Washington began their drills.');
    const said = extractStatements(text).statements.find((s) => s.cue?.text === 'said');
    expect(said?.content.text).toBe('North Korea fired several cruise missiles on Monday');
  });

  it('gives "X was quoted by KCNA as saying ..." to X, with the content after "as saying"', () => {
    const text = article('Launch', 'Kim was quoted by KCNA as saying the country must be "fully ready to strike back at any moment."');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]).toMatchObject({ content: { text: 'the country must be "fully ready to strike back at any moment."' }, speaker: { mention: { text: 'Kim' } } });
  });

  it('gives a lead’s clause after its dateline to whoever said it, with no participle the writer adds: "– Hungary blocked ..., diplomats said, forcing ..."', () => {
    const text = article('Summit', 'BRUSSELS, Dec. 15 (Euro-Asia Press) – Hungary blocked a 50-billion-euro aid package for Ukraine on Thursday, diplomats said, forcing the other 26 leaders to look for a way around the veto.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ content: { text: 'Hungary blocked a 50-billion-euro aid package for Ukraine on Thursday' }, speaker: { mention: { text: 'diplomats' } } });
  });

  it('reaches a closing attribution back over the opening clause’s own verb: "Washington urged ..., a State Department spokesman said"', () => {
    const text = article('Restraint', 'WASHINGTON (AP) — Washington urged both sides to show restraint, a State Department spokesman said.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ content: { text: 'Washington urged both sides to show restraint' }, speaker: { mention: { text: 'a State Department spokesman' }, nation: 'US' } });
  });

  it('reaches back over a quotation closed by its comma, and takes no relay after the cue for content: ",” spokesman X said, according to IRNA"', () => {
    const text = article('Strikes', 'Iran condemned the strikes as "a clear violation of Yemen\'s sovereignty," foreign ministry spokesman Nasser Kanaani said, according to state news agency IRNA.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ content: { text: 'Iran condemned the strikes as "a clear violation of Yemen\'s sovereignty,"' }, speaker: { name: 'Nasser Kanaani', nation: 'IR' } });
  });

  it('skips a listener named in apposition: "told his Pakistani counterpart, Ishaq Dar, that ..."', () => {
    const text = article('Kashmir', 'Chinese Foreign Minister Wang Yi told his Pakistani counterpart, Ishaq Dar, that Beijing understood Islamabad\'s concerns.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.content.text).toBe("that Beijing understood Islamabad's concerns");
  });

  it('keeps a second "that" in the same statement: "said that A and that it hoped B"', () => {
    const text = article('Trade', 'Japan\'s trade ministry said in a statement that the move reflected "steady progress" in relations and that it hoped Korea would lift its remaining curbs.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]?.content.text).toBe('that the move reflected "steady progress" in relations and that it hoped Korea would lift its remaining curbs');
  });

  it('keeps an office word before its office when a place follows: ", the foreign ministry in Port Sudan said"', () => {
    const text = article('Envoy recalled', 'Sudan recalled its ambassador to Kenya in protest, the foreign ministry in Port Sudan said.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ content: { text: 'Sudan recalled its ambassador to Kenya in protest' }, speaker: { mention: { text: 'the foreign ministry in Port Sudan' }, nation: 'SD' } });
  });

  it('reaches "according to X" back over the opening clause’s own verb: "Seoul and Tokyo agreed ..., according to a statement from X"', () => {
    const text = article('Pact', 'SEOUL, Oct. 2 (Hanbit News) -- South Korea and Japan agreed on Monday to restore an intelligence-sharing pact, according to a statement from Seoul\'s defence ministry.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ content: { text: 'South Korea and Japan agreed on Monday to restore an intelligence-sharing pact' }, speaker: { nation: 'KR' } });
  });

  it('reads a quotation right after the addressee’s "to" as the appeal’s infinitive: urged Manila to "stop provocations"', () => {
    const text = article('Shoal', 'In Beijing, foreign ministry spokesman Lin Jian urged Manila to "stop provocations" and said the shoal was part of China\'s territory.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.find((s) => s.cue?.text === 'urged')).toMatchObject({ kind: 'mixed', content: { text: 'Manila to "stop provocations"' } });
  });

  it('opens the content at a capital after a whole listener: "told reporters Tokyo shared ..."', () => {
    const text = article('G7', 'Japan\'s foreign minister, Yoko Kamikawa, told reporters Tokyo shared the group\'s concerns.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    expect(result.statements[0]).toMatchObject({ content: { text: "Tokyo shared the group's concerns" }, speaker: { name: 'Yoko Kamikawa', nation: 'JP' } });
  });

  it('makes no statement of how a source wished to be cited: "who declined to be identified"', () => {
    const text = article('G7', 'An EU official, who declined to be identified, said the next sanctions round could target banks.');
    const result = extractStatements(text);
    expect(result.statements.map((s) => s.content.text)).toEqual(['the next sanctions round could target banks']);
  });

  it('ends a content at ", though" opening another speaker’s clause: "..., though China\'s foreign ministry said ..."', () => {
    const text = article('Troops', 'Zhongnanhai has repeatedly criticised the presence of U.S. troops in the region, though China\'s foreign ministry said on Friday it had "no comment on bilateral arrangements."');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['Zhongnanhai', 'the presence of U.S. troops in the region'],
      ["China's foreign ministry", 'it had "no comment on bilateral arrangements."'],
    ]);
  });

  it('ends a content at a comma closed inside its quotation before ", while X said"', () => {
    const text = article('Oil', 'Analysts at one bank said the deal was "more hawkish than expected," while Commerzbank\'s Carsten Fritsch said the unwinding could weigh on prices.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => s.content.text)).toEqual(['the deal was "more hawkish than expected,"', 'the unwinding could weigh on prices']);
  });

  it('keeps a whole appeal when the models started it at a "that" inside the infinitive: "urged both sides to refrain from steps that could ..."', () => {
    const text = article('Black Sea', 'In Ankara, Turkey\'s Foreign Ministry urged both sides to refrain from steps that could endanger navigation in the Black Sea.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.content.text).toBe('both sides to refrain from steps that could endanger navigation in the Black Sea');
  });

  it('keeps a whole appeal when quoted words stand before the "that": urged both sides to refrain from "unilateral actions" that ...', () => {
    const text = article('Border', 'In Brasilia, Itamaraty urged both sides to refrain from "unilateral actions" that could threaten peace in South America.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]).toMatchObject({ kind: 'mixed', content: { text: 'both sides to refrain from "unilateral actions" that could threaten peace in South America' } });
  });

  it('reads past an emailed response and its recipient to what was said: "said in an emailed response to AFP that ..."', () => {
    const text = article(
      'Licences',
      'Atlantic Meridian Energy, the Houston-based company awarded the blocks, said in an emailed response to AFP that it operated "in full compliance" with Guyanese law and declined to comment further.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['Atlantic Meridian Energy, the Houston-based company awarded the blocks,', 'that it operated "in full compliance" with Guyanese law'],
      ['Atlantic Meridian Energy, the Houston-based company awarded the blocks,', 'to comment further'],
    ]);
  });

  it('takes a dangling "he commented." after "X told TASS: “…”" for no second statement', () => {
    const text = article('Talks', 'Konstantin Belov, a senior Russian diplomat, told TASS: "The Europeans keep raising the bar. We urge all sides to show restraint," he commented.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.kind, s.speaker.name, s.content.text])).toEqual([
      ['direct', 'Konstantin Belov', '"The Europeans keep raising the bar. We urge all sides to show restraint,"'],
    ]);
  });

  it('runs an appeal on past its quotation to the clause\'s end: urged Tokyo to “show sincerity” toward the victims', () => {
    const text = article(
      'Appeals',
      'South Korea\'s foreign ministry urged Tokyo to “show sincerity” toward the victims.',
      'France and Germany urged Iran to "immediately restore full cooperation" with the agency and to grant inspectors access to all declared sites.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.kind, s.content.text])).toEqual([
      ['mixed', 'Tokyo to “show sincerity” toward the victims'],
      ['mixed', 'Iran to "immediately restore full cooperation" with the agency and to grant inspectors access to all declared sites'],
    ]);
  });

  it('keeps the addressee of "called on" when the models started inside the infinitive: called on Yerevan and Baku to refrain from any steps that could ...', () => {
    const text = article('Treaty', 'The ministry called on Yerevan and Baku to refrain from any steps that could "undermine the fragile positive dynamics" of recent months.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]?.content.text).toBe('Yerevan and Baku to refrain from any steps that could "undermine the fragile positive dynamics" of recent months');
  });

  it('passes over the source a relay cites to its "that": "Yonhap reported, citing an unnamed official, that ..."', () => {
    const text = article('Labour', 'Yonhap News Agency reported, citing an unnamed government official, that Seoul was considering asking a foundation to pay.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([['Yonhap News Agency', 'that Seoul was considering asking a foundation to pay']]);
  });

  it('passes over a relay set between a cue and its "that": "said, as quoted by the Tanjug news agency, that ...", "said, according to Tanjug, that ..."', () => {
    const text = article(
      'Plates',
      'Serbia\'s Defense Ministry said, as quoted by the Tanjug news agency, that army units had been placed on heightened alert.',
      'The ministry said, according to Tanjug, that leave had been cancelled.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.cue?.text, s.content.text])).toEqual([
      ['said', 'that army units had been placed on heightened alert'],
      ['said', 'that leave had been cancelled'],
    ]);
  });

  it('reaches a closing attribution back over an unsourced request opening the sentence: "The diplomats have been asked to leave …, the ministry said"', () => {
    const text = article(
      'Expulsions',
      'The diplomats have been asked to leave India by midnight on Saturday, the Ministry of External Affairs said in a statement.',
      'A senior government official, who did not wish to be identified, said India was also reviewing visa services.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ['the Ministry of External Affairs', 'The diplomats have been asked to leave India by midnight on Saturday'],
      ['A senior government official', 'India was also reviewing visa services'],
    ]);
  });

  it('leaves a statement to its own cue when "according to" is set in commas between speaker and cue', () => {
    const text = article('Talks', 'Prime Minister Benjamin Netanyahu, according to the statement, told the cabinet that the talks were "another attempt to buy time".');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.cue?.text, s.speaker.name, s.content.text])).toEqual([['told', 'Benjamin Netanyahu', 'that the talks were "another attempt to buy time"']]);
  });

  it('keeps "and that" in what was said when the first clause has no "that": "said the issue was … and that China hoped …"', () => {
    const text = article('Map', 'Chinese Foreign Ministry spokesperson Li Wenjie said the Kalapani issue was "a matter between Nepal and India" and that China hoped the two sides would resolve it.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.name, s.content.text])).toEqual([
      ['Li Wenjie', 'the Kalapani issue was "a matter between Nepal and India" and that China hoped the two sides would resolve it'],
    ]);
  });

  it('ends an opening "according to" content at ", while organisers said", and keeps both statements', () => {
    const text = article('March', 'According to Serbia\'s Interior Ministry, about 24,000 people took part, while organisers said more than 100,000 had joined the march.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.mention?.text, s.content.text])).toEqual([
      ["Serbia's Interior Ministry", 'about 24,000 people took part'],
      ['organisers', 'more than 100,000 had joined the march'],
    ]);
  });

  it('runs a charge on past its quotation: accused Nairobi of "…" by licensing …', () => {
    const text = article('Blocks', 'Warsame accused Nairobi of “trying to create facts on the water” by licensing seismic surveys in the contested blocks.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => s.content.text)).toEqual(['Nairobi of “trying to create facts on the water” by licensing seismic surveys in the contested blocks']);
  });

  it('reads wire formulas around a listener: "X told journalists: “…,” he added", ", X told reporters in Nairobi, adding that …", "told reporters on condition of anonymity that …"', () => {
    const text = article(
      'Border',
      'Chairman of the State Border Committee Anatoly Rybalko told journalists: "The Polish side is escalating the situation. We will respond adequately," he added.',
      'The new contingent would bring the number of Kenyan officers to about 1,000, Interior Cabinet Secretary Joseph Mutai told reporters in Nairobi, adding that the officers had completed their training.',
      'A Japanese official told reporters on condition of anonymity that Tokyo suspected the decision was political.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => [s.speaker.name ?? s.speaker.mention?.text, s.content.text])).toEqual([
      ['Anatoly Rybalko', '"The Polish side is escalating the situation. We will respond adequately,"'],
      ['Joseph Mutai', 'The new contingent would bring the number of Kenyan officers to about 1,000'],
      ['Joseph Mutai', 'that the officers had completed their training'],
      ['Japanese official', 'that Tokyo suspected the decision was political'],
    ]);
  });

  it('keeps the addressee of a quoted "to …" and of a warning "against …", and gives the addressee\'s capital to no speaker', () => {
    const text = article(
      'Appeals',
      'The Saudi Foreign Ministry urged both sides “to put the interests of the Sudanese people above all other considerations” and to facilitate the delivery of aid.',
      'CAIRO - Foreign Ministry spokesman Ahmed Fathy warned Addis Ababa against "unilateral actions" that could destabilize the Red Sea.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => s.content.text)).toEqual([
      'both sides “to put the interests of the Sudanese people above all other considerations” and to facilitate the delivery of aid',
      'Addis Ababa against "unilateral actions" that could destabilize the Red Sea',
    ]);
    expect(result.statements[1]?.speaker.nation).not.toBe('ET');
  });

  it('reads a quoted addressee as opening an appeal: urged "all parties" to exercise restraint', () => {
    const text = article('Launch', 'China\'s foreign ministry urged "all parties" to exercise restraint.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements[0]).toMatchObject({ kind: 'mixed', content: { text: '"all parties" to exercise restraint' } });
  });

  it('reads what was said before "X was quoted as saying" when nothing said follows it, and past the agent to a "that"', () => {
    const said = (paragraph: string) => extractStatements(article('Talks', paragraph)).statements.map((s) => [s.content.text, s.speaker.name]);
    expect(said('"The deal is dead," Deputy Foreign Minister Sergei Ryabkov was quoted by Interfax as saying.')).toEqual([['"The deal is dead,"', 'Sergei Ryabkov']]);
    expect(said('Iran will not negotiate under any pressure, Foreign Minister Abbas Araghchi was quoted as saying by the news agency IRNA on Sunday.')).toEqual([
      ['Iran will not negotiate under any pressure', 'Abbas Araghchi'],
    ]);
    expect(said('Foreign Minister Abbas Araghchi was quoted as saying by IRNA that Iran would not negotiate under pressure.')).toEqual([
      ['that Iran would not negotiate under pressure', 'Abbas Araghchi'],
    ]);
  });

  it('finds a whole clause closed by ", X told reporters." or a listener such as state television or a news conference', () => {
    const said = (paragraph: string) => extractStatements(article('Talks', paragraph)).statements.map((s) => [s.content.text, s.speaker.name]);
    expect(said('Iran will not negotiate under any pressure, Foreign Minister Abbas Araghchi told reporters.')).toEqual([['Iran will not negotiate under any pressure', 'Abbas Araghchi']]);
    expect(said('Iran will not negotiate under any pressure, Foreign Minister Abbas Araghchi told state television on Sunday.')).toEqual([
      ['Iran will not negotiate under any pressure', 'Abbas Araghchi'],
    ]);
    expect(said('Iran will not negotiate under any pressure, Foreign Minister Abbas Araghchi told a news conference in Tehran.')).toEqual([
      ['Iran will not negotiate under any pressure', 'Abbas Araghchi'],
    ]);
  });

  it('gives "cited X as saying" and "X was cited by Y as saying" to X, and leaves the one cited out of what was said', () => {
    const said = (paragraph: string) => extractStatements(article('Talks', paragraph)).statements.map((s) => [s.content.text, s.speaker.mention?.text]);
    expect(said('Prime Minister Kyriakos Mitsotakis was cited by the Kathimerini newspaper as saying that Athens would not accept the plan.')).toEqual([
      ['that Athens would not accept the plan', 'Prime Minister Kyriakos Mitsotakis'],
    ]);
    expect(said('The agency cited the ministry as saying that talks would resume next week.')).toEqual([['that talks would resume next week', 'the ministry']]);
  });

  it('ends a mixed statement at its closing quotation when the writer adds a relative clause after it', () => {
    const contents = (paragraph: string) => extractStatements(article('Border', paragraph)).statements.map((s) => s.content.text);
    expect(contents('Tashkent said the agreement "strengthens stability in the whole Fergana Valley", where the borders were drawn in Soviet times.')).toEqual([
      'the agreement "strengthens stability in the whole Fergana Valley"',
    ]);
  });

  it('leaves the writer\'s note on a claim out of it: "said it had shot down five jets, a claim New Delhi denied"', () => {
    const contents = (paragraph: string) => extractStatements(article('Strikes', paragraph)).statements.map((s) => s.content.text);
    expect(contents('Pakistan said on Thursday it had shot down five Indian jets, a claim New Delhi denied.')).toEqual(['it had shot down five Indian jets']);
  });

  it('takes neither the writer\'s aside after a closing cue nor a relative "that" in it for what was said', () => {
    const contents = (paragraph: string) => extractStatements(article('Water', paragraph)).statements.map((s) => s.content.text);
    const mexico = contents('Mexico will not make emergency water deliveries to the United States, the Foreign Ministry said on Wednesday, in a sharp answer to a demand from Washington that has revived a quarrel over the river.');
    expect(mexico).toEqual(['Mexico will not make emergency water deliveries to the United States']);
    expect(contents('Comey described, in fairly blistering terms, a set of email practices that left the department exposed.')).toEqual([
      'a set of email practices that left the department exposed',
    ]);
  });

  it('finds "According to X, …" opening a sentence whatever its content\'s words', () => {
    const said = (paragraph: string) => extractStatements(article('Drones', paragraph)).statements.map((s) => [s.cue?.text, s.content.text]);
    expect(said('According to the Russian defense ministry, air defenses downed 41 Ukrainian drones overnight.')).toEqual([
      ['According to', 'air defenses downed 41 Ukrainian drones overnight'],
    ]);
  });

  it('gives "X was quoted as saying ..." to X', () => {
    const text = article('Launch', 'The North\'s state media said leader Kim Jong Un had overseen a test. Kim was quoted as saying the country would "bolster its nuclear deterrent."');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const quoted = statementContaining(result, 'bolster');
    expect(quoted.content.text).toBe('the country would "bolster its nuclear deterrent."');
    expect(quoted.speaker.name).toBe('Kim Jong Un');
  });

  it('reads "said at least …" as what was said, and finds the "that" past a relative clause after the listener', () => {
    const contents = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => s.content.text);
    expect(contents('The governor said at least 400 trucks were stranded on his side of the border and that the county had opened a camp.')).toEqual([
      'at least 400 trucks were stranded on his side of the border and that the county had opened a camp',
    ]);
    expect(contents('Ambassador Li Wenhai told reporters at the Doraleh port, which Chinese firms helped build, that the railway could absorb more traffic.')).toEqual([
      'that the railway could absorb more traffic',
    ]);
  });

  it('keeps what was said before a closing attribution whose cue a carrier or an aside follows', () => {
    const contents = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => `${s.speaker.mention?.text}: ${s.content.text}`);
    expect(contents('The council extended the opening of the crossing for three months, the council said in a statement carried by the official news agency.')).toEqual([
      'the council: The council extended the opening of the crossing for three months',
    ]);
    expect(contents('The European Union will impose duties on U.S. goods from April 15, the European Commission announced Wednesday, in response to Washington\'s tariffs.')).toEqual([
      'the European Commission: The European Union will impose duties on U.S. goods from April 15',
    ]);
    expect(contents('The bloc will impose duties on U.S. goods, the European Commission announced on Wednesday, in response to the tariffs.')).toEqual([
      'the European Commission: The bloc will impose duties on U.S. goods',
    ]);
  });
});
