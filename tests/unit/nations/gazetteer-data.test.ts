import { describe, expect, it } from 'vitest';
import additions from '../../../resources/gazetteer/additions.json';
import countries from '../../../resources/gazetteer/countries.json';
import datelineCities from '../../../resources/gazetteer/dateline-cities.json';
import { findNation, placeInCapitals } from '../../../shared/nations/index';

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

  it('files dateline cities under known codes, none of them a capital already, and no hub among them', () => {
    const hubs = new Set(datelineCities.hubs.map((h) => h.toUpperCase()));
    for (const [code, cities] of Object.entries(datelineCities.cities)) {
      expect(knownCodes, code).toContain(code);
      for (const city of cities) {
        expect(placeInCapitals(city.toUpperCase()), city).toBeNull();
        expect(hubs.has(city.toUpperCase()), city).toBe(false);
      }
    }
  });
});
