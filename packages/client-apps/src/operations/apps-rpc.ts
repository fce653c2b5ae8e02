import type { KeystoreJson } from '@interop/core';
import type { AppsView, ShownAccount } from './accounts-page.js';
import type { ConnectedChain } from './connected-chain.js';
import type { CreateRequest } from './create-modal.js';
import type { DeriveRequest } from './derive-modal.js';
import type { ExportAllRequest } from './export-all-modal.js';
import type { ImportAllRequest } from './import-all-modal.js';
import type { LedgerCreateRequest } from './ledger-create-modal.js';
import type { AddQrRequest } from './qr-modal.js';

/**
 * The methods one Apps instance answers, the same in the Node worker and on the harness page
 * (`window.__harness.call(method, ...args)`). Plain data in and out.
 */
export type AppsRpc = {
  /** The chain this instance is connected to. */
  chain(): ConnectedChain;
  /** What the Accounts and Address book pages list (after loadAll and every modal since). */
  view(): AppsView;
  /** console.warn lines printed in this realm since it (re)loaded, e.g. ui-keyring's skipped entries. */
  warnings(): readonly string[];
  /** JSON.parse(JSON.stringify(localStorage)): every key and its string value. */
  dumpLocalStorage(): Record<string, string>;
  /** Create.tsx, then the downloaded `<address>.json`. */
  create(request: CreateRequest): { account: ShownAccount; json: KeystoreJson };
  /** Import.tsx with the file's text and the password. */
  importJson(fileText: string, password: string): ShownAccount;
  /** Backup.tsx: the `<address>.json` file. */
  backup(address: string, password: string): KeystoreJson;
  /** ExportAll.tsx: the file's text (a JSON array). */
  exportAll(request: ExportAllRequest): string;
  /** ImportAll.tsx. */
  importAll(request: ImportAllRequest): ShownAccount[];
  /** Qr.tsx with the text the camera read. */
  addQr(request: AddQrRequest): ShownAccount;
  /** Derive.tsx, then the downloaded `<address>.json`. */
  derive(request: DeriveRequest): { account: ShownAccount; json: KeystoreJson };
  /** Create.tsx with the ed25519-ledger type: a Ledger's words recovered without the device. */
  createLedger(request: LedgerCreateRequest): { account: ShownAccount; json: KeystoreJson };
};

export type AppsMethod = keyof AppsRpc;

export const APPS_METHODS: readonly AppsMethod[] = [
  'chain',
  'view',
  'warnings',
  'dumpLocalStorage',
  'create',
  'importJson',
  'backup',
  'exportAll',
  'importAll',
  'addQr',
  'derive',
  'createLedger',
];
