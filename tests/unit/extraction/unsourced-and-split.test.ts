import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { expectSpansToMatch, statementContaining } from './helpers';

const article = (...paragraphs: string[]) => paragraphs.join('\n\n') + '\n';

describe('statements nobody is named for', () => {
  it('takes a request not to be named for how a source wished to be cited, not for a statement', () => {
    const text = article(
      'LISBON, June 4 (Wire) - Portugal and Morocco reopened talks on the fishing quota on Wednesday.',
      'An official at the fisheries ministry, who asked not to be named because the talks are still open, said the quota would be cut by a tenth.',
      'A second negotiator, who asked to remain anonymous, said both sides wanted a deal before the summer.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.some((s) => /^(not to be named|to remain anonymous)/.test(s.content.text))).toBe(false);
    expect(statementContaining(result, 'cut by a tenth')).toBeTruthy();
    expect(statementContaining(result, 'a deal before the summer')).toBeTruthy();
  });

  it('reports an expectation as the whole clause, with no speaker', () => {
    const text = article('The Senate returned from its recess on Monday.', 'The Senate is expected to vote on the budget bill next week.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'vote on the budget bill');
    expect(s.content.text).toBe('The Senate is expected to vote on the budget bill next week');
    expect(s.cue?.text).toBe('is expected');
    expect(s.speaker.mention).toBeNull();
  });

  it('reads what is expected from the clause after "that", keeping a relative "that" as its subject', () => {
    const text = article(
      'The state news agency quoted Colonel Yamilé Rosabal as saying that the storm was expected to make landfall on Wednesday.',
      'Sanders won in a race that is widely expected to grow more combative.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const quoted = statementContaining(result, 'make landfall');
    expect(quoted.content.text).toBe('that the storm was expected to make landfall on Wednesday');
    expect(quoted.speaker.name).toBe('Yamilé Rosabal');
    expect(statementContaining(result, 'more combative').content.text).toBe('that is widely expected to grow more combative');
  });

  it('reports the question in "Asked whether ..., X said ..." apart from the answer', () => {
    const text = article(
      'Governor Maria Lopez toured the flooded towns on Tuesday.',
      'Asked whether the state would ask for federal aid, Lopez said that the request was already on its way.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const question = statementContaining(result, 'ask for federal aid');
    expect(question.content.text).toBe('whether the state would ask for federal aid');
    expect(question.speaker.mention).toBeNull();
    const answer = statementContaining(result, 'request was already on its way');
    expect(answer.content.text).toBe('that the request was already on its way');
    expect(answer.speaker.name).toBe('Maria Lopez');
  });
});

describe('statements an attribution splits', () => {
  it("keeps ''A,'' said X. ''B.'' together in the double-apostrophe style", () => {
    const text = article(
      'Rail workers voted to strike.',
      "''We have waited long enough,'' said Tom Reyes, the union's president. ''Now the company has to listen.''",
      'Talks resume on Friday.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements).toHaveLength(1);
    const s = result.statements[0]!;
    expect(s.content.text.startsWith("''We have waited")).toBe(true);
    expect(s.content.text.endsWith("has to listen.''")).toBe(true);
    expect(s.speaker.name).toBe('Tom Reyes');
  });

  it('runs “A,” X said, “B.” from the first quotation through the second', () => {
    const text = article('Rail workers voted to strike.', '“The company has had a year to make an offer,” Reyes said, “and it has made none.”');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'a year to make an offer');
    expect(s.kind).toBe('direct');
    expect(s.content.text).toBe('“The company has had a year to make an offer,” Reyes said, “and it has made none.”');
    expect(s.speaker.mention?.text).toBe('Reyes');
  });

  it('runs “A,” X said, “B.” across a listener or an occasion after the cue, and splits it past a dateline in wire copy', () => {
    const contents = (paragraph: string) => extractStatements(article(paragraph)).statements.map((s) => [s.kind, s.content.text]);
    expect(contents('"The sanctions are illegal," Lavrov told reporters, "and they will be answered."')).toEqual([
      ['direct', '"The sanctions are illegal," Lavrov told reporters, "and they will be answered."'],
    ]);
    expect(contents('MOSCOW (Wire) - "The sanctions are illegal," the ministry said in a statement, "and they will be answered."')).toEqual([
      ['direct', '"The sanctions are illegal,"'],
      ['direct', '"and they will be answered."'],
    ]);
    expect(contents('MOSCOW (Wire) - "The sanctions are illegal," Lavrov told reporters in Moscow, "and they will be answered."')).toEqual([
      ['direct', '"The sanctions are illegal,"'],
      ['direct', '"and they will be answered."'],
    ]);
  });

  it('splits a quotation continued after its attribution into two statements of the same speaker in international wire copy only', () => {
    const quotes = '“The region has had enough of tension,” Karaağaç told reporters. “Today two neighbours chose dialogue.”';
    const wire = article('Accord signed', 'ANKARA, Dec. 12 (Wire) – Ethiopia and Somalia signed a memorandum, the Turkish foreign minister said.', quotes);
    const result = extractStatements(wire);
    expectSpansToMatch(wire, result);
    const split = result.statements.filter((s) => s.speaker.mention?.text === 'Karaağaç');
    expect(split.map((s) => s.content.text)).toEqual(['“The region has had enough of tension,”', '“Today two neighbours chose dialogue.”']);
    expect(split.every((s) => s.kind === 'direct' && s.cue?.text === 'told')).toBe(true);
    // A story filed from Washington about the United States is domestic reporting; one about other countries is not.
    const domestic = article('Budget passed', 'WASHINGTON (AP) — The U.S. Senate passed the budget on Tuesday, the White House said.', quotes);
    expect(extractStatements(domestic).statements.filter((s) => s.speaker.mention?.text === 'Karaağaç')).toHaveLength(1);
  });

  it('takes no statement from the headline above an international wire dateline, and keeps one in other stories', () => {
    const body = 'Ruritania has asked to renegotiate the treaty, the foreign ministry said.';
    const wire = article('Ruritania seeks to rewrite water treaty as row deepens', `STRELSAU, Feb. 11 (Wire) - ${body}`);
    expect(extractStatements(wire).statements.map((s) => s.content.text)).toEqual(['Ruritania has asked to renegotiate the treaty']);
    const domestic = article('Senator Says He Will Seek a Second Term', body);
    expect(extractStatements(domestic).statements.some((s) => s.content.start < domestic.indexOf('\n'))).toBe(true);
  });

  it('takes a foreign capital and its service in brackets for wire copy, and reads a count and a lawmaker of the opposition', () => {
    const text = article(
      'Survey ship sent',
      'ANKARA (Wire) - Turkey has sent a survey ship, the ministry said.',
      '"No one can close the sea to us," Demir said, speaking to reporters after a cabinet meeting. "We will protect our rights."',
      'In Ankara, Elif Kaya, a lawmaker of the main opposition party, said the government had acted too late.',
      'According to the coast guard, at least five boats were escorting the ship.',
    );
    const quoted = extractStatements(text).statements.filter((s) => s.speaker.mention?.text === 'Demir');
    expect(quoted.map((s) => s.content.text)).toEqual(['"No one can close the sea to us,"', '"We will protect our rights."']);
    expect(statementContaining(extractStatements(text), 'acted too late').speaker.mention?.text).toBe('Elif Kaya, a lawmaker of the main opposition party,');
    expect(statementContaining(extractStatements(text), 'five boats').content.text).toBe('at least five boats were escorting the ship');
  });

  it('ends what was said before the writer\'s view of the move, the occasion after an evaluation, and runs on over a belief added with "but"', () => {
    const text = article(
      'Export ban',
      'KINSHASA, March 4 (Wire) — Ruritania will halt exports of copper concentrate from July 1, the government announced on Tuesday, in a move meant to force miners to refine at home.',
      'Opposition lawmaker Ana Lobo called the decree “an improvisation” in a speech to the National Assembly.',
      'The U.S. Embassy said Washington supported efforts to add value but expected the rules to be applied equally.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'halt exports').content.text).toBe('Ruritania will halt exports of copper concentrate from July 1');
    expect(statementContaining(result, 'improvisation').content.text).toBe('the decree “an improvisation”');
    expect(statementContaining(result, 'add value').content.text).toBe('Washington supported efforts to add value but expected the rules to be applied equally');
  });

  it('ends what was said before a time measured from another event, and reads a facilitator opening the phrase', () => {
    const text = article(
      'Plates',
      'PRISTINA, Aug. 28 (Wire) – Interior Minister Arben Gashi said on Thursday that the government would apply full reciprocity from Monday, a day after border police began turning back cars.',
      'The African Union\'s facilitator for the talks, South African former minister Thandi Dube, said the parties had narrowed their differences.',
    );
    const result = extractStatements(text);
    expect(statementContaining(result, 'reciprocity').content.text).toBe('that the government would apply full reciprocity from Monday');
    expect(statementContaining(result, 'narrowed').speaker.name).toBe('Thandi Dube');
  });

  it('runs "A, X said, B" across the attribution set in commas', () => {
    const text = article('Rail workers voted to strike.', 'In any case, union leader Tom Reyes said, the strike would go ahead on Monday.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'strike would go ahead');
    expect(s.content.text).toBe('In any case, union leader Tom Reyes said, the strike would go ahead on Monday');
    expect(s.speaker.name).toBe('Tom Reyes');
  });
});

describe('speakers the noun-phrase walk cannot reach', () => {
  it('finds a subject carrying a long relative clause', () => {
    const text = article(
      'Ports reopened on Thursday.',
      'Carla Mendes, who ran the port authority for a decade before the merger, said in an interview that the delays would last into the spring.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'delays would last');
    expect(s.content.text).toBe('that the delays would last into the spring');
    expect(s.speaker.name).toBe('Carla Mendes');
  });

  it('gives a participle after a verb and its object to the clause subject, not the object', () => {
    const text = article(
      'Ports reopened on Thursday.',
      'Transport Minister Ahmed Saleh unleashed a series of posts on Friday saying that the port strike had cost the country dearly.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const s = result.statements.find((x) => x.cue?.text === 'saying');
    expect(s?.content.text).toBe('that the port strike had cost the country dearly');
    expect(s?.speaker.name).toBe('Ahmed Saleh');
  });

  it('ends what was said before an absolute phrase after its attribution and before what the speaker did meanwhile', () => {
    const text = article(
      'TEHRAN, July 6 (Wire) -- Iran will hold a presidential runoff on Friday after no candidate won a majority in the first round, the Interior Ministry said Saturday, with turnout falling to 39.9 percent.',
      'QUITO, July 6 (Wire) - President Mateo Carrión Vela said on Sunday that the country was “at war with organised crime” as he declared a 60-day state of emergency.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'runoff').content.text).toBe('Iran will hold a presidential runoff on Friday after no candidate won a majority in the first round');
    expect(statementContaining(result, 'organised crime').content.text).toBe('that the country was “at war with organised crime”');
  });

  it('runs an appeal through a long addressee and a quoted infinitive, and a call for quoted words past its quotation', () => {
    const text = article(
      'YAOUNDE, May 3 (Wire) - Fighting spread in the northwest.',
      'The U.S. Embassy in Yaoundé urged both the security forces and armed separatists to “respect international humanitarian law” and to allow aid to reach civilians.',
      'ECOWAS called for "restraint and dialogue" between the two neighbours.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const appeal = statementContaining(result, 'security forces');
    expect(appeal.content.text).toBe('both the security forces and armed separatists to “respect international humanitarian law” and to allow aid to reach civilians');
    expect(appeal.kind).toBe('mixed');
    expect(statementContaining(result, 'restraint').content.text).toBe('"restraint and dialogue" between the two neighbours');
  });

  it('reads an opening participle before a subject with an apposition, and an opening appeal', () => {
    const text = article(
      'NEW DELHI, May 3 (Wire) -- Talks resumed.',
      'Noting that the two sides had twice failed to conclude talks, Rhea Kapoor, a trade economist at the Singapore-based Asia Commerce Institute, said the deadline was ambitious.',
      'Urging fellow ASEAN members to share responsibility, Santoso stated that Jakarta would raise the issue.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const noting = statementContaining(result, 'twice failed');
    expect(noting.cue?.text).toBe('Noting');
    expect(noting.content.text).toBe('that the two sides had twice failed to conclude talks');
    expect(noting.speaker.name).toBe('Rhea Kapoor');
    const urging = statementContaining(result, 'share responsibility');
    expect(urging.cue?.text).toBe('Urging');
    expect(urging.content.text).toBe('fellow ASEAN members to share responsibility');
  });

  it('ends a content where ", and" brings a second reporting verb with its "that", however rare a cue', () => {
    const text = article(
      'ULAANBAATAR, May 3 (Wire) -- Cases rose.',
      'Lawmaker Enkhbold Dashdorj said the government had waited a full week before informing the public, and demanded that the health minister appear before parliament.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'full week').content.text).toBe('the government had waited a full week before informing the public');
    const demand = statementContaining(result, 'appear before parliament');
    expect(demand.cue?.text).toBe('demanded');
    expect(demand.speaker.name).toBe('Enkhbold Dashdorj');
  });

  it('keeps the lead before its attribution when the writer\'s aside or a participle follows it, and reads a watchdog as a source\'s head', () => {
    const text = article(
      'MOSCOW, Oct. 1 (Wire) – Russia will raise the recycling fee on imported cars from January, the Ministry of Industry and Trade said on Wednesday, in a move that will hit Chinese carmakers.',
      'VIENNA, Oct. 1 (Wire) — North Korea has expanded its capacity to enrich uranium, the head of the U.N. nuclear watchdog said on Monday, telling a meeting of the board that a new building appeared to house centrifuges.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(statementContaining(result, 'recycling fee').content.text).toBe('Russia will raise the recycling fee on imported cars from January');
    const lead = statementContaining(result, 'capacity to enrich');
    expect(lead.content.text).toBe('North Korea has expanded its capacity to enrich uranium');
    expect(lead.speaker.mention?.text).toBe('the head of the U.N. nuclear watchdog');
  });

  it('finds a call laid out as "called on X to do Y" however doubtful the cue looks, in a subordinate clause too', () => {
    const text = article(
      'KUALA LUMPUR, July 11 (Wire) -- North Korea\'s delegate walked out of the forum today after several foreign ministers called on Pyongyang to return to talks on its nuclear weapons programme.',
    );
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const call = statementContaining(result, 'return to talks');
    expect(call.cue?.text).toBe('called on');
    expect(call.content.text).toBe('Pyongyang to return to talks on its nuclear weapons programme');
  });
});
