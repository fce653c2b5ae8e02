import type { KeystoreJson } from '@interop/core';
import { appsView } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError } from './apps-error.js';
import type { AppsRpc } from './apps-rpc.js';
import { backupAccount } from './backup-modal.js';
import type { ConnectedChain } from './connected-chain.js';
import { createAccount } from './create-modal.js';
import { deriveAccount } from './derive-modal.js';
import { exportAll } from './export-all-modal.js';
import { importAll } from './import-all-modal.js';
import { importJson } from './import-modal.js';
import { createLedgerAccount } from './ledger-create-modal.js';
import { allowInBrowserStorage, loadAllLikeApps } from './load-all.js';
import { addQr } from './qr-modal.js';

export interface AppsInstanceOptions {
  readonly chain: ConnectedChain;
  /** The user has switched on "Allow local in-browser account storage" in Settings (default true). */
  readonly allowStorage?: boolean;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new AppsError('E_USAGE', `${what} must be a string`);
  return value;
}

function record<T>(value: unknown, what: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppsError('E_USAGE', `${what} must be an object`);
  return value as T;
}

/**
 * One Apps instance in a realm, started the way the app starts: crypto ready, in-browser
 * storage allowed in Settings, then loadAll for the connected chain. The returned methods replay
 * one modal each; the realm (worker or page) serves them as its RPC surface.
 */
export async function startAppsInstance(deps: AppsDeps, options: AppsInstanceOptions): Promise<AppsRpc> {
  const { chain } = options;
  await deps.utilCrypto.cryptoWaitReady();
  if (options.allowStorage ?? true) allowInBrowserStorage(deps);
  loadAllLikeApps(deps, chain);
  const asKeystore = (json: unknown) => json as KeystoreJson;
  return {
    chain: () => chain,
    view: () => appsView(deps),
    warnings: () => [...deps.warnings()],
    dumpLocalStorage: () => JSON.parse(JSON.stringify(deps.storage)) as Record<string, string>,
    create: (request) => {
      const result = createAccount(deps, chain, record(request, 'create request'));
      return { account: result.account, json: asKeystore(result.json) };
    },
    importJson: (fileText, password) => importJson(deps, chain, text(fileText, 'the file'), text(password, 'the password')),
    backup: (address, password) => asKeystore(backupAccount(deps, text(address, 'the address'), text(password, 'the password'))),
    exportAll: (request) => exportAll(deps, record(request ?? {}, 'export request')),
    importAll: (request) => importAll(deps, record(request, 'import request')),
    addQr: (request) => addQr(deps, chain, record(request, 'QR request')),
    derive: (request) => {
      const result = deriveAccount(deps, chain, record(request, 'derive request'));
      return { account: result.account, json: asKeystore(result.json) };
    },
    createLedger: (request) => {
      const result = createLedgerAccount(deps, chain, record(request, 'ledger request'));
      return { account: result.account, json: asKeystore(result.json) };
    },
  };
}
