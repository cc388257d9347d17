export interface NationColour {
  background: string;
  border: string;
}

const NEUTRAL: NationColour = { background: 'hsl(220 10% 88%)', border: 'hsl(220 8% 55%)' };
const GOLDEN_ANGLE = 137.508;

/**
 * Hues chosen by hand for the nations that most often speak in the same story, so that
 * rivals and allies quoted side by side never look alike.
 */
const CHOSEN_HUES: Record<string, number> = {
  US: 214,
  RU: 0,
  CN: 48,
  KR: 285,
  KP: 24,
  JP: 330,
  UA: 178,
  GB: 250,
  FR: 140,
  DE: 80,
  IR: 110,
  IL: 196,
  IN: 36,
  TR: 350,
  PS: 160,
  SA: 95,
};

function hueFor(code: string): number {
  const chosen = CHOSEN_HUES[code];
  if (chosen !== undefined) return chosen;
  const index = (code.charCodeAt(0) - 65) * 26 + (code.charCodeAt(1) - 65);
  return Math.round((index * GOLDEN_ANGLE) % 360);
}

/**
 * The same nation gets the same colour in every article, keyed by its ISO code;
 * speakers without a nation get a neutral grey.
 */
export function nationColour(code: string | null): NationColour {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return NEUTRAL;
  const hue = hueFor(code.toUpperCase());
  return { background: `hsl(${hue} 85% 87%)`, border: `hsl(${hue} 65% 40%)` };
}
