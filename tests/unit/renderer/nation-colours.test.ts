import { describe, expect, it } from 'vitest';
import { nationColour } from '../../../renderer/src/features/reader/nation-colours';

const neutral = nationColour(null);

function hueOf(colour: string): number {
  const match = /^hsl\((\d+) /.exec(colour);
  if (!match) throw new Error(`not an hsl colour: ${colour}`);
  return Number(match[1]);
}

describe('colouring speakers by the nation they speak for', () => {
  it('gives speakers without a nation a neutral grey', () => {
    expect(neutral).toEqual({ background: 'hsl(220 10% 88%)', border: 'hsl(220 8% 55%)' });
    expect(nationColour('')).toEqual(neutral);
  });

  it('treats anything that is not a two-letter code as no nation', () => {
    for (const code of ['USA', 'U', 'U1', '12', ' US', 'É U']) expect(nationColour(code)).toEqual(neutral);
  });

  it('keeps rivals quoted side by side visibly apart', () => {
    const pairs: [string, string][] = [['US', 'RU'], ['US', 'CN'], ['KR', 'KP'], ['IL', 'IR'], ['RU', 'UA'], ['IL', 'PS']];
    for (const [a, b] of pairs) {
      const gap = Math.abs(hueOf(nationColour(a).border) - hueOf(nationColour(b).border));
      expect(Math.min(gap, 360 - gap), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    }
  });

  it('pairs a pale background with a darker border of the same hue', () => {
    const colour = nationColour('FR');
    expect(colour).toEqual({ background: 'hsl(135 85% 87%)', border: 'hsl(135 65% 40%)' });
  });

  it('reads codes in either case as the same nation', () => {
    expect(nationColour('us')).toEqual(nationColour('US'));
    expect(nationColour('Gb')).toEqual(nationColour('GB'));
  });

  it('gives a nation without a chosen hue the same colour every time, in every article', () => {
    // Taiwan, Kosovo and an unassigned code are not in the hand-picked list.
    for (const code of ['TW', 'XK', 'QQ', 'ZW']) {
      const first = nationColour(code);
      expect(first).not.toEqual(neutral);
      expect(nationColour(code)).toEqual(first);
      expect(nationColour(code.toLowerCase())).toEqual(first);
      const hue = hueOf(first.background);
      expect(hue).toBeGreaterThanOrEqual(0);
      expect(hue).toBeLessThan(360);
      expect(hueOf(first.border)).toBe(hue);
    }
  });

  it('spreads nations without a chosen hue around the colour wheel', () => {
    const hues = new Set(['BR', 'MX', 'AR', 'CL', 'PE', 'CO', 'VE', 'CU', 'EG', 'NG', 'ZA', 'KE'].map((c) => hueOf(nationColour(c).border)));
    expect(hues.size).toBeGreaterThanOrEqual(10);
  });
});
