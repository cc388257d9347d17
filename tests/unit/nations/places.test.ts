import { describe, expect, it } from 'vitest';
import countries from '../../../resources/gazetteer/countries.json';
import places from '../../../resources/gazetteer/places.json';
import { findNation } from '../../../shared/nations/index';
import { isHub, placeCountry } from '../../../shared/nations/places';

describe('places inside countries', () => {
  it('knows subdivisions and cities, with accents, "Đ" and apostrophes folded', () => {
    expect(placeCountry('Florida')).toBe('US');
    expect(placeCountry('Pará')).toBe('BR');
    expect(placeCountry('Quang Ngai')).toBe('VN');
    expect(placeCountry('Quảng Ngãi')).toBe('VN');
    expect(placeCountry('Da Nang')).toBe('VN');
    expect(placeCountry('Cox’s Bazar')).toBe('BD');
    expect(placeCountry('JAFFNA')).toBe('LK');
    expect(placeCountry('Puno')).toBe('PE');
    expect(placeCountry('Bambari')).toBe('CF'); // a prefecture's seat of 40,000
  });

  it('knows regions and islands by the English names the copy gives them', () => {
    expect(placeCountry('North Kivu')).toBe('CD');
    expect(placeCountry('Darfur')).toBe('SD');
    expect(placeCountry('Mindanao')).toBe('PH');
    expect(placeCountry('Shan State')).toBe('MM');
    expect(placeCountry('Jeju')).toBe('KR');
    expect(placeCountry('Niger State')).toBe('NG');
  });

  it('keeps no name that points at two countries, and lets the hubs place no one', () => {
    expect(placeCountry('Punjab')).toBeNull();
    expect(placeCountry('Córdoba')).toBeNull();
    expect(placeCountry('Hyderabad')).toBeNull();
    expect(isHub('New York')).toBe(true);
    expect(placeCountry('New York')).toBeNull();
    expect(placeCountry('Geneva')).toBeNull();
  });

  it('files every place under a known code and leaves country names, demonyms and capitals to the gazetteer', () => {
    const known = new Set(countries.countries.map((c) => c.code));
    const capitals = new Set(countries.countries.flatMap((c) => c.capitals).map((c) => c.toUpperCase()));
    for (const [code, names] of Object.entries(places.places)) {
      expect(known, code).toContain(code);
      for (const name of names) {
        expect(capitals.has(name.toUpperCase()), name).toBe(false);
        const nation = findNation(name);
        // A cue inside a longer name ("Kabul" in a province named for its capital) is fine; the whole name is not.
        expect(nation && nation.start === 0 && nation.end === name.length ? name : null).toBeNull();
      }
    }
  });
});
