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
  // Spread evenly, about 22° apart, in an order that puts rivals far from each other.
  RU: 0,
  KP: 22,
  IN: 45,
  CN: 68,
  SA: 90,
  IR: 112,
  FR: 135,
  PS: 158,
  UA: 180,
  IL: 202,
  US: 225,
  GB: 248,
  DE: 270,
  KR: 292,
  JP: 315,
  TR: 338,
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
