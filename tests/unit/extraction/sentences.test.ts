import { describe, expect, it } from 'vitest';
import { hasNewline } from '../../../shared/extraction/sentences';
import { analyzeText } from '../../../shared/extraction/text-analysis';

describe('sentence splitting', () => {
  it('sees a line break only inside the range asked about', () => {
    const text = 'one\ntwo three';
    expect(hasNewline(text, 0, 3)).toBe(false);
    expect(hasNewline(text, 3, 4)).toBe(true);
    expect(hasNewline(text, 4, text.length)).toBe(false);
    expect(hasNewline(text, 2, 2)).toBe(false);
  });

  it('ends a paragraph at its line break and counts paragraphs', () => {
    const a = analyzeText('Talks resume\n\nThe envoy arrived on Monday. She met the minister.\nThe minister said little');
    expect(a.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
    expect(a.tokens.find((t) => t.text === 'The')!.lower).toBe('the');
    expect(a.tokens.find((t) => t.text === 'envoy')!.lower).toBe('envoy');
  });

  it('ends a sentence at "no." before a capital, and not at the "No." of a number', () => {
    const text = 'Asked if he was bullied, the candidate said no. But he said it happens. He lives at No. 10 Downing Street.';
    const a = analyzeText(text);
    const sentenceTexts = a.sentences.map((s) => text.slice(a.tokens[s.first]!.start, a.tokens[s.last - 1]!.end));
    expect(sentenceTexts).toEqual(['Asked if he was bullied, the candidate said no.', 'But he said it happens.', 'He lives at No. 10 Downing Street.']);
  });

  it('does not end a sentence after a name’s initials, but does after a state’s abbreviation', () => {
    const text = 'The aides met at Bedminster, N.J. Chief Election Commissioner A.K.M. Rafiqul Islam and J.M. Berger were there.';
    const a = analyzeText(text);
    const sentenceTexts = a.sentences.map((s) => text.slice(a.tokens[s.first]!.start, a.tokens[s.last - 1]!.end));
    expect(sentenceTexts).toEqual(['The aides met at Bedminster, N.J.', 'Chief Election Commissioner A.K.M. Rafiqul Islam and J.M. Berger were there.']);
  });
});
