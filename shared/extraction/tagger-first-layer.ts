/**
 * The span tagger's first layer, run by the WebAssembly kernel of span-tagger-kernel.wat:
 * SIMD float32 additions give the JavaScript Math.fround sums to the bit, four hidden units
 * at a time. The kernel runs the second layer too when it has the trained shape (float64
 * sums, two outputs at a time, in the JavaScript order). This module owns the kernel's
 * memory: the folded first-layer table and bias, the second layer's weights and bias, then
 * room for one sentence's row offsets, the two layers' outputs and the second layer's lists
 * of the first's outputs above zero.
 */
import { TAGGER_KERNEL_WASM } from './span-tagger-kernel';
import { instantiateKernel, type WasmMemory } from '../wasm/kernel-instance';

const PAGE = 65536;
/** Hidden units the kernel holds in registers (six vectors of four); the trained tagger's width. */
const KERNEL_HIDDEN = 24;
/** The second layer's shape the kernel is written for: 24 inputs, 12 outputs, kernel 3. */
export const SECOND_LAYER_SHAPE = { inputs: KERNEL_HIDDEN, outputs: 12, kernel: 3 } as const;

/** A convolution's weights as the kernel reads them: [(k * inputs + i) * outputs + o]. */
export interface SecondLayerWeights {
  byInput: Float32Array;
  bias: Float32Array;
}


interface KernelExports {
  memory: WasmMemory;
  firstLayer: (n: number, kernel: number, groups: number, table: number, gids: number, bias: number, x: number) => void;
  secondLayer: (n: number, x: number, weights: number, bias: number, y: number, nonzero: number) => void;
}

function instantiate(): KernelExports {
  return instantiateKernel<KernelExports>(TAGGER_KERNEL_WASM);
}

export class FirstLayerKernel {
  private readonly kernel: KernelExports;
  private readonly biasAt: number;
  private readonly secondAt: number;
  private readonly secondBiasAt: number;
  private readonly scratchAt: number;
  /** Whether runSecond() may be called (the kernel holds a second layer). */
  readonly hasSecond: boolean;
  private positions = 0;
  private width = 0;
  /** Row offsets, n x groups: element offsets into the table. Valid until the next reserve(). */
  gids = new Int32Array(0);
  /** First-layer output, n x hidden (room for n x width). Valid until the next reserve(). */
  x = new Float32Array(0);
  /** Second-layer output, n x 12, when the kernel runs it. Valid until the next reserve(). */
  y = new Float32Array(0);
  /** Byte address of the second layer's scratch: per position, a count and up to 24 offsets. */
  private nonzeroAt = 0;

  /**
   * `table` holds every feature group's folded rows (see span-tagger.ts), `bias` the
   * layer's; the kernel is written for the trained width, KERNEL_HIDDEN units. `second`, of
   * SECOND_LAYER_SHAPE, lets runSecond() run the next layer too.
   */
  constructor(
    table: Float32Array,
    bias: Float32Array,
    hidden: number,
    private readonly kernelWidth: number,
    private readonly groups: number,
    second: SecondLayerWeights | null = null,
  ) {
    if (hidden !== KERNEL_HIDDEN) throw new Error(`the tagger's first-layer kernel is written for ${KERNEL_HIDDEN} hidden units, not ${hidden}`);
    const { inputs, outputs, kernel } = SECOND_LAYER_SHAPE;
    if (second && (second.byInput.length !== kernel * inputs * outputs || second.bias.length !== outputs)) throw new Error(`the tagger's second-layer kernel is written for ${inputs} inputs, ${outputs} outputs and kernel ${kernel}`);
    this.kernel = instantiate();
    this.biasAt = table.byteLength;
    // The second layer's figures are kept widened to float64 (8-byte aligned), as the kernel adds them.
    this.secondAt = Math.ceil((this.biasAt + bias.byteLength) / 8) * 8;
    this.secondBiasAt = this.secondAt + (second ? second.byInput.length * 8 : 0);
    this.scratchAt = this.secondBiasAt + (second ? second.bias.length * 8 : 0);
    this.hasSecond = second !== null;
    this.grow(this.scratchAt);
    const buffer = this.kernel.memory.buffer;
    new Float32Array(buffer, 0, table.length).set(table);
    new Float32Array(buffer, this.biasAt, bias.length).set(bias);
    if (second) {
      new Float64Array(buffer, this.secondAt, second.byInput.length).set(second.byInput);
      new Float64Array(buffer, this.secondBiasAt, second.bias.length).set(second.bias);
    }
  }


  private grow(bytes: number): void {
    const memory = this.kernel.memory;
    const missing = Math.ceil((bytes - memory.buffer.byteLength) / PAGE);
    if (missing > 0) memory.grow(missing);
  }

  /** Room for n positions of up to `width` values each (reused between sentences). */
  reserve(n: number, width: number): void {
    if (n <= this.positions && width <= this.width) return;
    this.positions = Math.max(64, n * 2, this.positions);
    this.width = Math.max(width, this.width);
    const gidsBytes = this.positions * this.groups * 4;
    const xBytes = this.positions * this.width * 4;
    const yLength = this.hasSecond ? this.positions * SECOND_LAYER_SHAPE.outputs : 0;
    const nonzeroBytes = this.hasSecond ? this.positions * (SECOND_LAYER_SHAPE.inputs + 1) * 4 : 0;
    this.nonzeroAt = this.scratchAt + gidsBytes + xBytes + yLength * 4;
    this.grow(this.nonzeroAt + nonzeroBytes);
    const buffer = this.kernel.memory.buffer;
    this.gids = new Int32Array(buffer, this.scratchAt, this.positions * this.groups);
    this.x = new Float32Array(buffer, this.scratchAt + gidsBytes, this.positions * this.width);
    this.y = new Float32Array(buffer, this.scratchAt + gidsBytes + xBytes, yLength);
  }

  /** Fills x for n positions from gids: bias plus the rows in reach, then ReLU. */
  run(n: number): void {
    this.kernel.firstLayer(n, this.kernelWidth, this.groups, 0, this.gids.byteOffset, this.biasAt, this.x.byteOffset);
  }

  /** Fills y for n positions from x (after run()): the second layer with ReLU. */
  runSecond(n: number): void {
    if (!this.hasSecond) throw new Error('this kernel holds no second layer');
    this.kernel.secondLayer(n, this.x.byteOffset, this.secondAt, this.secondBiasAt, this.y.byteOffset, this.nonzeroAt);
  }
}
