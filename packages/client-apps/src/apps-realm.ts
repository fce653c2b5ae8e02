import type { Realm } from '@interop/core';
import type { AppsMethod, AppsRpc, ConnectedChain } from './operations/index.js';

/**
 * One running Apps instance ("a computer"), whatever realm it runs in: a Node worker with an
 * emulated localStorage (node-realm/), or a Chromium profile showing the harness page
 * (chromium-realm/). The client speaks only this.
 */
export interface AppsRealm {
  readonly realm: Realm;
  readonly chain: ConnectedChain;
  call<M extends AppsMethod>(method: M, ...args: Parameters<AppsRpc[M]>): Promise<ReturnType<AppsRpc[M]>>;
  /** JSON.parse(JSON.stringify(localStorage)). */
  dumpLocalStorage(): Promise<Record<string, string>>;
  /** localStorage.clear(), setItem for each entry, then reload (ui-keyring loads it again). */
  loadLocalStorage(dump: Readonly<Record<string, string>>): Promise<void>;
  /** Apps reopened over the same localStorage: loadAll runs again. */
  reload(): Promise<void>;
  close(): Promise<void>;
}
