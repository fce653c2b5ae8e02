/**
 * The browser's `localStorage` for a Node realm, close enough that @polkadot/ui-keyring (through
 * the `store` package) and JSON.stringify(localStorage) behave as they do in Chromium. What the
 * HTML Web Storage interface and Chromium do, and this does too (checked against real Chromium in
 * web-storage.parity.spec.ts):
 * - keys and values are strings: setItem(1, {}) stores "1" -> "[object Object]"; lone
 *   surrogates and NUL survive;
 * - getItem of a missing key and key(i) out of range give null;
 * - items are also named properties: `storage.x = 42` stores "42", `'x' in storage`,
 *   `delete storage.x`, Object.keys(storage) and JSON.stringify(storage) list the items
 *   (integer-like keys are not moved first, as they are on plain objects), while
 *   `storage.getItem` stays the method even when an item is named "getItem";
 * - Object.keys order is key(i) order, and it does not change while nobody writes;
 * - a write beyond the origin's quota throws a QuotaExceededError DOMException (Chromium: keys and
 *   values together up to 5 MiB of UTF-16 code units) and leaves the storage unchanged.
 * Where Chromium differs: its key order is a hash order; here it is insertion order. ui-keyring
 * walks storage with store.each (key(length-1) .. key(0)); nothing in this suite depends on that order.
 */
export const CHROMIUM_QUOTA_CODE_UNITS = 5 * 1024 * 1024;

class WebStorage {
  readonly #items = new Map<string, string>();
  readonly #quota: number;
  #used = 0;

  constructor(quota: number) {
    this.#quota = quota;
  }

  get length(): number {
    return this.#items.size;
  }

  key(index: number): string | null {
    // WebIDL `unsigned long`: ToNumber, truncate, modulo 2^32.
    const i = Math.trunc(Number(index)) % 2 ** 32;
    const n = Number.isNaN(i) ? 0 : i < 0 ? i + 2 ** 32 : i;
    let at = 0;
    for (const key of this.#items.keys()) if (at++ === n) return key;
    return null;
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  setItem(key: string, value: string): void {
    const k = String(key);
    const v = String(value);
    const old = this.#items.get(k);
    const used = this.#used - (old === undefined ? 0 : k.length + old.length) + k.length + v.length;
    if (used > this.#quota) {
      throw new DOMException(`Failed to execute 'setItem' on 'Storage': Setting the value of '${k}' exceeded the quota.`, 'QuotaExceededError');
    }
    this.#items.set(k, v);
    this.#used = used;
  }

  removeItem(key: string): void {
    const k = String(key);
    const old = this.#items.get(k);
    if (old === undefined) return;
    this.#items.delete(k);
    this.#used -= k.length + old.length;
  }

  clear(): void {
    this.#items.clear();
    this.#used = 0;
  }

  /** @internal the item keys, in key(i) order */
  itemKeys(): string[] {
    return [...this.#items.keys()];
  }

  /** @internal */
  hasItem(key: string): boolean {
    return this.#items.has(key);
  }

  get [Symbol.toStringTag](): string {
    return 'Storage';
  }
}

const STORAGE_MEMBERS = new Set<PropertyKey>(['length', 'key', 'getItem', 'setItem', 'removeItem', 'clear']);

/** Names the prototype chain already has: Blink's named setter leaves them to ordinary [[Set]]. */
function onPrototype(prop: string): boolean {
  return STORAGE_MEMBERS.has(prop) || prop in Object.prototype;
}

/**
 * A new, empty localStorage (optionally filled in the order of `initial`). The object is a
 * Proxy so that items are also properties, as on the browser's Storage (a legacy platform object
 * with named properties, which Blink implements with named-property interceptors):
 * - reading a name gives an own property first, then a Storage member, then the item;
 * - assigning a name the prototype chain has (`storage.getItem = x`) makes an ordinary own
 *   property, not an item, and `storage.length = x` fails (TypeError in strict code); any other
 *   name is stored as an item.
 */
export function createLocalStorage(initial: Readonly<Record<string, string>> = {}, quota = CHROMIUM_QUOTA_CODE_UNITS): Storage {
  const target = new WebStorage(quota);
  for (const [key, value] of Object.entries(initial)) target.setItem(key, value);
  const own = new Map<string, unknown>();
  const handler: ProxyHandler<WebStorage> = {
    get(t, prop) {
      if (typeof prop === 'symbol') return Reflect.get(t, prop, t);
      if (own.has(prop)) return own.get(prop);
      if (onPrototype(prop)) {
        const member = Reflect.get(t, prop, t) as unknown;
        return typeof member === 'function' ? member.bind(t) : member;
      }
      return t.hasItem(prop) ? t.getItem(prop) : undefined;
    },
    set(t, prop, value) {
      if (typeof prop === 'symbol') return Reflect.set(t, prop, value, t);
      if (prop === 'length') return false;
      if (own.has(prop) || onPrototype(prop)) {
        own.set(prop, value);
        return true;
      }
      t.setItem(prop, value as string);
      return true;
    },
    has(t, prop) {
      if (typeof prop === 'symbol') return prop === Symbol.toStringTag;
      return own.has(prop) || t.hasItem(prop) || onPrototype(prop);
    },
    deleteProperty(t, prop) {
      if (typeof prop !== 'string') return true;
      if (own.has(prop)) own.delete(prop);
      else t.removeItem(prop);
      return true;
    },
    ownKeys(t) {
      return [...t.itemKeys().filter((k) => !own.has(k) && k !== 'length'), ...own.keys()];
    },
    getOwnPropertyDescriptor(t, prop) {
      if (typeof prop !== 'string') return undefined;
      if (own.has(prop)) return { value: own.get(prop), writable: true, enumerable: true, configurable: true };
      // Observed in Chromium: an item named like a method is listed by Object.keys (its value
      // still reads as the method), one named "length" is not.
      if (!t.hasItem(prop) || prop === 'length') return undefined;
      return { value: t.getItem(prop), writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, prop, descriptor) {
      if (typeof prop === 'symbol') return false;
      if (onPrototype(prop)) {
        own.set(prop, descriptor.value);
        return true;
      }
      t.setItem(prop, descriptor.value as string);
      return true;
    },
  };
  return new Proxy(target, handler) as unknown as Storage;
}
