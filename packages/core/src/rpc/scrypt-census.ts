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
  let wrapped: { target: object; proxy: object } | undefined;
  Object.defineProperty(bridge, 'wasm', {
    configurable: true,
    get() {
      const target = getter.call(bridge) as Record<string, unknown> | null;
      if (target === null) return target;
      if (wrapped?.target !== target) {
        const proxy = new Proxy(target, {
          get(t, key) {
            const value = Reflect.get(t, key);
            if (key !== 'ext_scrypt' || typeof value !== 'function') return value;
            return (...args: unknown[]) => {
              const started = performance.now();
              try {
                return (value as (...a: unknown[]) => unknown).apply(t, args);
              } finally {
                census.count++;
                census.ms += performance.now() - started;
              }
            };
          },
        });
        wrapped = { target, proxy };
      }
      return wrapped.proxy;
    },
  });
}

export function scryptCensus(): ScryptCensus {
  return { ...census };
}
