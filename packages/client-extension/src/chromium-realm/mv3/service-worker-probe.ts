import type { ProbedAccount } from '../page-api.js';

/**
 * What the harness reads inside the service worker, through DevTools (Runtime.evaluate), and
 * nothing else: it adds no listener and touches no message, so the worker wakes, routes and
 * answers exactly as the extension's own background does. `ready` settles when ui-keyring's
 * loadAll has read every stored account back (AccountsStore.all, whose promise loadAll drops);
 * `accounts()` is the accounts observable the popup subscribes to, with each pair's public key.
 */

interface StoredEntry {
  readonly json: { readonly meta?: Readonly<Record<string, unknown>> };
}

export interface KeyringView {
  getPair(address: string): { readonly publicKey: Uint8Array; readonly type: string };
}

export interface AccountsView {
  readonly subject: { getValue(): Readonly<Record<string, StoredEntry>> };
}

function hex(bytes: Uint8Array): string {
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

let settle: { resolve(value: true): void; reject(error: unknown): void } | undefined;
const ready = new Promise<true>((resolve, reject) => {
  settle = { resolve, reject };
});
// An unobserved rejection would only add noise to the worker's console.
ready.catch(() => undefined);

let keyringView: KeyringView | undefined;
let accountsView: AccountsView | undefined;
let accountWrite: unknown;

globalThis.__interop = {
  startedAt: Date.now(),
  ready,
  accounts(): ProbedAccount[] {
    if (keyringView === undefined || accountsView === undefined) return [];
    const keyring = keyringView;
    return Object.entries(accountsView.subject.getValue()).map(([address, entry]) => {
      const pair = keyring.getPair(address);
      return { address, publicKey: hex(pair.publicKey), type: pair.type, meta: { ...(entry.json.meta ?? {}) }, json: JSON.stringify(entry.json) };
    });
  },
  get accountWrite() {
    return accountWrite;
  },
};

/** Hands the probe the background's own keyring, accounts observable and AccountsStore write. */
export function attachProbe(keyring: KeyringView, accounts: AccountsView, write: unknown): void {
  keyringView = keyring;
  accountsView = accounts;
  accountWrite = write;
}

/** The store loadAll reads, with its `all` watched: `ready` settles when that read has finished. */
export function watchLoad<V, S extends { all(update: (key: string, value: V) => void): Promise<void> }>(store: S): S {
  const all = store.all.bind(store);
  store.all = (update: (key: string, value: V) => void) => {
    const loading = all(update);
    loading.then(
      () => settle?.resolve(true),
      (error: unknown) => settle?.reject(error),
    );
    return loading;
  };
  return store;
}

/** The start-up failed (cryptoWaitReady or loadAll threw): `ready` says so instead of never settling. */
export function startFailed(error: unknown): void {
  settle?.reject(error);
}
