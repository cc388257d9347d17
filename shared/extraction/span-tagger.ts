/**
 * The learned span tagger at run time: a small convolutional network that labels each
 * token of a sentence O, or B/I of a content, source or cue span. Trained by
 * scripts/train_tagger.py; its weights ship as plain arrays in
 * resources/extraction/span-tagger.json.
 *
 * The first layer reads embeddings only, so it is folded into one table per feature and
 * kernel offset: a token's first-layer contribution is a few table rows added up, not a
 * matrix product. That keeps the tagger cheap enough to run inside every extraction.
 */
import weights from '../../resources/extraction/span-tagger.json';
import type { Sentence } from './sentences';
import { FEATURE_COUNT, FEATURE_GROUPS, indexVocabulary, sentenceFeatures, TAGGER_LABELS, type TaggerVocabulary, type VocabularyIndex } from './tagger-features';
import type { TextAnalysis } from './text-analysis';

interface TaggerWeights {
  vocab: TaggerVocabulary;
  embeddings: number[][][];
  convs: { weight: number[][][]; bias: number[] }[];
  out: { weight: number[][]; bias: number[] };
}

const LABELS = TAGGER_LABELS.length;

interface Layer {
  /** out x kernel x in, flattened as [(o * kernel + k) * inputs + i], so the inner loop runs along memory. */
  weight: Float32Array;
  bias: Float32Array;
  inputs: number;
  outputs: number;
  kernel: number;
}

interface Model {
  vocab: VocabularyIndex;
  /** Per feature group: table[(id * kernel + k) * hidden + h], the first layer folded over the embeddings. */
  grouped: Float32Array[];
  groupSizes: number[][];
  first: Layer;
  rest: Layer[];
  out: { weight: Float32Array; bias: Float32Array; inputs: number };
}

let model: Model | null = null;

function layerOf(conv: { weight: number[][][]; bias: number[] }): Layer {
  const outputs = conv.weight.length;
  const inputs = conv.weight[0]!.length;
  const kernel = conv.weight[0]![0]!.length;
  const weight = new Float32Array(outputs * inputs * kernel);
  for (let o = 0; o < outputs; o++) for (let i = 0; i < inputs; i++) for (let k = 0; k < kernel; k++) weight[(o * kernel + k) * inputs + i] = conv.weight[o]![i]![k]!;
  return { weight, bias: Float32Array.from(conv.bias), inputs, outputs, kernel };
}

function load(): Model {
  const w = weights as TaggerWeights;
  const first = layerOf(w.convs[0]!);
  const folded: Float32Array[] = [];
  let offset = 0;
  for (const table of w.embeddings) {
    const dims = table[0]!.length;
    const out = new Float32Array(table.length * first.kernel * first.outputs);
    for (let id = 0; id < table.length; id++) {
      const e = table[id]!;
      for (let k = 0; k < first.kernel; k++) {
        for (let h = 0; h < first.outputs; h++) {
          let sum = 0;
          for (let j = 0; j < dims; j++) sum += first.weight[(h * first.kernel + k) * first.inputs + offset + j]! * e[j]!;
          out[(id * first.kernel + k) * first.outputs + h] = sum;
        }
      }
    }
    folded.push(out);
    offset += dims;
  }
  // Small features add up linearly in the first layer, so their rows are summed once per
  // combination: four look-ups per token and offset instead of eight.
  const sizes = w.embeddings.map((table) => table.length);
  const grouped = FEATURE_GROUPS.map((group) => {
    if (group.length === 1) return folded[group[0]!]!;
    const combos = group.reduce((n, f) => n * sizes[f]!, 1);
    const row = first.kernel * first.outputs;
    const table = new Float32Array(combos * row);
    for (let c = 0; c < combos; c++) {
      let rest = c;
      for (let g = group.length - 1; g >= 0; g--) {
        const f = group[g]!;
        const id = rest % sizes[f]!;
        rest = Math.floor(rest / sizes[f]!);
        const src = folded[f]!;
        for (let j = 0; j < row; j++) table[c * row + j]! += src[id * row + j]!;
      }
    }
    return table;
  });
  const outputs = w.out.weight.length;
  const inputs = w.out.weight[0]!.length;
  const outWeight = new Float32Array(outputs * inputs);
  for (let o = 0; o < outputs; o++) for (let i = 0; i < inputs; i++) outWeight[o * inputs + i] = w.out.weight[o]![i]!;
  return {
    vocab: indexVocabulary(w.vocab),
    grouped,
    groupSizes: FEATURE_GROUPS.map((group) => group.map((f) => sizes[f]!)),
    first,
    rest: w.convs.slice(1).map(layerOf),
    out: { weight: outWeight, bias: Float32Array.from(w.out.bias), inputs },
  };
}

