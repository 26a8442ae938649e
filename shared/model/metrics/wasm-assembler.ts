/**
 * Just enough of a WebAssembly assembler for the bootstrap's two hand-written kernels
 * (wasm-draws.ts, wasm-summary.ts): the binary encodings of the instructions they use (WebAssembly
 * core specification 1.0, §5), a one-function module that imports its memory, and the compiled
 * modules, once per thread. No toolchain and no .wasm file: each kernel is a commented listing in
 * TypeScript, and the bundles carry it as code.
 */

export const uleb = (v: number): number[] => {
  const out: number[] = [];
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
};

const sleb = (v: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) return [...out, b];
    out.push(b | 0x80);
  }
};

const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

/** Value types. */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const F64 = 0x7c;

export const get = (local: number) => [0x20, ...uleb(local)];
export const set = (local: number) => [0x21, ...uleb(local)];
export const tee = (local: number) => [0x22, ...uleb(local)];
export const i32 = (v: number) => [0x41, ...sleb(v | 0)];
export const i64 = (v: number) => [0x42, ...sleb(v)];

/** Memory access at the address on the stack plus a constant offset (natural alignment). */
export const i32Load = (offset = 0) => [0x28, 2, ...uleb(offset)];
export const i32Store = (offset = 0) => [0x36, 2, ...uleb(offset)];
export const f64Load = (offset = 0) => [0x2b, 3, ...uleb(offset)];
export const f64Store = (offset = 0) => [0x39, 3, ...uleb(offset)];
export const LOAD8_U = [0x2d, 0, 0];
export const STORE8 = [0x3a, 0, 0];

export const [ADD, SUB, MUL, OR, XOR, SHL, ROTL] = [[0x6a], [0x6b], [0x6c], [0x72], [0x73], [0x74], [0x77]];
export const [NE, GE_U] = [[0x47], [0x4f]];
export const [EXTEND_U, MUL64, SHR_U64, WRAP] = [[0xad], [0x7e], [0x88], [0xa7]];
export const [F_ADD, F_MUL, F_DIV, F_FROM_U32] = [[0xa0], [0xa2], [0xa3], [0xb8]];

export const BLOCK = [0x02, 0x40];
export const LOOP = [0x03, 0x40];
export const IF = [0x04, 0x40];
export const END = [0x0b];
export const br = (depth: number) => [0x0c, depth];
export const brIf = (depth: number) => [0x0d, depth];

/**
 * A module of one exported function `exported` taking `params` (i32 each) and returning `result`
 * (or nothing), with `locals` ([count, type] groups), importing its memory as m.memory.
 */
export function oneFunctionModule(exported: string, params: number, result: number | undefined, locals: Array<[number, number]>, body: number[]): Uint8Array {
  const func = [...uleb(locals.length), ...locals.flatMap(([count, type]) => [...uleb(count), type]), ...body];
  const resultTypes = result === undefined ? [0] : [1, result];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, ...uleb(params), ...new Array<number>(params).fill(I32), ...resultTypes]),
    ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 1]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...name(exported), 0x00, 0]),
    ...section(10, [1, ...uleb(func.length), ...func]),
  ]);
}

/** The few members of the WebAssembly JavaScript API used here (lib ES2023 does not declare them). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

export const PAGE = 65536;

/**
 * A compiled one-function module, instantiated on a fresh memory of `bytes` bytes per call; null
 * when WebAssembly is unavailable here (node --jitless) or refuses the module.
 */
export function compileKernel<F>(bytes: () => Uint8Array, exported: string): ((memoryBytes: number) => { fn: F; buffer: ArrayBuffer } | undefined) | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  let module: object;
  try {
    module = new api.Module(bytes());
  } catch {
    return null;
  }
  return (memoryBytes) => {
    try {
      const memory = new api.Memory({ initial: Math.max(1, Math.ceil(memoryBytes / PAGE)) });
      return { fn: new api.Instance(module, { m: { memory } }).exports[exported] as F, buffer: memory.buffer };
    } catch {
      return undefined;
    }
  };
}
