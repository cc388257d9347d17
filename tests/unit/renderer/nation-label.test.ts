import { describe, expect, it } from 'vitest';
import { nationLabel, nationName } from '../../../renderer/src/features/reader/nation-label';

describe('naming the nation a speaker speaks for', () => {
  it('shows the English name with the code', () => {
    expect(nationLabel('US')).toBe('United States (US)');
    expect(nationLabel('KP')).toBe('North Korea (KP)');
    expect(nationLabel('KR')).toBe('South Korea (KR)');
  });

  it('accepts a lower-case code and shows it in capitals', () => {
    expect(nationName('gb')).toBe('United Kingdom');
    expect(nationLabel('gb')).toBe('United Kingdom (GB)');
  });

  it('names bodies the extractor knows that are not countries', () => {
    expect(nationLabel('EU')).toBe('European Union (EU)');
    expect(nationLabel('UN')).toBe('United Nations (UN)');
  });

  it('falls back to the runtime region names for codes outside the gazetteer', () => {
    expect(nationName('XK')).toBe('Kosovo');
    expect(nationLabel('XK')).toBe('Kosovo (XK)');
  });

  it('shows the bare code when nobody knows the name', () => {
    expect(nationName('QQ')).toBeNull();
    expect(nationLabel('QQ')).toBe('QQ');
    expect(nationLabel('qq')).toBe('QQ');
  });

  it('does not trip over something that is not a region code', () => {
    expect(nationName('usa')).toBeNull();
    expect(nationLabel('usa')).toBe('USA');
  });

  it('says "No nation" when the speaker has none', () => {
    expect(nationName(null)).toBeNull();
    expect(nationLabel(null)).toBe('No nation');
    expect(nationLabel('')).toBe('No nation');
  });
});
