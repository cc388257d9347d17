import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { expectSpansToMatch } from './helpers';

const SEED = new URL('../../../../shared/seed/000_c66d6e5135f1d8f5.txt', import.meta.url);
const present = existsSync(SEED);
if (!present) console.warn(`seed article not found at ${SEED.pathname}: skipping the seed article test`);

// The eleven statements the seed article must yield: [speaker, nation, words of the content].
const EXPECTED: [string, string, string][] = [
  ['Sabrina Singh', 'US', 'Anyone who supports Russia'],
  ['Sabrina Singh', 'US', 'they had warned North Korea'],
  ['Sabrina Singh', 'US', 'We warn North Korea'],
  ['Sabrina Singh', 'US', 'this would not affect US-Japan-South Korea relations'],
  ['South Korean Ministry of Defense', 'KR', 'was being closely followed'],
  ['Jeon Ha-kyou', 'KR', 'There were such predictions'],
  ['Jeon Ha-kyou', 'KR', 'such a situation would violate'],
  ['Jeon Ha-kyou', 'KR', 'There may be parts that violate'],
  ['Kim Jong-un', 'KP', 'he saw with his own eyes'],
  ['Kim Jong-un', 'KP', 'they held a meeting in Russia'],
  ['Vladimir Putin', 'RU', 'they exchanged views'],
];
// Statements the article allows besides those: Putin calling the talks "productive", and Yonhap's report.
const OPTIONAL = ['“productive”', 'made a statement to the press'];

describe.skipIf(!present)('the seed article', () => {
  const text = present ? readFileSync(SEED, 'utf8') : '';
  const result = extractStatements(text);

  it('finds each of the eleven statements with the right speaker and nation', () => {
    expectSpansToMatch(text, result);
    for (const [name, nation, words] of EXPECTED) {
      const s = result.statements.find((st) => st.content.text.includes(words));
      expect(s, `statement "${words}"`).toBeDefined();
      expect({ words, name: s!.speaker.name, nation: s!.speaker.nation }).toEqual({ words, name, nation });
    }
  });

  it('finds nothing else except the optional statements', () => {
    const extra = result.statements.filter(
      (s) => !EXPECTED.some(([, , words]) => s.content.text.includes(words)) && !OPTIONAL.some((w) => s.content.text.includes(w)),
    );
    expect(extra.map((s) => s.content.text)).toEqual([]);
    expect(result.statements.length).toBeLessThanOrEqual(EXPECTED.length + OPTIONAL.length);
  });

  it('splits role and organization from the spokesperson names', () => {
    const singh = result.statements.find((s) => s.content.text.includes('Anyone who supports Russia'))!;
    expect(singh.speaker).toMatchObject({ role: 'Deputy Spokesperson', organization: 'Pentagon' });
    const jeon = result.statements.find((s) => s.content.text.includes('such a situation would violate'))!;
    expect(jeon.speaker).toMatchObject({ role: 'Spokesperson', organization: 'Ministry of Defense' });
  });

  it('gives Jeon’s statement relayed by Yonhap to Jeon, not to the agency', () => {
    const relayed = result.statements.find((s) => s.content.text.includes('made a statement to the press'));
    if (relayed) expect(relayed.speaker).toMatchObject({ name: 'Jeon Ha-kyou', nation: 'KR' });
    expect(result.statements.filter((s) => s.speaker.name === 'Yonhap' || s.speaker.mention?.text === 'Yonhap')).toEqual([]);
  });

  it('does not take the headline-less first paragraph as a title', () => {
    expect(result.title).toBeNull();
  });
});
