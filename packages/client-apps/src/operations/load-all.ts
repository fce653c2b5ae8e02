import type { AppsDeps } from './apps-deps.js';
import type { ConnectedChain } from './connected-chain.js';

/**
 * What Apps does once the API is ready: load the keyring from localStorage for the connected
 * chain. polkadot-js/apps packages/react-api/src/Api.tsx (loadOnReady):
 *   keyring.loadAll({ genesisHash, genesisHashAdd, isDevelopment, ss58Format, store,
 *                     type: isEthereum ? 'ethereum' : 'ed25519' }, injectedAccounts)
 * with `store` undefined (ui-keyring's default BrowserStore), the ss58 prefix from the chain
 * unless the Settings page overrides it (ui-settings `prefix`, -1 = chain default), no injected
 * (extension) accounts, and `isDevelopment` false: polkadot, kusama, westend and moonbeam are
 * live chains. `genesisHashAdd` is the relay's genesis for system parachains only (empty here).
 * ui-keyring can load only once per realm (a second loadAll throws "Unable to initialise options
 * more than once"): a reload is a new realm over the same localStorage.
 */
export function loadAllLikeApps(deps: AppsDeps, chain: ConnectedChain): void {
  const prefix = deps.settings.prefix;
  deps.keyring.loadAll(
    {
      genesisHash: chain.genesisHash,
      genesisHashAdd: [],
      isDevelopment: false,
      ss58Format: prefix === -1 ? chain.ss58Format : prefix,
      type: chain.isEthereum ? 'ethereum' : 'ed25519',
    },
    [],
  );
}

/**
 * Apps shows "Account" and "From JSON" only when in-browser storage is allowed, and only those two
 * (apps-rules.ts STORAGE_HIDES_CREATE_AND_JSON: Accounts/index.tsx `canStoreAccounts`,
 * `settings.get().storage === 'on'`; Import, Export and From Qr are always offered), and ui-settings ships with storage 'off'
 * (packages/ui-settings/src/defaults/ui.ts STORAGE_DEFAULT). A user who keeps accounts in Apps
 * has switched it on in Settings, which writes the `settings` key: the harness does the same
 * when an instance starts with storage allowed.
 */
export function allowInBrowserStorage(deps: AppsDeps): void {
  if (deps.settings.get().storage !== 'on') deps.settings.set({ storage: 'on' });
}

export function canStoreAccounts(deps: AppsDeps): boolean {
  return deps.settings.get().storage === 'on';
}
