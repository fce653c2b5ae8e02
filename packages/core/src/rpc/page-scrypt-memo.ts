import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { countScrypt, type ScryptCensus, scryptCensus, useRealmScryptMemo, type WasmCryptoModule } from './scrypt-census.js';
import { type RealmScryptMemo, type ScryptInput, scryptMemoKey } from './scrypt-input.js';

/** An entry as it crosses into or out of a page: the memo key and the output, in hex. */
export type PageMemoEntry = readonly [key: string, value: string];

/** What a page puts on `window.__scryptMemo` for the runner (apps/apps-harness harness-entry.ts). */
export interface PageScryptMemoApi {
  /** The page's scrypt implementation, as the memo keys it (e.g. `@polkadot/wasm-crypto@7.5.4`). */
  readonly implementation: string;
  /** Joins the run's memo (a page starts outside any: `interop restore` never joins). */
  join(): void;
  seed(entries: readonly PageMemoEntry[]): void;
  /** The entries computed since the last harvest, and the page's census so far. */
  harvest(): { readonly entries: PageMemoEntry[]; readonly census: ScryptCensus };
}

/**
 * A browser page's part of the run's scrypt memo. A page cannot map the runner's shared memory
 * and ext_scrypt is synchronous, so the runner hands the page, before each call, the entries of
 * its implementation the page does not have yet (seed), and takes back, after the call, the ones
 * the page computed (harvest). Keys are the same SHA-256 the Node realms compute (scrypt-input.ts).
 */
export class PageScryptMemo implements RealmScryptMemo {
  readonly #values = new Map<string, Uint8Array>();
  #fresh: PageMemoEntry[] = [];

  scrypt(input: ScryptInput, compute: () => Uint8Array): { readonly value: Uint8Array; readonly served: boolean } {
    const key = bytesToHex(scryptMemoKey(input, sha256));
    const known = this.#values.get(key);
    if (known !== undefined) return { value: known.slice(), served: true };
    const value = compute();
    this.#values.set(key, value.slice());
    this.#fresh.push([key, bytesToHex(value)]);
    return { value, served: false };
  }

  seed(entries: readonly PageMemoEntry[]): void {
    for (const [key, value] of entries) if (!this.#values.has(key)) this.#values.set(key, hexToBytes(value));
  }

  /** The entries computed here since the last harvest. */
  harvest(): PageMemoEntry[] {
    const fresh = this.#fresh;
    this.#fresh = [];
    return fresh;
  }
}

/**
 * Hooks a browser realm's wasm-crypto (the very copy its util-crypto imports) and answers the
 * realm's memo API, for the runner's link (browser-scrypt-link.ts): counted from now on, joined
 * to a run's memo only when the runner asks. Call before any keyring code runs scrypt.
 */
export function installBrowserScryptMemo(
  wasmCrypto: WasmCryptoModule & { readonly packageInfo: { readonly name: string; readonly version: string } },
): PageScryptMemoApi {
  countScrypt(wasmCrypto);
  const memo = new PageScryptMemo();
  return {
    implementation: `${wasmCrypto.packageInfo.name}@${wasmCrypto.packageInfo.version}`,
    join: () => useRealmScryptMemo(memo),
    seed: (entries) => memo.seed(entries),
    harvest: () => ({ entries: memo.harvest(), census: scryptCensus() }),
  };
}
