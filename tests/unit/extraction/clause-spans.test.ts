import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { ALL_LEARNED_PARTS } from '../../../shared/extraction/pipeline';
import { expectSpansToMatch, statementContaining } from './helpers';

const RULES_ONLY = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false } };

function article(...paragraphs: string[]): string {
  return ['Harbor towns argue over the dredge', 'The harbor council met on Monday to discuss the silted channel.', ...paragraphs].join('\n\n');
}

describe('where reported content starts and ends around its cue', () => {
  it('carries a following quotation on with the quoted speaker, not with a cue in the speaker’s description', () => {
    const text = article(
      '“I think the dredge can work,” said Lena Holm, the harbor director, who has not read the plan but knows its outline. “Even though it is costly, the port needs it.”',
      '“The boats behind the bar are stuck,” said Ole Berg, a pilot who worked the port for years, referring to the old channel. “Waiting for the tide is not a plan.”',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const holm = statementContaining(result, 'the dredge can work');
    expect(holm.content.text.endsWith('the port needs it.”')).toBe(true);
    expect(holm.speaker.name).toBe('Lena Holm');
    const berg = statementContaining(result, 'behind the bar are stuck');
    expect(berg.content.text.endsWith('is not a plan.”')).toBe(true);
    expect(berg.speaker.name).toBe('Ole Berg');
    expect(result.statements.some((s) => s.content.text.startsWith('its outline'))).toBe(false);
  });

  it('keeps a quotation after “said in a statement” apart from the one before it', () => {
    const text = article('“The levy is unfair to small boats,” a council spokesman said in a statement posted on its website. “The council will defend the fishing families.”');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const first = statementContaining(result, 'unfair to small boats');
    expect(first.content.text.includes('defend the fishing families')).toBe(false);
  });

  it('takes the subject of “seemed to” into the impression, which has no speaker', () => {
    const text = article('Tove Lund seemed to be of two minds about the dredge on Tuesday night.', 'It appears that the vote will wait until spring.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const lund = statementContaining(result, 'of two minds');
    expect(lund.content.text.startsWith('Tove Lund seemed')).toBe(true);
    expect(lund.speaker.mention).toBeNull();
    // A dummy "it" is no part of the impression.
    const vote = statementContaining(result, 'the vote will wait');
    expect(vote.content.text.startsWith('It')).toBe(false);
  });

  it('runs the content across “, he says,” when the opening phrase names no time', () => {
    const campaign = article('The pilot spoke to the council after the vote.', 'This campaign, he says, is different from the last one because the channel has silted up.');
    const result = extractStatements(campaign, RULES_ONLY);
    expectSpansToMatch(campaign, result);
    expect(statementContaining(result, 'is different from the last one').content.text.startsWith('This campaign, he says,')).toBe(true);
    // "This week" only sets the time of what follows.
    const week = article('The pilot spoke to the council after the vote.', 'This week, he says, the channel has silted up again and the ferries cannot pass.');
    const s = statementContaining(extractStatements(week, RULES_ONLY), 'the channel has silted up again');
    expect(s.content.text.startsWith('the channel')).toBe(true);
  });

  it('runs the content past a mid-sentence “according to X,” to the clause’s end', () => {
    const text = article('The next day, according to Per Lund, the mayor made further demands on the council.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'The next day');
    expect(s.content.text.endsWith('further demands on the council')).toBe(true);
    expect(s.speaker.name).toBe('Per Lund');
  });

  it('finds the speaker of an inverted cue in “said her campaign manager X” and “said the skipper”', () => {
    const text = article(
      '“We will cut into the mayor’s lead,” added her campaign manager Jon Vik, speaking to local radio after the debate. “We have a path to victory. It is not an easy path.”',
      '“It is hard enough to sail in winter,” said the skipper, who works for another ferry line. “But to know the company does not value you is worse.”',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const vik = statementContaining(result, 'cut into the mayor’s lead');
    expect(vik.speaker.name).toBe('Jon Vik');
    expect(vik.content.text.endsWith('not an easy path.”')).toBe(true);
    const skipper = statementContaining(result, 'hard enough to sail');
    expect(skipper.speaker.mention?.text).toBe('the skipper');
    expect(skipper.content.text.endsWith('is worse.”')).toBe(true);
  });

  it('resumes a quotation after the speaker’s apposition or after “and”', () => {
    const text = article(
      '“We have had crews on the water since April,” said Stina Moe, the council’s press officer, “and we have been building ties that last.”',
      '“This levy must come with firm limits,” she said, and “clear penalties for any abuse.”',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const moe = statementContaining(result, 'crews on the water');
    expect(moe.content.text.endsWith('ties that last.”')).toBe(true);
    expect(moe.speaker.name).toBe('Stina Moe');
    const levy = statementContaining(result, 'firm limits');
    expect(levy.content.text.endsWith('any abuse.”')).toBe(true);
    expect(result.statements.filter((s) => s.content.text.includes('any abuse'))).toHaveLength(1);
  });

  it('runs reported content across “, the city added,” into a coordinated predicate', () => {
    const text = article('The old ferry was fully insured, the city added, and had passed its spring inspection in April.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'fully insured');
    expect(s.content.text.endsWith('spring inspection in April')).toBe(true);
  });

  it('does not read the concession “That said,” as a report', () => {
    const text = article('The plan had its critics. That said, the council may still adopt it next week. But that said, the port will stay open.');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.filter((s) => s.cue?.text === 'said')).toHaveLength(0);
  });

  it('reads “said in a video message to the council” as the occasion, and the words before as the content', () => {
    const text = article('The towns had made “real progress” on the dredge this year, the mayor said in a video message to the council.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'real progress');
    expect(s.content.text.startsWith('The towns had made')).toBe(true);
    expect(result.statements.some((x) => x.content.text.includes('message to the council'))).toBe(false);
  });
});

