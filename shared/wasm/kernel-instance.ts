// The node typings here carry no WebAssembly declarations: the little the kernels use.
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * A small WebAssembly kernel shipped as base64, instantiated synchronously: it is a few hundred bytes,
 * and its callers compute synchronously.
 */
export function instantiateKernel<Exports>(base64: string): Exports {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new wasm.Instance(new wasm.Module(bytes)).exports as Exports;
}
