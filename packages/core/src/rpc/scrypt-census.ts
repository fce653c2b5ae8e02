/**
 * Counts scrypt evaluations inside one client realm, for the benchmark's overhead figure.
 * @polkadot/wasm-crypto calls every primitive as `fn(bridge.wasm, ...)` (packages/wasm-crypto/src/bundle.ts
 * `withWasm`), reading the `wasm` getter of its exported `bridge` each time; shadowing that
 * getter on the instance with a proxy that times `ext_scrypt` counts every scrypt the client
 * runs without changing what it computes. Pass the client's own wasm-crypto module (from its
 * profile), after cryptoWaitReady().
 */
export interface ScryptCensus {
  count: number;
  ms: number;
}

const census: ScryptCensus = { count: 0, ms: 0 };

interface WasmCryptoModule {
  readonly bridge: { readonly wasm: unknown };
}

export function countScrypt(wasmCrypto: WasmCryptoModule): void {
  const bridge = wasmCrypto.bridge as object;
  const proto = Object.getPrototypeOf(bridge) as object;
  const getter = Object.getOwnPropertyDescriptor(proto, 'wasm')?.get;
  if (getter === undefined || Object.hasOwn(bridge, 'wasm')) return;
  // The wasm exports object is frozen, so a Proxy may not change its properties: hand out a
  // copy with the same functions (they do not use `this`) and a counting ext_scrypt.
  let wrapped: { target: object; copy: object } | undefined;
  Object.defineProperty(bridge, 'wasm', {
    configurable: true,
    get() {
      const target = getter.call(bridge) as Record<string, unknown> | null;
      if (target === null) return target;
      if (wrapped?.target !== target) {
        const copy: Record<string, unknown> = { ...target };
        const scrypt = target.ext_scrypt;
        if (typeof scrypt === 'function') {
          copy.ext_scrypt = (...args: unknown[]) => {
            const started = performance.now();
            try {
              return (scrypt as (...a: unknown[]) => unknown)(...args);
            } finally {
              census.count++;
              census.ms += performance.now() - started;
            }
          };
        }
        wrapped = { target, copy };
      }
      return wrapped.copy;
    },
  });
}

/** Records one scrypt a client ran outside wasm-crypto (e.g. Vault's Banana Split key, @noble/hashes). */
export function recordScrypt(ms: number): void {
  census.count++;
  census.ms += ms;
}

export function scryptCensus(): ScryptCensus {
  return { ...census };
}
