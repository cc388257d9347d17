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
import { FEATURE_COUNT, FEATURE_GROUPS, indexVocabulary, sentenceFeatures, suffixOf, TAGGER_LABELS, wordIdsByValue, type TaggerVocabulary, type VocabularyIndex } from './tagger-features';
import { FirstLayerKernel, SECOND_LAYER_SHAPE } from './tagger-first-layer';
import type { TextAnalysis } from './text-analysis';

interface TaggerWeights {
  vocab: TaggerVocabulary;
  embeddings: number[][][];
  convs: { weight: number[][][]; bias: number[] }[];
  out: { weight: number[][]; bias: number[] };
}

const LABELS = TAGGER_LABELS.length;
// The output layer below keeps one local per label.
if (LABELS !== 7) throw new Error(`the span tagger's output layer is written for 7 labels, not ${LABELS}`);

interface Layer {
  /** out x kernel x in, flattened as [(o * kernel + k) * inputs + i], so the inner loop runs along memory. */
  weight: Float32Array;
  /** The same weights kernel x in x out, [(k * inputs + i) * outputs + o]: one input feeds all outputs along memory. */
  byInput: Float32Array;
  bias: Float32Array;
  inputs: number;
  outputs: number;
  kernel: number;
}

interface Model {
  vocab: VocabularyIndex;
  /**
   * The first layer, run in WebAssembly over every feature group's folded rows, held in
   * one table: group g's row for id and kernel offset k starts at groupBase[g] + (id * kernel + k) * hidden.
   */
  firstLayer: FirstLayerKernel;
  groupBase: Int32Array;
  /**
   * A token's row offset in group g is groupBase[g] plus, over the group's features,
   * feature id x termScale: the combination index times the row block, as integers. Group g's
   * terms are those from groupTermEnd[g - 1] (0 for the first) to groupTermEnd[g].
   */
  groupTermEnd: Int32Array;
  termFeature: Int32Array;
  termScale: Int32Array;
  /** The widest layer output, for buffer sizes. */
  width: number;
  /** Suffix id of each word id, so a known word costs one map look-up, not two and a slice. */
  suffixOfWord: Int32Array;
  first: Layer;
  /** The layers after the first that JavaScript runs (the kernel runs the second when it has the trained shape). */
  rest: Layer[];
  /** Output layer, [i * labels + label]. */
  out: { byInput: Float32Array; bias: Float32Array; inputs: number };
}

let model: Model | null = null;
// Now, not in load(): the words need their value ids before the first article's tokens look theirs up.
const wordOfValue = wordIdsByValue((weights as TaggerWeights).vocab);

function layerOf(conv: { weight: number[][][]; bias: number[] }): Layer {
  const outputs = conv.weight.length;
  const inputs = conv.weight[0]!.length;
  const kernel = conv.weight[0]![0]!.length;
  const weight = new Float32Array(outputs * inputs * kernel);
  const byInput = new Float32Array(outputs * inputs * kernel);
  for (let o = 0; o < outputs; o++) {
    for (let i = 0; i < inputs; i++) {
      for (let k = 0; k < kernel; k++) {
        weight[(o * kernel + k) * inputs + i] = conv.weight[o]![i]![k]!;
        byInput[(k * inputs + i) * outputs + o] = conv.weight[o]![i]![k]!;
      }
    }
  }
  return { weight, byInput, bias: Float32Array.from(conv.bias), inputs, outputs, kernel };
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
  const table = new Float32Array(grouped.reduce((n, g) => n + g.length, 0));
  const groupBase = new Int32Array(grouped.length);
  for (let g = 0, at = 0; g < grouped.length; g++) {
    table.set(grouped[g]!, at);
    groupBase[g] = at;
    at += grouped[g]!.length;
  }
  const outputs = w.out.weight.length;
  const inputs = w.out.weight[0]!.length;
  const outByInput = new Float32Array(outputs * inputs);
  for (let o = 0; o < outputs; o++) for (let i = 0; i < inputs; i++) outByInput[i * outputs + o] = w.out.weight[o]![i]!;
  const vocab = indexVocabulary(w.vocab);
  const suffixOfWord = new Int32Array(w.vocab.words.length + 2).fill(1);
  w.vocab.words.forEach((word, i) => (suffixOfWord[i + 2] = vocab.suffixes.get(suffixOf(word)) ?? 1));
  const groupTermEnd: number[] = [];
  const termFeature: number[] = [];
  const termScale: number[] = [];
  for (const group of FEATURE_GROUPS) {
    // Mixed radix, first feature most significant: id = ((f0 * s1) + f1) * s2 + f2.
    let scale = first.kernel * first.outputs;
    for (let j = group.length - 1; j >= 0; j--) {
      termFeature.push(group[j]!);
      termScale.push(scale);
      scale *= sizes[group[j]!]!;
    }
    groupTermEnd.push(termFeature.length);
  }
  const rest = w.convs.slice(1).map(layerOf);
  const second = rest[0];
  const shape = SECOND_LAYER_SHAPE;
  const secondInKernel = second !== undefined && second.inputs === shape.inputs && second.outputs === shape.outputs && second.kernel === shape.kernel;
  return {
    vocab,
    firstLayer: new FirstLayerKernel(table, first.bias, first.outputs, first.kernel, FEATURE_GROUPS.length, secondInKernel ? second : null),
    groupBase,
    groupTermEnd: Int32Array.from(groupTermEnd),
    termFeature: Int32Array.from(termFeature),
    termScale: Int32Array.from(termScale),
    width: Math.max(first.outputs, ...rest.map((l) => l.outputs)),
    suffixOfWord,
    first,
    rest: secondInKernel ? rest.slice(1) : rest,
    out: { byInput: outByInput, bias: Float32Array.from(w.out.bias), inputs },
  };
}

