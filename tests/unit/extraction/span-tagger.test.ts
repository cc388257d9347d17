import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../../shared/extraction/index';
import { ALL_LEARNED_PARTS } from '../../../shared/extraction/pipeline';
import { tagSentence } from '../../../shared/extraction/span-tagger';
import weights from '../../../resources/extraction/span-tagger.json';
import { indexVocabulary, sentenceFeatures, suffixOf, TAGGER_LABELS, wordIdsByValue, type TaggerVocabulary } from '../../../shared/extraction/tagger-features';
import { analyzeText } from '../../../shared/extraction/text-analysis';
import { expectSpansToMatch } from './helpers';

const ARTICLE = [
  'Harbour fees split the council',
  'Harbour roads reopened on Monday after a week of repairs.',
  'The union wants the council to freeze the fees until next spring.',
].join('\n\n');

describe('the span tagger', () => {
  it('gives every token of a sentence a distribution over the BIO labels', () => {
    const a = analyzeText(ARTICLE);
    const sentence = a.sentences[a.sentences.length - 1]!;
    const scores = tagSentence(a, sentence);
    const n = sentence.last - sentence.first;
    expect(scores.length).toBe(n * TAGGER_LABELS.length);
    for (let t = 0; t < n; t++) {
      let total = 0;
      for (let l = 0; l < TAGGER_LABELS.length; l++) total += scores[t * TAGGER_LABELS.length + l]!;
      expect(total).toBeCloseTo(1, 4);
    }
  });

  it('adds a statement the rules do not build, with the speaker found by the usual resolution', () => {
    const rulesOnly = extractStatements(ARTICLE, { learned: { ...ALL_LEARNED_PARTS, spanTagger: false } });
    expect(rulesOnly.statements.some((s) => s.content.text.includes('freeze the fees'))).toBe(false);

    const result = extractStatements(ARTICLE);
    expectSpansToMatch(ARTICLE, result);
    const added = result.statements.find((s) => s.content.text.includes('freeze the fees'));
    expect(added?.cue?.text).toBe('wants');
    expect(added?.speaker.mention?.text).toBe('The union');
  });

  it('never adds a span that overlaps a statement the rules kept', () => {
    const text = [
      ARTICLE,
      '“We cannot wait another year,” said Maria Costa, who leads the fishermen’s guild, adding that boats were already leaving.',
      'Mayor Lena Ortiz said in a letter to the council that the fees would stay, and warned that the harbour needed repairs.',
      'The guild hopes the mayor will change her mind, Costa said.',
    ].join('\n\n');
    const contents = extractStatements(text).statements.map((s) => s.content);
    expect(contents.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < contents.length; i++) {
      for (let j = i + 1; j < contents.length; j++) {
        expect(contents[i]!.start < contents[j]!.end && contents[j]!.start < contents[i]!.end).toBe(false);
      }
    }
  });

  it('reads the same feature ids through the per-word suffix and value tables as through the look-ups', () => {
    const vocabulary = (weights as unknown as { vocab: TaggerVocabulary }).vocab;
    const index = indexVocabulary(vocabulary);
    const suffixOfWord = new Int32Array(vocabulary.words.length + 2).fill(1);
    vocabulary.words.forEach((word, i) => (suffixOfWord[i + 2] = index.suffixes.get(suffixOf(word)) ?? 1));
    const a = analyzeText(`${ARTICLE}\n\nThe Harbourmaster’s office said dredging, “if funded,” would start in May.`);
    for (const sentence of a.sentences) {
      const plain = sentenceFeatures(a, sentence, index);
      const shortcut = sentenceFeatures(a, sentence, index, new Int32Array(plain.length + 16), suffixOfWord);
      expect(Array.from(shortcut.subarray(0, plain.length))).toEqual(Array.from(plain));
      const byValue = sentenceFeatures(a, sentence, index, new Int32Array(plain.length), suffixOfWord, wordIdsByValue(vocabulary));
      expect(Array.from(byValue)).toEqual(Array.from(plain));
    }
  });
});
