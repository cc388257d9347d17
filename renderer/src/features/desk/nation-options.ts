import { nationName } from '../reader/nation-label';

let cached: { code: string; name: string }[] | null = null;

/** Every ISO 3166-1 alpha-2 code this browser or the gazetteer can name, by name. */
export function nationOptions(): { code: string; name: string }[] {
  if (cached) return cached;
  const options: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = nationName(code);
      if (name && name !== code) options.push({ code, name });
    }
  }
  cached = options.sort((x, y) => x.name.localeCompare(y.name));
  return cached;
}

/** "France", "fr", "FR — France" → "FR"; blank → null; anything else → undefined (not a nation). */
export function parseNation(input: string): string | null | undefined {
  const text = input.trim();
  if (!text) return null;
  const code = /^([A-Za-z]{2})\b/.exec(text)?.[1]?.toUpperCase();
  if (code && nationOptions().some((o) => o.code === code)) return code;
  const lower = text.toLowerCase();
  return nationOptions().find((o) => o.name.toLowerCase() === lower)?.code;
}
