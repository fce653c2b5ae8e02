import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { listedPair } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { asAppsError } from './apps-error.js';
import { appsRefusal, BACKUP_MENU } from './apps-rules.js';

/**
 * "Create a backup file for this account" (polkadot-js/apps packages/page-accounts/src/modals/Backup.tsx):
 * keyring.backupAccount(keyring.getPair(address), password) — decrypt with the account's
 * password, re-encrypt with it — saved as JSON.stringify(json) in `<address>.json`. Download wants a
 * non-empty password, but Enter in the field runs the backup with whatever was typed
 * (apps-rules.ts BACKUP_PASSWORD), so the keyring answers even an empty one. The account menu
 * offers Backup for in-browser accounts only (BACKUP_MENU): external (QR), injected, hardware and
 * multisig entries hold no secret to back up.
 */
export function backupAccount(deps: AppsDeps, address: string, password: string): KeyringPair$Json {
  const pair = listedPair(deps, address);
  const { meta } = pair;
  if (meta.isExternal || meta.isInjected || meta.isHardware || meta.isMultisig || meta.isTesting) throw appsRefusal(BACKUP_MENU, 'E_UNSUPPORTED');
  try {
    return JSON.parse(JSON.stringify(deps.keyring.backupAccount(pair, password))) as KeyringPair$Json;
  } catch (error) {
    throw asAppsError(error);
  }
}
