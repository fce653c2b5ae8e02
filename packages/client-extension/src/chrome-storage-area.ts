/** What `chrome.storage.local.get` accepts: everything (null), one key, keys, or keys with defaults. */
export type StorageKeys = null | undefined | string | readonly string[] | Readonly<Record<string, unknown>>;

type Callback<T> = ((result: T) => void) | undefined;

/**
 * `chrome.storage.local` with the semantics the extension relies on
 * (polkadot-js/extension packages/extension-base/src/stores/Base.ts, background/handlers/State.ts):
 * every call is asynchronous and applied in call order; values are stored as JSON text, so a
 * caller never shares an object with the store (set() serialises at call time, get() hands out
 * fresh copies); get(null) returns everything. One area per extension instance, and `dump()`
 * shows exactly what the extension persisted.
 */
export class ChromeStorageArea {
  readonly #items = new Map<string, string>();
  #queue: Promise<void> = Promise.resolve();

  get(keys?: StorageKeys, callback?: Callback<Record<string, unknown>>): Promise<Record<string, unknown>> {
    return this.#run(() => {
      const result: Record<string, unknown> = {};
      const wanted: [string, unknown][] =
        keys === null || keys === undefined
          ? [...this.#items.keys()].map((k) => [k, undefined])
          : typeof keys === 'string'
            ? [[keys, undefined]]
            : Array.isArray(keys)
              ? (keys as readonly string[]).map((k) => [k, undefined])
              : Object.entries(keys as Record<string, unknown>);
      for (const [key, fallback] of wanted) {
        const text = this.#items.get(key);
        if (text !== undefined) result[key] = JSON.parse(text);
        else if (fallback !== undefined) result[key] = fallback;
      }
      return result;
    }, callback);
  }

  set(items: Readonly<Record<string, unknown>>, callback?: Callback<void>): Promise<void> {
    let serialised: [string, string][];
    try {
      // Serialise now: a caller that mutates its object afterwards must not change what was stored.
      serialised = Object.entries(items).flatMap(([key, value]): [string, string][] => {
        const text = JSON.stringify(value);
        return text === undefined ? [] : [[key, text]];
      });
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#run(() => {
      for (const [key, text] of serialised) this.#items.set(key, text);
    }, callback);
  }

  remove(keys: string | readonly string[], callback?: Callback<void>): Promise<void> {
    const list = typeof keys === 'string' ? [keys] : [...keys];
    return this.#run(() => {
      for (const key of list) this.#items.delete(key);
    }, callback);
  }

  clear(callback?: Callback<void>): Promise<void> {
    return this.#run(() => this.#items.clear(), callback);
  }

  /** Everything stored, once every pending write has landed (plain data, sorted by key). */
  async dump(): Promise<Record<string, unknown>> {
    await this.#run(() => undefined, undefined);
    const out: Record<string, unknown> = {};
    for (const key of [...this.#items.keys()].sort()) out[key] = JSON.parse(this.#items.get(key) ?? 'null');
    return out;
  }

  #run<T>(operation: () => T, callback: Callback<T>): Promise<T> {
    const result = this.#queue.then(operation);
    this.#queue = result.then(
      () => undefined,
      () => undefined,
    );
    if (callback !== undefined) void result.then(callback, () => undefined);
    return result;
  }
}
