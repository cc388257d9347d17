/**
 * Places inside countries: the cities wire copy files from (our own list, dateline-cities.json) and
 * every country's first-level subdivisions and larger cities (places.json, generated). Weak evidence:
 * a place tells where an office is ("Florida Governor X", "the governor of Pará state"), never who
 * speaks for a state on its own. Hubs (Geneva, New York) are where stories about others are filed,
 * and place no one.
 */
import datelineCities from '../../resources/gazetteer/dateline-cities.json';
import places from '../../resources/gazetteer/places.json';

/** Accents, "Đ" and typographic apostrophes folded, case and spacing ignored: "Cox’s Bāzār" is "COX'S BAZAR". */
const placeKey = (place: string) =>
  place.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/g, 'D').replace(/’/g, "'").toUpperCase().replace(/\s+/g, ' ').trim();

/** A place's country, and whether our own list holds it (a generated name may also be a small place elsewhere). */
export interface PlaceCountry {
  code: string;
  listed: boolean;
}

let placeCodes: Map<string, PlaceCountry> | null = null;
let hubKeys: Set<string> | null = null;

function codesByPlace(): Map<string, PlaceCountry> {
  if (placeCodes) return placeCodes;
  placeCodes = new Map();
  // Generated names first, so our own list decides where the two disagree.
  for (const code of Object.keys(places.places)) for (const name of (places.places as Record<string, string[]>)[code]!) placeCodes.set(placeKey(name), { code, listed: false });
  for (const [code, names] of Object.entries(datelineCities.cities as Record<string, string[]>)) for (const name of names) placeCodes.set(placeKey(name), { code, listed: true });
  return placeCodes;
}

/** The country of a city or subdivision ("DAR ES SALAAM", "Quảng Ngãi", "Florida"); null for hubs and unknown places. */
export function placeOf(place: string): PlaceCountry | null {
  // Asked of every run of capitals an article has: the key is folded once for both look-ups.
  const key = placeKey(place);
  if (isHubKey(key)) return null;
  return codesByPlace().get(key) ?? null;
}

export function placeCountry(place: string): string | null {
  return placeOf(place)?.code ?? null;
}

/** "GENEVA", "Strasbourg": a place filed from about others, which places no one. */
export function isHub(place: string): boolean {
  return isHubKey(placeKey(place));
}

function isHubKey(key: string): boolean {
  hubKeys ??= new Set(datelineCities.hubs.map(placeKey));
  return hubKeys.has(key);
}
