/**
 * A Map-backed `localStorage` for the Node realm: just what ui-keyring reaches through the
 * `store` package (store@2.0.12 storages/localStorage.js: getItem, setItem, removeItem, key,
 * length, clear). Values are strings, as the Web Storage interface makes them.
 */
export class MemoryStorage {
  readonly #items = new Map<string, string>();

  constructor(initial: Readonly<Record<string, string>> = {}) {
    for (const [k, v] of Object.entries(initial)) this.#items.set(k, v);
  }

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    this.#items.set(String(key), String(value));
  }

  removeItem(key: string): void {
    this.#items.delete(String(key));
  }

  clear(): void {
    this.#items.clear();
  }

  entries(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.#items) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  }
}