/**
 * Buffers reused from sentence to sentence (tagging is synchronous): the inference itself
 * allocates nothing but the scores it returns. The first layer's inputs and outputs live
 * in the kernel's memory; the deeper layers alternate between that output and `b`.
 */
const buffers = {
  ids: new Int32Array(0),
  b: new Float32Array(0),
  /** Per position, the inputs of the previous layer that are not zero (ReLU leaves most at zero). */
  nonzero: new Int32Array(0),
  nonzeroCount: new Int32Array(0),
};

function reserve(m: Model, n: number, width: number): void {
  m.firstLayer.reserve(n, width);
  if (buffers.b.length >= n * width) return;
  const size = Math.max(64, n * 2);
  buffers.ids = new Int32Array(size * FEATURE_COUNT);
  buffers.b = new Float32Array(size * width);
  buffers.nonzero = new Int32Array(size * width);
  buffers.nonzeroCount = new Int32Array(size);
}

/**
 * Lists, per position, which of its `width` values are above zero. Without a branch: the
 * index is written at the list's end, which moves on only for a value above zero (about half
 * are zero, in no pattern a branch predictor could learn).
 */
function indexNonzero(x: Float32Array, width: number, n: number): void {
  const { nonzero, nonzeroCount } = buffers;
  for (let t = 0; t < n; t++) {
    const row = t * width;
    let c = 0;
    for (let i = 0; i < width; i++) {
      nonzero[row + c] = i;
      c += +(x[row + i]! > 0);
    }
    nonzeroCount[t] = c;
  }
}

/**
 * One convolution with ReLU over n positions of `width` inputs each. Zero inputs are
 * skipped, and each input adds its share to every output at once (independent sums keep
 * the processor busy); each output still sums its terms in the dense order (offset, then
 * input), so the result is the same to the last bit.
 */
function convolve(layer: Layer, x: Float32Array, y: Float32Array, width: number, n: number): void {
  const { byInput, bias, outputs, kernel } = layer;
  const { nonzero, nonzeroCount } = buffers;
  const pad = kernel >> 1;
  for (let t = 0; t < n; t++) {
    const from = Math.max(0, t - pad);
    const to = Math.min(n - 1, t + kernel - 1 - pad);
    const row = t * outputs;
    let o = 0;
    // Four outputs at a time in locals: four independent sums over the same inputs.
    for (; o + 4 <= outputs; o += 4) {
      let s0 = bias[o]!;
      let s1 = bias[o + 1]!;
      let s2 = bias[o + 2]!;
      let s3 = bias[o + 3]!;
      for (let src = from; src <= to; src++) {
        const xi = src * width;
        const wk = (src - t + pad) * width;
        const count = nonzeroCount[src]!;
        for (let j = 0; j < count; j++) {
          const i = nonzero[xi + j]!;
          const v = x[xi + i]!;
          const wi = (wk + i) * outputs + o;
          s0 += byInput[wi]! * v;
          s1 += byInput[wi + 1]! * v;
          s2 += byInput[wi + 2]! * v;
          s3 += byInput[wi + 3]! * v;
        }
      }
      y[row + o] = s0 > 0 ? s0 : 0;
      y[row + o + 1] = s1 > 0 ? s1 : 0;
      y[row + o + 2] = s2 > 0 ? s2 : 0;
      y[row + o + 3] = s3 > 0 ? s3 : 0;
    }
    for (; o < outputs; o++) {
      let sum = bias[o]!;
      for (let src = from; src <= to; src++) {
        const xi = src * width;
        const wk = (src - t + pad) * width;
        const count = nonzeroCount[src]!;
        for (let j = 0; j < count; j++) {
          const i = nonzero[xi + j]!;
          sum += byInput[(wk + i) * outputs + o]! * x[xi + i]!;
        }
      }
      y[row + o] = sum > 0 ? sum : 0;
    }
  }
}

