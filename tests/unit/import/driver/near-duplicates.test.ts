import { describe, expect, it } from 'vitest';
import { contentKey } from '../../../../electron/core/import/content-key';
import { FINGERPRINT_SIZE, fingerprint, similarity } from '../../../../electron/core/import/near-duplicates';

const WIRE = [
  'North Korean leader Kim Jong-un met Russian President Vladimir Putin at the Vostochny Cosmodrome in the Amur region on Wednesday.',
  'The two leaders toured the facilities at the new base and examined the assembly workshop of the Angara space rocket complex.',
  'Putin described the negotiations as productive and said they exchanged views on the situation in the region and on bilateral relations.',
  'South Korea said it was closely following a possible military exercise between the two countries after the meeting.',
  'A spokesman for the defence ministry in Seoul warned that any arms deal would violate United Nations Security Council resolutions.',
].join(' ');
// The same wire story as another outlet ran it: a new first sentence, a few words changed, its own sign-off.
const REPUBLISHED = `MOSCOW — ${WIRE.replace('on Wednesday', 'this week').replace('productive', 'very productive').replace('A spokesman', 'The spokesman')} Reporting by our correspondent.`;
const OTHER = 'The central bank raised interest rates by a quarter point on Tuesday, citing inflation that remains well above its target, and signalled that further increases were likely this year as wage growth stays strong.';

describe('fingerprints of article texts', () => {
  it('are deterministic and of the documented size', () => {
    expect(fingerprint(WIRE)).toEqual(fingerprint(WIRE));
    expect(fingerprint(WIRE)).toHaveLength(FINGERPRINT_SIZE);
  });

  it('find a wire story republished with small edits similar, and an unrelated story not', () => {
    expect(similarity(fingerprint(WIRE), fingerprint(WIRE))).toBe(1);
    expect(similarity(fingerprint(WIRE), fingerprint(REPUBLISHED))).toBeGreaterThan(0.6);
    expect(similarity(fingerprint(WIRE), fingerprint(OTHER))).toBeLessThan(0.1);
  });

  it('ignore case, punctuation and layout', () => {
    expect(similarity(fingerprint(WIRE), fingerprint(WIRE.toUpperCase().replace(/\. /g, '.\n\n')))).toBe(1);
  });

  it('give texts without words no similarity to anything', () => {
    expect(similarity(fingerprint(''), fingerprint(''))).toBe(0);
    expect(similarity(fingerprint('— … —'), fingerprint(WIRE))).toBe(0);
  });
});

describe('the content key that makes two texts the same article', () => {
  it('is the same for the same text with other quotes, dashes, spacing and case', () => {
    expect(contentKey('He said “no” — twice.\r\n\r\nThen left.')).toBe(contentKey('he said "no" - twice.\n\n  Then left. '));
    expect(contentKey('He said no.')).not.toBe(contentKey('He said yes.'));
  });
});
