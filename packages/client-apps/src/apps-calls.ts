import { ClientError, type Identity } from '@interop/core';
import type { AppsRealm } from './apps-realm.js';
import type { ShownAccount } from './operations/index.js';

/**
 * Apps' operations beyond the Client contract, by name, for scenario `call` steps
 * (packages/runner/src/scenario/replay.ts): what the Accounts page lists now, and what it lists
 * after Apps is opened again over the same localStorage (ui-keyring's loadAll runs again, with
 * the connected chain's genesisHash: polkadot-js/apps packages/react-api/src/Api.tsx loadOnReady).
 */
export const APPS_CALLS = ['view', 'reload', 'dumpLocalStorage', 'warnings'] as const;
export type AppsCall = (typeof APPS_CALLS)[number];

export async function callApps(realm: AppsRealm, toIdentity: (account: ShownAccount) => Identity, method: string): Promise<unknown> {
  switch (method as AppsCall) {
    case 'view':
      return (await realm.call('view')).accounts.map(toIdentity);
    case 'reload':
      await realm.reload();
      return (await realm.call('view')).accounts.map(toIdentity);
    case 'dumpLocalStorage':
      return realm.dumpLocalStorage();
    case 'warnings':
      return realm.call('warnings');
    default:
      throw new ClientError('E_USAGE', `Apps has no operation '${method}' (known: ${APPS_CALLS.join(', ')})`);
  }
}
