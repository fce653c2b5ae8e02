import { addScryptCensus, implementationTag, type PageMemoEntry, type ScryptCensus, type SharedScryptMemo } from '@interop/core/rpc';
import type { Page } from 'playwright-core';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

/**
 * The harness page's link to the run's scrypt memo (core/rpc/page-scrypt-memo.ts). A page cannot
 * map the runner's shared memory and its ext_scrypt is synchronous, so before each call the page
 * gets the memo's entries for its implementation it has not seen, and after it the runner keeps
 * the ones it computed. Without a run memo (`interop restore`, `--no-scrypt-cache`) the page never
 * joins: it only counts. Either way the page's census goes to the process totals.
 */
export class PageScryptLink {
  readonly #page: Page;
  readonly #memo: SharedScryptMemo | undefined;
  #tag = 0;
  #known = new Set<string>();
  #census: ScryptCensus = { count: 0, ms: 0, served: 0 };

  constructor(page: Page, memo: SharedScryptMemo | undefined) {
    this.#page = page;
    this.#memo = memo;
  }

  /** After every load of the page (a reload starts a new realm: a new memo, a new census). */
  async attach(): Promise<void> {
    this.#known = new Set();
    this.#census = { count: 0, ms: 0, served: 0 };
    if (this.#memo === undefined) return;
    const implementation = await this.#page.evaluate(() => {
      window.__scryptMemo.join();
      return window.__scryptMemo.implementation;
    });
    this.#tag = implementationTag(implementation);
  }

  /** The entries to hand the page with its next call. */
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

  /** What the page computed and counted during a call. */
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
