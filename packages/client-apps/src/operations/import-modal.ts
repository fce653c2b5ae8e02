import type { KeyringPair, KeyringPair$Json } from '@polkadot/keyring/types';
import { type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError, asAppsError } from './apps-error.js';
import { appsRefusal, STORAGE_HIDES_CREATE_AND_JSON } from './apps-rules.js';
import type { ConnectedChain } from './connected-chain.js';
import { canStoreAccounts } from './load-all.js';

/**
 * "From JSON" / "Add via backup file" (polkadot-js/apps packages/page-accounts/src/modals/Import.tsx).
 * `parseFile` reads the file with JSON.parse(u8aToString(file)) and calls
 * keyring.createFromJson(json, { genesisHash: apiGenesisHash }): the connected chain's genesis
 * hash REPLACES the one in the file's meta, so a restored account always shows on the chain it
 * was imported on. It then refuses an ethereum key on a non-Ethereum chain and any other key on
 * an Ethereum chain (apps-rules.ts IMPORT_JSON_PARSE). Restore calls keyring.addPair(pair, password),
 * which decrypts with the password and re-encrypts into localStorage. The Restore button wants a
 * non-empty password, but Enter in the password field saves with whatever was typed
 * (IMPORT_JSON_PASSWORD), so an empty password reaches the keyring, which refuses it for an
 * encrypted file in its own words. Errors are shown under the file field; nothing is stored unless
 * addPair succeeds.
 */
export function importJson(deps: AppsDeps, chain: ConnectedChain, fileText: string, password: string): ShownAccount {
  if (!canStoreAccounts(deps)) throw appsRefusal(STORAGE_HIDES_CREATE_AND_JSON, 'E_UNSUPPORTED');
  let pair: KeyringPair;
  try {
    const json = JSON.parse(fileText) as KeyringPair$Json;
    pair = deps.keyring.createFromJson(json, { genesisHash: chain.genesisHash });
    if (chain.isEthereum) {
      if (pair.type !== 'ethereum') throw new AppsError('E_CLIENT_REFUSED', 'JSON File does not contain an ethereum type key pair');
    } else if (pair.type === 'ethereum') {
      throw new AppsError('E_CLIENT_REFUSED', 'JSON contains an ethereum keytype, this is not available on this network');
    }
  } catch (error) {
    throw asAppsError(error, 'E_JSON_MALFORMED');
  }
  try {
    deps.keyring.addPair(pair, password);
  } catch (error) {
    throw asAppsError(error);
  }
  return shownAccount(deps, pair.address);
}
