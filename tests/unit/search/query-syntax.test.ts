import { describe, expect, it } from 'vitest';
import { findQueryHits, parseSearchQuery, QuerySyntaxError } from '../../../shared/search/query-syntax';

function match(query: string): string | undefined {
  return parseSearchQuery(query)?.match;
}

function refusal(query: string): string {
  try {
    parseSearchQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    return (error as Error).message;
  }
  throw new Error(`"${query}" was accepted`);
}

describe('the search query syntax', () => {
  it('requires every word, quoting each one', () => {
    expect(match('Russia China')).toBe('("russia" AND "china")');
    expect(match('Kim Jong-un')).toBe('("kim" AND "jong un")');
    expect(match('U.S. sanctions')).toBe('("u s" AND "sanctions")');
  });

  it('reads phrases, OR, exclusions and prefixes', () => {
    expect(match('"arms transfer"')).toBe('"arms transfer"');
    expect(match('Russia OR France')).toBe('("russia" OR "france")');
    expect(match('Moscow -Trump')).toBe('("moscow" NOT "trump")');
    expect(match('Moscow NOT Trump')).toBe('("moscow" NOT "trump")');
    expect(match('sanction*')).toBe('"sanction"*');
    expect(match('(Russia OR China) -Iran talks')).toBe('((("russia" OR "china") AND "talks") NOT "iran")');
    expect(match('Russia AND China')).toBe('("russia" AND "china")');
    expect(match('Zürich')).toBe('"zurich"');
  });

  it('cannot be steered into FTS5 syntax by what the user types', () => {
    expect(match('title:secret')).toBe('"title secret"');
    expect(match('"a"" OR b"')).toBeDefined();
    expect(match('NEAR(a b)')).toBe('("near" AND ("a" AND "b"))');
  });

  it('refuses what it cannot search faithfully, saying why', () => {
    expect(refusal('C++')).toMatch(/“C\+\+” cannot be searched/);
    expect(refusal('C#')).toMatch(/cannot be searched/);
    expect(refusal('-Trump')).toMatch(/at least one word to find/);
    expect(refusal('NOT Trump')).toMatch(/at least one word to find/);
    expect(refusal('"arms transfer')).toMatch(/not closed/);
    expect(refusal('Russia OR')).toMatch(/OR needs something on both sides/);
    expect(refusal('OR Russia')).toMatch(/OR needs something on both sides/);
    expect(refusal('Russia OR -France')).toMatch(/cannot be one side of OR/);
    expect(refusal('(Russia')).toMatch(/not closed/);
    expect(refusal('Russia)')).toMatch(/no opening one/);
    expect(refusal('""')).toMatch(/empty phrase/);
    expect(refusal('*')).toMatch(/lone \*/);
    expect(refusal('sanc*tion')).toMatch(/at the end of a word/);
    expect(refusal('- Trump')).toMatch(/lone “-”/);
    expect(refusal('!!!')).toMatch(/no letters or digits/);
  });

  it('treats a blank query as no query', () => {
    expect(parseSearchQuery('   ')).toBeNull();
  });

  it('finds the hits of the positive terms in a text', () => {
    const parsed = parseSearchQuery('"arms transfer" sanction* -Trump')!;
    const text = 'No arms transfer, said Singh; sanctions follow. Trump arms.';
    const hits = findQueryHits(text, parsed.terms).map((h) => text.slice(h.start, h.end));
    expect(hits).toEqual(['arms transfer', 'sanctions']);
    const accents = parseSearchQuery('zurich')!;
    expect(findQueryHits('In Zürich today', accents.terms)).toEqual([{ start: 3, end: 9 }]);
  });
});
