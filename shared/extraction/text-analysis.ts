import { cueProbabilityOfValue } from './cue-lexicon';
import { tokenValue } from './feature-values';
import { findQuotes, type QuoteSpan } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

/** The article cut into tokens, quotations and sentences, shared by extraction and training. */
export interface TextAnalysis {
  tokens: Token[];
  quotes: QuoteSpan[];
  /** For each token, the index of the quotation containing it, or -1. */
  quoteOf: Int32Array;
  sentences: Sentence[];
  /** For each token, the index of its sentence. */
  sentenceOf: Int32Array;
  /** For each token, how often its word anchors a cue in the training data. */
  cuePrior: Float32Array;
  /** For each sentence, 1 when a quotation mark occurs in it. */
  sentenceQuoted: Uint8Array;
}

export function analyzeText(text: string): TextAnalysis {
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const sentences = splitSentences(text, tokens, quotes);
  // One buffer for the per-token and per-sentence arrays: a typed array this size is
  // allocated outside the JavaScript heap, and one allocation per article costs less than four.
  const n = tokens.length;
  const perToken = new ArrayBuffer(n * 12 + sentences.length);
  const quoteOf = new Int32Array(perToken, 0, n).fill(-1);
  for (let i = 0, q = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    if (q < quotes.length && quotes[q]!.start <= t.start && t.end <= quotes[q]!.end) quoteOf[i] = q;
  }
  const sentenceOf = new Int32Array(perToken, n * 4, n);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.first, s.last));
  const cuePrior = new Float32Array(perToken, n * 8, n);
  // Words of one or two letters never anchor a cue often enough to matter; skip their look-up.
  // The look-up that gives the prior also gives the word's id, which the models read later.
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.word && tokens[i]!.text.length > 2) cuePrior[i] = cueProbabilityOfValue(tokenValue(tokens[i]!));
  const sentenceQuoted = new Uint8Array(perToken, n * 12, sentences.length);
  for (let i = 0; i < tokens.length; i++) if (quoteOf[i] !== -1) sentenceQuoted[sentenceOf[i]!] = 1;
  return { tokens, quotes, quoteOf, sentences, sentenceOf, cuePrior, sentenceQuoted };
}
