import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError, asAppsError } from './apps-error.js';
import { appsRefusal, IMPORT_ALL_FILE } from './apps-rules.js';

export interface ImportAllRequest {
  readonly fileText: string;
  /** The password typed next to each in-browser account, by address. */
  readonly passwords?: Readonly<Record<string, string>>;
  /** Typed for every in-browser account that has no entry in `passwords`. */
  readonly password?: string;
}

type FileAccount = { address?: unknown; meta?: unknown; encoded?: unknown; encoding?: unknown };

/** ImportAll.tsx isInBrowserAccount: an encrypted keystore that is not injected, hardware or multisig. */
function isInBrowserAccount(item: FileAccount): boolean {
  const meta = item.meta as Record<string, unknown>;
  return !meta.isInjected && !meta.isHardware && !meta.isMultisig && !!item.encoded && !!item.encoding;
}

/**
 * "Import all accounts" (polkadot-js/apps packages/page-accounts/src/modals/ImportAll.tsx, PR #11507),
 * offered whether or not in-browser storage is on (apps-rules.ts STORAGE_HIDES_CREATE_AND_JSON).
 * `isValidFile` refuses anything but an array ("Invalid format: File content should be an
 * array": the extension's batch-pkcs8 object is refused here) and items without a string
 * address and an object meta. Then, in file order, in-browser accounts go through
 * keyring.createFromJson(item) — WITHOUT the connected chain's genesisHash, unlike Import.tsx,
 * so an account of another chain is stored but hidden after the next load (apps#3722) — and
 * keyring.addPair(pair, password || ''); every other item becomes keyring.addExternal(address, meta).
 * The first failure stops the loop: accounts before it stay imported (Apps shows the error).
 */
export function importAll(deps: AppsDeps, request: ImportAllRequest): ShownAccount[] {
  let content: unknown;
  try {
    content = JSON.parse(request.fileText);
  } catch (error) {
    throw asAppsError(error, 'E_JSON_MALFORMED');
  }
  if (!Array.isArray(content)) throw appsRefusal(IMPORT_ALL_FILE, 'E_CLIENT_REFUSED');
  for (const item of content as (FileAccount | null | undefined)[]) {
    // `item.address` on a null item throws inside isValidFile's try: Apps shows the TypeError.
    if (item === null || item === undefined) throw new AppsError('E_JSON_MALFORMED', `Cannot read properties of ${item} (reading 'address')`);
    if (typeof item.address !== 'string' || typeof item.meta !== 'object' || item.meta === null) {
      throw appsRefusal({ ...IMPORT_ALL_FILE, message: 'Invalid format: Each item must have a string "address" and an object "meta"' }, 'E_JSON_MALFORMED');
    }
  }
  const imported: string[] = [];
  try {
    for (const item of content as FileAccount[]) {
      const address = item.address as string;
      if (isInBrowserAccount(item)) {
        const pair = deps.keyring.createFromJson(item as KeyringPair$Json);
        deps.keyring.addPair(pair, request.passwords?.[address] ?? request.password ?? '');
        imported.push(pair.address);
      } else {
        imported.push(deps.keyring.addExternal(address, item.meta as Record<string, unknown>).pair.address);
      }
    }
  } catch (error) {
    const failure = asAppsError(error);
    throw new AppsError(
      failure.code,
      imported.length > 0 ? `${failure.message} (after ${imported.length} account(s) were imported: Apps stops at the first failure)` : failure.message,
    );
  }
  return imported.map((address) => shownAccount(deps, address));
}
