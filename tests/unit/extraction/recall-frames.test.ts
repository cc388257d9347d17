import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { ALL_LEARNED_PARTS } from '../../../shared/extraction/pipeline';
import { expectSpansToMatch } from './helpers';

const RULES_ONLY = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false } };
const WITHOUT_NEW_FRAMES = { learned: { ...ALL_LEARNED_PARTS, spanTagger: false, moreFrames: false } };

function article(...paragraphs: string[]): string {
  return ['Ferry crews weigh a strike', 'The island ferry ran its usual crossings on Sunday despite the wind.', ...paragraphs].join('\n\n');
}

describe('statements the first rules never built', () => {
  it('reads a passive cue: the subject is what was said, the agent after “by” said it', () => {
    const text = article('The closure of the north pier was first reported by the Harbour Gazette.');
    const result = extractStatements(text, RULES_ONLY);
    expectSpansToMatch(text, result);
    const s = result.statements.find((x) => x.cue.text === 'was first reported by');
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
});
