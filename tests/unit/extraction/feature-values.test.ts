import { describe, expect, it } from 'vitest';
import { internValue, learnEveryValue, UNKNOWN_VALUE, valueId, valueName } from '../../../shared/extraction/feature-values';
import { compileModelLogit, featureStrings } from '../../../shared/extraction/linear-model';

describe('feature-value ids', () => {
  it('gives one id per string, the same for an equal string built elsewhere, through the table growing', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word-${i.toString(36)}-é`);
    const ids = words.map((w) => internValue(w));
    expect(new Set(ids).size).toBe(words.length);
    // Equal strings that are other objects (slices of a longer text) find the same ids.
    const text = words.join(' ');
    let at = 0;
    words.forEach((w, i) => {
      expect(valueId(text.slice(at, at + w.length))).toBe(ids[i]);
      expect(valueName(ids[i]!)).toBe(w);
      at += w.length + 1;
    });
  });

  it('leaves a word no model knows without an id until the trainer asks for every word', () => {
    expect(valueId('never-stored-anywhere')).toBe(UNKNOWN_VALUE);
    learnEveryValue();
    const id = valueId('never-stored-anywhere');
    expect(id).not.toBe(UNKNOWN_VALUE);
    expect(valueName(id)).toBe('never-stored-anywhere');
  });

  it('scores by ids exactly as the stored "template=value" and "template=a|b" weights say', () => {
    const logit = compileModelLogit({ weights: { 'w=said': 0.25, 'w+next=said|that': 1.5, 'w+next=said|the': -2, 'bias=-': 0.125 } });
    const [w, pair, bias, said, that, the, dash] = ['w', 'w+next', 'bias', 'said', 'that', 'the', '-'].map((s) => valueId(s));
    expect(logit((visit) => {
      visit(bias!, dash!);
      visit(w!, said!);
      visit(pair!, said!, that!);
      // A single value under a pair template, and an unknown word, match nothing.
      visit(pair!, said!);
      visit(w!, UNKNOWN_VALUE);
    })).toBe(0.125 + 0.25 + 1.5);
    expect(featureStrings((visit) => {
      visit(w!, said!);
      visit(pair!, said!, the!);
    })).toEqual(['w=said', 'w+next=said|the']);
  });
});
