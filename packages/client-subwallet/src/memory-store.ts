/**
 * The store interface ui-keyring's loadAll takes (SubWallet's background passes its
 * chrome.storage AccountsStore and KeyringStore), kept in memory: one computer per worker.
 */
export class MemoryStore {
  readonly #items = new Map<string, unknown>();

  all(each: (key: string, value: unknown) => void): void {
    for (const [key, value] of this.#items) each(key, value);
  }
  get(key: string, done: (value: unknown) => void): void {
    done(this.#items.get(key) ?? null);
  }
  remove(key: string, done?: () => void): void {
    this.#items.delete(key);
    done?.();
  }
  set(key: string, value: unknown, done?: () => void): void {
    this.#items.set(key, value);
    done?.();
  }
  keys(): string[] {
    return [...this.#items.keys()];
  }
}

/** The master-password store (KeyringStore in the extension): one JSON blob. */
export class MemoryPasswordStore {
  #value: unknown = null;

  get(done: (value: unknown) => void): void {
    done(this.#value);
  }
  set(value: unknown, done?: () => void): void {
    this.#value = value;
    done?.();
  }
  remove(done?: () => void): void {
    this.#value = null;
    done?.();
  }
}
