import { describe, expect, it } from 'vitest';
import { endCandidates, EndScan, visitEndFeatures } from '../../../shared/extraction/content-end-features';
import { analyzeText } from '../../../shared/extraction/text-analysis';

const ARTICLE = [
  'Harbour fees split the council',
  'The union said the council had raised the fees twice, and that boats were leaving for Vik, where berths cost less.',
  '“We cannot wait another year,” said Maria Costa, who leads the guild; she added that the mayor was expected to answer on Monday.',
  'Mayor Lena Ortiz, speaking in a letter, argued the repairs would be finished before the season, according to her office.',
].join('\n\n');

/** Every feature the content-end model sees, as raw ids, for each end of a content starting at `from`. */
function featuresOfEnds(scan: EndScan | undefined, from: number, sentenceIndex: number): number[][] {
  const a = analyzeText(ARTICLE);
  const sentence = a.sentences[sentenceIndex]!;
  const cueWord = a.tokens[Math.max(sentence.first, from - 1)]!.lower;
  scan?.read(a, sentence, from, cueWord);
  return endCandidates(a, sentence, from).map((k) => {
    const out: number[] = [];
    visitEndFeatures(a, sentence, from, k, cueWord, (template, value, second) => out.push(template, value, second ?? -9), scan);
    return out;
  });
}

describe('the content-end scan', () => {
  it('gives every end the same features as counting the words before it and after it again', () => {
    const a = analyzeText(ARTICLE);
    const scan = new EndScan();
    let compared = 0;
    a.sentences.forEach((sentence, s) => {
      for (let from = sentence.first; from <= sentence.last; from++) {
        expect(featuresOfEnds(scan, from, s)).toEqual(featuresOfEnds(undefined, from, s));
        compared++;
      }
    });
    expect(compared).toBeGreaterThan(60);
  });
});
