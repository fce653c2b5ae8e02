import type { PageMemoEntry } from './page-scrypt-memo.js';
import type { ScryptCensus } from './scrypt-census.js';
import { addScryptCensus } from './scrypt-totals.js';
import { implementationTag, type SharedScryptMemo } from './shared-scrypt-memo.js';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

/**
 * A browser realm's link to the run's scrypt memo (page-scrypt-memo.ts): the Apps harness page,
 * the extension's MV3 service worker. Such a realm cannot map the runner's shared memory and its
 * ext_scrypt is synchronous, so before each call the realm gets the memo's entries for its
 * implementation it has not seen, and after it the runner keeps the ones it computed. Without a
 * run memo (`interop restore`, `--no-scrypt-cache`) the realm never joins: it only counts. Either
 * way the realm's census goes to the process totals.
 */
export class BrowserScryptLink {
  readonly #memo: SharedScryptMemo | undefined;
  #tag = 0;
  #known = new Set<string>();
  #census: ScryptCensus = { count: 0, ms: 0, served: 0 };

  constructor(memo: SharedScryptMemo | undefined) {
    this.#memo = memo;
  }

  /**
   * After every start of the realm (a reload or a new service worker is a new realm: a new memo, a
   * new census). `join` makes that realm join its memo and answers its implementation
   * (`__scryptMemo.join()`, `.implementation`); it is called only when the run has a memo.
   */
  async attach(join: () => Promise<string>): Promise<void> {
    this.#known = new Set();
    this.#census = { count: 0, ms: 0, served: 0 };
    if (this.#memo === undefined) return;
    this.#tag = implementationTag(await join());
  }

  /** The entries to hand the realm with its next call. */
  seed(): PageMemoEntry[] {
    if (this.#memo === undefined) return [];
    const fresh: PageMemoEntry[] = [];
    for (const { key, value } of this.#memo.entries(this.#tag)) {
      const k = hex(key);
      if (this.#known.has(k)) continue;
      this.#known.add(k);
      fresh.push([k, hex(value)]);
    }
    return fresh;
  }

  /** What the realm computed and counted during a call. */
  absorb(harvest: { readonly entries: readonly PageMemoEntry[]; readonly census: ScryptCensus }): void {
    for (const [key, value] of harvest.entries) {
      this.#known.add(key);
      this.#memo?.insert(bytes(key), this.#tag, bytes(value));
    }
    const before = this.#census;
    addScryptCensus({ count: harvest.census.count - before.count, ms: harvest.census.ms - before.ms, served: harvest.census.served - before.served });
    this.#census = harvest.census;
  }
}
