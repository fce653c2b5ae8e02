/**
 * What the harness and the MV3 extension's two pages say to each other across page.evaluate and
 * Runtime.evaluate: plain data only. Kept apart from the bundle's entries (mv3/), which import the
 * profile's packages, so the Node side can share these types without loading them.
 */

import type { PageScryptMemoApi } from '@interop/core/page-scrypt-memo';

/** An account as the Address component is given it (popup-address.ts ListedAccount, as plain data). */
export interface ListedAccountData {
  readonly address: string;
  readonly type: string;
  readonly genesisHash?: string;
}

/** What the harness gets back for one popup call: never a thrown error across page.evaluate. */
export type PopupAnswer = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** `window.__popup` on the popup page (mv3/popup-page.ts). */
export interface PopupPageApi {
  readonly portName: string;
  /** ensurePortConnection, as sendMessage runs it before each message: wakes the worker and opens the port. */
  connect(): Promise<PopupAnswer>;
  /** One message through messaging.ts's sendMessage. */
  send(message: string, request: unknown): Promise<PopupAnswer>;
  /** How many sent messages have had no answer yet. */
  unanswered(): number;
  /** chrome.storage.local as the extension persisted it, sorted by key. */
  storage(): Promise<Record<string, unknown>>;
  /** What the popup's Address component shows (popup-address.ts) with this page's util-crypto and networks. */
  shownAddress(accounts: readonly ListedAccountData[], address: string, genesisHash: string | null): PopupAnswer;
}

/** One entry of ui-keyring's accounts observable, as the service worker's probe hands it out. */
export interface ProbedAccount {
  readonly address: string;
  readonly publicKey: string;
  readonly type: string;
  readonly meta: Readonly<Record<string, unknown>>;
  /** The entry's JSON, as stored: the harness fingerprints it to see rewrites. */
  readonly json: string;
}

/** `globalThis.__interop` in the service worker (mv3/service-worker-probe.ts). */
export interface ServiceWorkerProbe {
  /** When this worker instance began (ms since the epoch): a restarted worker has a later one. */
  readonly startedAt: number;
  /** Settles once the stored accounts are loaded; rejects with the start-up error. */
  readonly ready: Promise<true>;
  accounts(): ProbedAccount[];
  /** AccountsStore.prototype.set: the harness can pause the worker at an account write (Debugger.setBreakpointOnFunctionCall). */
  readonly accountWrite: unknown;
}

declare global {
  interface Window {
    __popup: PopupPageApi;
  }
  var __interop: ServiceWorkerProbe | undefined;
  /** The service worker's scrypt memo hook (mv3/service-worker-scrypt.ts). */
  var __scryptMemo: PageScryptMemoApi | undefined;
}
