import type { RealmScryptMemo, ScryptInput } from './scrypt-input.js';

/**
 * What happens to scrypt inside one client realm: every evaluation is counted (the benchmark's
 * figures), and while the run shares a memo (matrix runs; never `interop restore`, whose
 * secrets are a user's), an evaluation some realm already computed with the same implementation
 * and the same inputs is served from it instead of being computed again.
 *
 * @polkadot/wasm-crypto calls every primitive as `fn(bridge.wasm, ...)` (packages/wasm-crypto/src/bundle.ts
 * `withWasm`), reading the `wasm` getter of its exported `bridge` each time; shadowing that
 * getter on the instance hands the realm a copy of the wasm exports whose `ext_scrypt` goes
 * through here. Pass the client's own wasm-crypto module (from its profile).
 */
export interface ScryptCensus {
  /** Evaluations computed in this realm. */
  count: number;
  /** Time spent computing them. */
  ms: number;
  /** Evaluations served from the run's memo. */
  served: number;
}

const census: ScryptCensus = { count: 0, ms: 0, served: 0 };
let realmMemo: RealmScryptMemo | undefined;

/** Joins this realm to the run's memo (undefined leaves it: every evaluation is computed). */
export function useRealmScryptMemo(memo: RealmScryptMemo | undefined): void {
  realmMemo = memo;
}

/**
 * One evaluation by a JavaScript implementation (e.g. Vault's Banana Split key with @noble/hashes):
 * counted, and served from the run's memo when it holds it.
 */
export function memoisedScrypt(input: ScryptInput, compute: () => Uint8Array): Uint8Array {
  const timed = () => {
    const started = performance.now();
    try {
      return compute();
    } finally {
      census.count++;
      census.ms += performance.now() - started;
    }
  };
  if (realmMemo === undefined) return timed();
  const { value, served } = realmMemo.scrypt(input, timed);
  if (served) census.served++;
  return value;
}

/** What countScrypt needs of @polkadot/wasm-crypto's module. */
export interface WasmCryptoModule {
  readonly bridge: { readonly wasm: unknown };
  readonly packageInfo?: { readonly name: string; readonly version: string };
}

/** The wasm exports ext_scrypt needs: its memory, and wasm-bindgen's allocator. */
interface WasmExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  __wbindgen_malloc(size: number): number;
  __wbindgen_free(ptr: number, size: number): void;
  ext_scrypt(retptr: number, passwordPtr: number, passwordLen: number, saltPtr: number, saltLen: number, log2n: number, r: number, p: number): void;
}

/** wasm-crypto's scrypt output length: its Rust `ext_scrypt` always fills a 64-byte buffer. */
const WASM_SCRYPT_BYTES = 64;

/**
 * `ext_scrypt` as wasm-bindgen calls it (bundle.ts: `wasm.ext_scrypt(8, ...allocU8a(password),
 * ...allocU8a(salt), log2n, r, p)`, then `resultU8a()` reads pointer and length at `retptr` and
 * frees the result). Served from the memo, it does what the wasm function does with its
 * arguments and result: frees the two input buffers, allocates the output in wasm memory and
 * writes its pointer and length at `retptr`, so the bridge reads and frees it as its own.
 */
function memoisedExtScrypt(wasm: WasmExports, scrypt: WasmExports['ext_scrypt'], implementation: string): WasmExports['ext_scrypt'] {
  return (retptr, passwordPtr, passwordLen, saltPtr, saltLen, log2n, r, p) => {
    const compute = (): Uint8Array => {
      const started = performance.now();
      try {
        scrypt(retptr, passwordPtr, passwordLen, saltPtr, saltLen, log2n, r, p);
      } finally {
        census.count++;
        census.ms += performance.now() - started;
      }
      const words = new Int32Array(wasm.memory.buffer);
      const ptr = words[retptr / 4] ?? 0;
      const len = words[retptr / 4 + 1] ?? 0;
      // A copy: the result itself stays where the bridge will read and free it.
      return new Uint8Array(wasm.memory.buffer).slice(ptr, ptr + len);
    };
    const memo = realmMemo;
    if (memo === undefined) {
      compute();
      return;
    }
    const bytes = new Uint8Array(wasm.memory.buffer);
    const input: ScryptInput = {
      implementation,
      password: bytes.slice(passwordPtr, passwordPtr + passwordLen),
      salt: bytes.slice(saltPtr, saltPtr + saltLen),
      N: 2 ** log2n,
      r,
      p,
      dkLen: WASM_SCRYPT_BYTES,
    };
    const { value, served } = memo.scrypt(input, compute);
    if (!served) return;
    census.served++;
    wasm.__wbindgen_free(passwordPtr, passwordLen);
    wasm.__wbindgen_free(saltPtr, saltLen);
    const out = wasm.__wbindgen_malloc(value.length);
    new Uint8Array(wasm.memory.buffer).set(value, out);
    const words = new Int32Array(wasm.memory.buffer);
    words[retptr / 4] = out;
    words[retptr / 4 + 1] = value.length;
  };
}

/**
 * Hooks the realm's wasm-crypto: every ext_scrypt is counted, and goes through the run's memo
 * when the realm has joined one. `implementation` names it in the memo's keys (default: the
 * module's own packageInfo, e.g. `@polkadot/wasm-crypto@7.5.1`). Call after cryptoWaitReady()
 * or before: the hook reads the bridge's wasm on every call.
 */
export function countScrypt(wasmCrypto: WasmCryptoModule, implementation?: string): void {
  const bridge = wasmCrypto.bridge as object;
  const proto = Object.getPrototypeOf(bridge) as object;
  const getter = Object.getOwnPropertyDescriptor(proto, 'wasm')?.get;
  if (getter === undefined || Object.hasOwn(bridge, 'wasm')) return;
  const name =
    implementation ?? (wasmCrypto.packageInfo ? `${wasmCrypto.packageInfo.name}@${wasmCrypto.packageInfo.version}` : '@polkadot/wasm-crypto@unknown');
  // The wasm exports object is frozen, so a Proxy may not change its properties: hand out a
  // copy with the same functions (they do not use `this`) and our ext_scrypt.
  let wrapped: { target: object; copy: object } | undefined;
  Object.defineProperty(bridge, 'wasm', {
    configurable: true,
    get() {
      const target = getter.call(bridge) as Record<string, unknown> | null;
      if (target === null) return target;
      if (wrapped?.target !== target) {
        const copy: Record<string, unknown> = { ...target };
        if (typeof target.ext_scrypt === 'function') {
          copy.ext_scrypt = memoisedExtScrypt(target as unknown as WasmExports, target.ext_scrypt as WasmExports['ext_scrypt'], name);
        }
        wrapped = { target, copy };
      }
      return wrapped.copy;
    },
  });
}

export function scryptCensus(): ScryptCensus {
  return { ...census };
}
