import { describe, expect, it } from 'vitest';
import additions from '../../../resources/gazetteer/additions.json';
import countries from '../../../resources/gazetteer/countries.json';
import { findNation } from '../../../shared/nations/index';

const knownCodes = new Set(countries.countries.map((c) => c.code));

describe('the gazetteer data', () => {
  it('has every country of the dataset with a name, and the US capital as the dataset spells it', () => {
    expect(countries.countries.length).toBeGreaterThan(240);
    expect(countries.countries.find((c) => c.code === 'US')?.capitals).toContain('Washington D.C.');
  });

  it('uses only ISO codes the country data knows, or null', () => {
    for (const group of additions.groups) {
      if (group.code !== null) expect(knownCodes, `${group.cues.join(', ')}`).toContain(group.code);
    }
  });

  it('finds every curated cue as itself, with its own code', () => {
    for (const group of additions.groups) {
      for (const cue of group.cues) {
        expect(findNation(cue), cue).toMatchObject({ code: group.code, cue });
      }
    }
  });

  it('starts every cue and blocked phrase with a capital letter, where the matcher looks', () => {
    const phrases = [...additions.groups.flatMap((g) => g.cues), ...additions.blocked.map((b) => b.phrase)];
    expect(phrases.filter((p) => !/^\p{Lu}/u.test(p))).toEqual([]);
  });

  it('silences every blocked phrase', () => {
    for (const { phrase } of additions.blocked) expect(findNation(phrase), phrase).toBeNull();
  });
});
