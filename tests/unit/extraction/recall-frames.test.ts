import { describe, expect, it } from 'vitest';
import { endCandidates } from '../../../shared/extraction/content-end-features';
import { extractStatements } from '../../../shared/extraction/index';
import { analyzeText } from '../../../shared/extraction/text-analysis';
import { ALL_LEARNED_PARTS } from '../../../shared/extraction/pipeline';
import { expectSpansToMatch, statementContaining } from './helpers';

const RULES_ONLY = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false } };
const WITHOUT_NEW_FRAMES = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false, moreFrames: false } };

function article(...paragraphs: string[]): string {
  return ['Ferry crews weigh a strike', 'The island ferry ran its usual crossings on Sunday despite the wind.', ...paragraphs].join('\n\n');
}

describe('statements the first rules never built', () => {
  it('carries a quotation on into the next paragraph when that paragraph is one quotation and nothing else', () => {
    const text = article(
      '“We will not sail with half a crew,” union leader Mara Jensen said on Monday.',
      '“The company knows our terms. They have known them since March.”',
      'The company said it would answer on Friday.',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = result.statements.find((x) => x.content.text.startsWith('“We will not sail'));
    expect(s?.content.text.endsWith('since March.”')).toBe(true);
    expect(s?.speaker.name).toBe('Mara Jensen');
  });

  it('gives the quotation after “said X, who cast ...” to X’s quotation, not to the doubtful cue in the relative clause', () => {
    const text = article(
      '“I was ready to sail on Sunday, but I never trusted the forecast,” said Ola Brekke, a deckhand from Bergen, who cast a vote for the strike. “Every winter the company cuts the crews.”',
    );
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = statementContaining(result, 'never trusted the forecast');
    expect(s.content.text.endsWith('cuts the crews.”')).toBe(true);
    expect(s.speaker.name).toBe('Ola Brekke');
  });

  it('does not carry a quotation into a paragraph that has its own speaker or runs on outside the marks', () => {
    const text = article(
      '“We will not sail with half a crew,” union leader Mara Jensen said on Monday.',
      '“The terms are fair,” said company spokesman Ivo Berg.',
      '“Crews deserve rest.” That was the message on the placards.',
    );
    const result = extractStatements(text, RULES_ONLY);
    const first = result.statements.find((x) => x.content.text.startsWith('“We will not sail'));
    expect(first?.content.text).toBe('“We will not sail with half a crew,”');
    const berg = result.statements.find((x) => x.content.text === '“The terms are fair,”');
    expect(berg?.speaker.name).toBe('Ivo Berg');
    expect(berg?.content.text).not.toContain('Crews deserve rest');
  });

  it('reads a passive cue: the subject is what was said, the agent after “by” said it', () => {
    const text = article('The closure of the north pier was first reported by the Harbour Gazette.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = result.statements.find((x) => x.cue?.text === 'was first reported by');
    expect(s?.content.text).toBe('The closure of the north pier');
    expect(s?.speaker.mention?.text).toBe('the Harbour Gazette');
    // Before, the agent's words were taken for the content.
    const before = extractStatements(text, WITHOUT_NEW_FRAMES).statements;
    expect(before.some((x) => x.content.text === 'The closure of the north pier')).toBe(false);
  });

  it('keeps a passive without an agent out: nobody is said to have said it', () => {
    const text = article('The ferry timetable was changed on Monday after the storm.');
    const result = extractStatements(text, RULES_ONLY);
    expect(result.statements.some((x) => x.content.text.startsWith('The ferry timetable'))).toBe(false);
  });

  it('takes a one-word object as the whole content', () => {
    const text = article('Most of the delegates at the union meeting endorsed Okafor.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = result.statements.find((x) => x.cue?.text === 'endorsed');
    expect(s?.content.text).toBe('Okafor');
    expect(s?.speaker.mention?.text).toBe('Most of the delegates at the union meeting');
  });

  it('ends a content before “, <long title and name> said”', () => {
    const text = article('The ferry company will require passengers to book their crossings a week ahead, Deputy Transport Minister Alana Brooks Whitfield said on Monday.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    expect(result.statements.some((x) => x.content.text.includes('Whitfield said'))).toBe(false);
    const said = result.statements.find((x) => x.cue?.text === 'said');
    expect(said?.speaker.mention?.text).toBe('Deputy Transport Minister Alana Brooks Whitfield');
    expect(said?.content.text).toContain('passengers to book their crossings a week ahead');
  });

  it('does not read a capitalised word inside a name as a cue', () => {
    const text = article('Members of the Island Support Group met the ferry crews on Friday.');
    const result = extractStatements(text, RULES_ONLY);
    expect(result.statements.some((x) => x.cue?.text.startsWith('Support') === true)).toBe(false);
  });

  it('lets the content-end model stop a noun phrase at a preposition or a hyphen typed as a dash', () => {
    const a = analyzeText('Okafor discussed the new rota on local radio - and nothing else.');
    const sentence = a.sentences[0]!;
    const from = a.tokens.findIndex((t) => t.text === 'the');
    const at = endCandidates(a, sentence, from).map((k) => a.tokens[k]?.text ?? 'END');
    expect(at).toContain('on');
    expect(at).toContain('-');
  });
});

describe('closing attributions to an unnamed group', () => {
  it('reads delegates, as officials and diplomats, as a source that closes the sentence', () => {
    const text = article('Talks on the fishing quota broke up without agreement on Tuesday, leaving the stock without a deal, delegates said.');
    const s = statementContaining(extractStatements(text, RULES_ONLY), 'broke up without agreement');
    expect(s.speaker.mention?.text).toBe('delegates');
    expect(s.content.text.startsWith('Talks on the fishing quota')).toBe(true);
  });
});