/** One convolution with ReLU over n positions of `width` inputs each. */
function convolve(layer: Layer, x: Float32Array, width: number, n: number): Float32Array {
  const { weight, bias, outputs, kernel } = layer;
  const y = new Float32Array(n * outputs);
  const pad = kernel >> 1;
  for (let t = 0; t < n; t++) {
    const row = t * outputs;
    for (let o = 0; o < outputs; o++) {
      let sum = bias[o]!;
      for (let k = 0; k < kernel; k++) {
        const src = t + k - pad;
        if (src < 0 || src >= n) continue;
        const xi = src * width;
        const wi = (o * kernel + k) * width;
        for (let i = 0; i < width; i++) sum += weight[wi + i]! * x[xi + i]!;
      }
      y[row + o] = sum > 0 ? sum : 0;
    }
  }
  return y;
}

/** The model's label scores for one sentence, token-major: scores[t * LABELS + label] (softmax). */
let scratch = new Float32Array(0);

export function tagSentence(a: TextAnalysis, sentence: Sentence): Float32Array {
  model ??= load();
  const m = model;
  const n = sentence.last - sentence.first;
  const ids = sentenceFeatures(a, sentence, m.vocab);
  const groups = FEATURE_GROUPS.length;
  const gids = new Int32Array(n * groups);
  for (let t = 0; t < n; t++) {
    for (let g = 0; g < groups; g++) {
      const group = FEATURE_GROUPS[g]!;
      const sz = m.groupSizes[g]!;
      let id = 0;
      for (let j = 0; j < group.length; j++) id = id * sz[j]! + ids[t * FEATURE_COUNT + group[j]!]!;
      gids[t * groups + g] = id;
    }
  }
  let width = m.first.outputs;
  if (scratch.length < n * width) scratch = new Float32Array(n * width * 2);
  let x: Float32Array = scratch;
  const kernel = m.first.kernel;
  const pad = kernel >> 1;
  const tables = m.grouped;
  const bias = m.first.bias;
  for (let t = 0; t < n; t++) x.set(bias, t * width);
  // Each token's rows for all kernel offsets sit together in a table: read them once and
  // add each to the position it feeds.
  const block = kernel * width;
  for (let src = 0; src < n; src++) {
    for (let g = 0; g < groups; g++) {
      const table = tables[g]!;
      const base = gids[src * groups + g]! * block;
      for (let k = 0; k < kernel; k++) {
        const t = src - k + pad;
        if (t < 0 || t >= n) continue;
        const row = t * width;
        const from = base + k * width;
        for (let h = 0; h < width; h++) x[row + h] = x[row + h]! + table[from + h]!;
      }
    }
  }
  for (let j = 0; j < n * width; j++) if (x[j]! < 0) x[j] = 0;
  for (const layer of m.rest) {
    x = convolve(layer, x, width, n);
    width = layer.outputs;
  }
  const scores = new Float32Array(n * LABELS);
  const ow = m.out.weight;
  const ob = m.out.bias;
  for (let t = 0; t < n; t++) {
    let max = -Infinity;
    const xi = t * width;
    const si = t * LABELS;
    for (let l = 0; l < LABELS; l++) {
      let sum = ob[l]!;
      const wi = l * width;
      for (let i = 0; i < width; i++) sum += ow[wi + i]! * x[xi + i]!;
      scores[si + l] = sum;
      if (sum > max) max = sum;
    }
    let total = 0;
    for (let l = 0; l < LABELS; l++) total += scores[si + l] = Math.exp(scores[si + l]! - max);
    for (let l = 0; l < LABELS; l++) scores[si + l] = scores[si + l]! / total;
  }
  return scores;
}