/**
 * The output layer and softmax, into scores[t * LABELS + label]. The seven label sums live
 * in locals rather than an array (this runs for every token), each summed in the dense
 * order (bias, then inputs ascending) in float64 as before; the softmax rounds through the
 * float32 scores exactly as storing into them did.
 */
function outputLayer(out: Model['out'], x: Float32Array, width: number, n: number, scores: Float32Array): void {
  const { nonzero, nonzeroCount } = buffers;
  const ow = out.byInput;
  const ob = out.bias;
  for (let t = 0; t < n; t++) {
    const xi = t * width;
    let s0 = ob[0]!;
    let s1 = ob[1]!;
    let s2 = ob[2]!;
    let s3 = ob[3]!;
    let s4 = ob[4]!;
    let s5 = ob[5]!;
    let s6 = ob[6]!;
    const count = nonzeroCount[t]!;
    for (let j = 0; j < count; j++) {
      const i = nonzero[xi + j]!;
      const v = x[xi + i]!;
      const wi = i * LABELS;
      s0 += ow[wi]! * v;
      s1 += ow[wi + 1]! * v;
      s2 += ow[wi + 2]! * v;
      s3 += ow[wi + 3]! * v;
      s4 += ow[wi + 4]! * v;
      s5 += ow[wi + 5]! * v;
      s6 += ow[wi + 6]! * v;
    }
    // Exactly the arithmetic of the array form: the maximum of the float64 sums; each
    // exponent taken of the float32-rounded score; the total of the unrounded exponents,
    // and each rounded exponent divided by it.
    const max = Math.max(s0, s1, s2, s3, s4, s5, s6);
    const x0 = Math.exp(Math.fround(s0) - max);
    const x1 = Math.exp(Math.fround(s1) - max);
    const x2 = Math.exp(Math.fround(s2) - max);
    const x3 = Math.exp(Math.fround(s3) - max);
    const x4 = Math.exp(Math.fround(s4) - max);
    const x5 = Math.exp(Math.fround(s5) - max);
    const x6 = Math.exp(Math.fround(s6) - max);
    const total = x0 + x1 + x2 + x3 + x4 + x5 + x6;
    const e0 = Math.fround(x0);
    const e1 = Math.fround(x1);
    const e2 = Math.fround(x2);
    const e3 = Math.fround(x3);
    const e4 = Math.fround(x4);
    const e5 = Math.fround(x5);
    const e6 = Math.fround(x6);
    const si = t * LABELS;
    scores[si] = e0 / total;
    scores[si + 1] = e1 / total;
    scores[si + 2] = e2 / total;
    scores[si + 3] = e3 / total;
    scores[si + 4] = e4 / total;
    scores[si + 5] = e5 / total;
    scores[si + 6] = e6 / total;
  }
}

/**
 * The model's label scores for one sentence, token-major: scores[t * LABELS + label] (softmax).
 * Written into `out` when it is given and long enough (a caller tagging sentence after
 * sentence then allocates none: a new typed array this size is a backing store outside the
 * heap, allocated and later freed for every sentence), else into a new array of n * LABELS.
 */
export function tagSentence(a: TextAnalysis, sentence: Sentence, out?: Float32Array): Float32Array {
  model ??= load();
  const m = model;
  const n = sentence.last - sentence.first;
  const hidden = m.first.outputs;
  reserve(m, n, m.width);
  const ids = sentenceFeatures(a, sentence, m.vocab, buffers.ids, m.suffixOfWord, wordOfValue);
  const groups = FEATURE_GROUPS.length;
  // Each feature group's row block per token, as an offset into the shared table.
  const gids = m.firstLayer.gids;
  const { groupBase, groupTermEnd, termFeature, termScale } = m;
  for (let t = 0; t < n; t++) {
    const at = t * groups;
    const o = t * FEATURE_COUNT;
    // Each group's offset summed in a local and stored once, not added into memory term by term.
    for (let g = 0, j = 0; g < groups; g++) {
      let offset = groupBase[g]!;
      for (const end = groupTermEnd[g]!; j < end; j++) offset += ids[o + termFeature[j]!]! * termScale[j]!;
      gids[at + g] = offset;
    }
  }
  m.firstLayer.run(n);
  let x = m.firstLayer.x;
  let width = hidden;
  if (m.firstLayer.hasSecond) {
    m.firstLayer.runSecond(n);
    x = m.firstLayer.y;
    width = SECOND_LAYER_SHAPE.outputs;
  }
  let y = buffers.b;
  for (const layer of m.rest) {
    indexNonzero(x, width, n);
    convolve(layer, x, y, width, n);
    // The kernel's second-layer output is only 12 wide: the next layer writes over the first's instead.
    const swap = x === m.firstLayer.y ? m.firstLayer.x : x;
    x = y;
    y = swap;
    width = layer.outputs;
  }
  indexNonzero(x, width, n);
  const scores = out && out.length >= n * LABELS ? out : new Float32Array(n * LABELS);
  outputLayer(m.out, x, width, n, scores);
  return scores;
}
