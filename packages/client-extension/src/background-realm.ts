import type { Realm } from '@interop/core';
import type { ExtensionAccount } from './extension-account.js';

/**
 * One running extension background ("a computer"), whatever realm it runs in: the handlers in a
 * Node worker over a chrome.storage shim (node-background-realm.ts), or the real MV3 extension
 * in Chromium, its service worker on real chrome.storage.local (chromium-realm/). The client
 * speaks only this; every refusal arrives as a ClientError carrying the extension's own text.
 */
export interface ExtensionBackgroundRealm {
  readonly realm: Realm;
  /** One popup message (`pri(...)`), as the popup's sendMessage sends it. */
  send(message: string, request: unknown): Promise<unknown>;
  /** The account list (ui-keyring's accounts observable, which the popup subscribes to), with each pair's public key. */
  accounts(): Promise<ExtensionAccount[]>;
  /** Everything the extension persisted in chrome.storage.local, sorted by key. */
  dumpStorage(): Promise<Record<string, unknown>>;
  /** What the popup's Address component shows for an address (popup-address.ts), with this realm's own modules. */
  shownAddress(address: string, genesisHash: string | null): Promise<string>;
  /** False once the realm crashed, timed out or was closed. */
  readonly alive: boolean;
  /** What the extension printed. */
  readonly logs: readonly string[];
  close(): Promise<void>;
}
