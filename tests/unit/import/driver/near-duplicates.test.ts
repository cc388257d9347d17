import { describe, expect, it } from 'vitest';
import { contentKey } from '../../../../electron/core/import/content-key';
import { FINGERPRINT_SIZE, fingerprint, normaliseForComparison, similarity } from '../../../../electron/core/import/near-duplicates';

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

  it('stay what archives already store: a signature computed today is the one stored before', () => {
    const text = 'Kim Jong-un met Vladimir Putin at the Vostochny Cosmodrome on Wednesday; “the talks were productive,” Putin said. Über-cautious Seoul (ＫＯＲＥＡ) watched.';
    expect(Array.from(fingerprint(text))).toEqual([
      4946264, 149003067, 54980612, 38830793, 308824788, 404270713, 243223267, 62660259, 138504216, 26521048, 333470977, 452609938, 521851036,
      169220878, 54645230, 299485, 381735626, 63193418, 352233422, 326293962, 578464321, 388419482, 278822004, 169969798, 335401568, 493843307,
      228512180, 350649051, 11970226, 528899756, 272218444, 544161103, 56871530, 217603969, 208084092, 96579917, 99746124, 27459722, 138910291,
      327793501, 55101059, 74824556, 607425296, 36372712, 73542538, 121052995, 37816943, 170755679, 201246297, 78195575, 92179994, 63294270,
      46228538, 194155350, 329679091, 13596566, 13894323, 57393377, 28575362, 54265700, 205116564, 26914936, 111448236, 720265045,
    ]);
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

  it('makes every kind and run of white space one plain space', () => {
    expect(normaliseForComparison(' a\u00a0b\t\tc \u3000 d\u2028e\u2003f  g\r\nh\u202fi\ufeffj ')).toBe('a b c d e f g h i j');
  });
});
