import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { listedPair } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError, asAppsError } from './apps-error.js';

/**
 * "Create a backup file for this account" (polkadot-js/apps packages/page-accounts/src/modals/Backup.tsx):
 * keyring.backupAccount(keyring.getPair(address), password) — decrypt with the account's
 * password, re-encrypt with it — saved as JSON.stringify(json) in `<address>.json`. The Download
 * button stays disabled until keyring.isPassValid(password). The account menu offers Backup for
 * in-browser accounts only (packages/page-accounts/src/Accounts/Account.tsx): external (QR),
 * injected and hardware entries hold no secret to back up.
 */
export function backupAccount(deps: AppsDeps, address: string, password: string): KeyringPair$Json {
  const pair = listedPair(deps, address);
  if (pair.meta.isExternal || pair.meta.isInjected || pair.meta.isHardware) {
    throw new AppsError('E_UNSUPPORTED', 'Apps offers no backup file for an account whose secret it does not hold (Account.tsx)');
  }
  if (!deps.keyring.isPassValid(password)) {
    throw new AppsError('E_PASSWORD_REQUIRED', "Apps requires the account's password to create the backup (Backup.tsx: keyring.isPassValid)");
  }
  try {
    return JSON.parse(JSON.stringify(deps.keyring.backupAccount(pair, password))) as KeyringPair$Json;
  } catch (error) {
    throw asAppsError(error);
  }
}
