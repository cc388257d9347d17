import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { expectSpansToMatch, statementContaining } from './helpers';

describe('direct quotations in every quotation style', () => {
  const styles: [string, string, string][] = [
    ['curly double', '“', '”'],
    ['straight double', '"', '"'],
    ['curly single', '‘', '’'],
    ['guillemets', '«', '»'],
    ['low-high', '„', '“'],
  ];
  for (const [style, open, close] of styles) {
    it(`finds a ${style} quotation and its speaker`, () => {
      const text = `Trade talks resume in Geneva\n\nThe negotiations stalled again on Tuesday.\n\n${open}We will not sign an agreement that hurts our farmers,${close} Foreign Minister Anna Berg said after the session.\n`;
      const result = extractStatements(text);
      expectSpansToMatch(text, result);
      const s = statementContaining(result, 'hurts our farmers');
      expect(s.kind).toBe('direct');
      expect(s.content.text.startsWith(open)).toBe(true);
      expect(s.content.text.endsWith(close)).toBe(true);
      expect(s.speaker.name).toBe('Anna Berg');
      expect(s.speaker.role).toBe('Foreign Minister');
    });
  }

  it('keeps a quotation that spans several sentences whole', () => {
    const text = `Senator Paul Reyes spoke to reporters on Monday. “The bill is dead. Nobody wants it. We will start again in the spring,” Reyes said.\n`;
    const result = extractStatements(text);
    const s = statementContaining(result, 'The bill is dead');
    expect(s.content.text).toBe('“The bill is dead. Nobody wants it. We will start again in the spring,”');
    expect(s.speaker.name).toBe('Paul Reyes');
  });

  it('continues a quotation into the next paragraph when that paragraph reopens it', () => {
    const text = [
      'Prime Minister Lena Holm said: “We have listened to the farmers and we have changed the plan.',
      '“The new plan protects small farms and it will be ready by June.”',
      'The opposition was not convinced.',
    ].join('\n\n');
    const result = extractStatements(text);
    const s = statementContaining(result, 'listened to the farmers');
    expect(s.content.text).toContain('ready by June.”');
    expect(s.content.text).not.toContain('opposition');
    expect(s.speaker.name).toBe('Lena Holm');
  });

  it('does not let a quotation that never closes swallow the rest of the article', () => {
    const text = [
      'Mayor Tom Okafor said, “The bridge will reopen next week after the repairs are finished.',
      'Traffic police expect long queues on the ring road until then.',
      'Okafor added that the repairs cost more than planned.',
    ].join('\n\n');
    const result = extractStatements(text);
    const quote = statementContaining(result, 'bridge will reopen');
    expect(quote.content.text).not.toContain('Traffic police');
    const reported = statementContaining(result, 'repairs cost more');
    expect(reported.speaker.name).toBe('Tom Okafor');
  });

  it('leaves the closing “, he said.” of a quotation that never closes out of the quotation', () => {
    const text = [
      'Pipeline route',
      'Foreign Minister Ruben Ramirez said his country had not been consulted. "We expect to be part of any regional energy decision, he said.',
      'The Bolivian government said it was ready to cooperate.',
    ].join('\n\n');
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    const reported = statementContaining(result, 'not been consulted');
    expect(reported.content.text).toBe('his country had not been consulted');
    const quote = statementContaining(result, 'We expect');
    expect(quote).toMatchObject({ kind: 'direct', content: { text: '"We expect to be part of any regional energy decision,' } });
    expect(quote.speaker.name).toBe('Ruben Ramirez');
  });

  it('ends a quotation that never closes before the next sentence’s own attribution', () => {
    const text = 'Returns\n\nIn Calais, Mayor Nathalie Fourcade said the town had "paid the price for ten years of promises. She called on both governments to fund a shelter.\n';
    const result = extractStatements(text);
    expectSpansToMatch(text, result);
    expect(result.statements.map((s) => `${s.cue?.text}: ${s.content.text}`)).toEqual([
      'said: the town had "paid the price for ten years of promises',
      'called on: both governments to fund a shelter',
    ]);
  });

  it('treats a second opening mark inside an open quotation as debris, not as a new quotation', () => {
    const text = 'Spokesperson Maria Lind said, “This is a serious step “We think it will only prolong the crisis.” she said. The talks continue on Friday.\n';
    const result = extractStatements(text);
    const direct = result.statements.filter((s) => s.kind === 'direct');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.content.text).toBe('“This is a serious step “We think it will only prolong the crisis.”');
    expect(direct[0]!.speaker.name).toBe('Maria Lind');
  });
});
