import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { checkAccountInputs } from './account-inputs.js';
import { listedPair, type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError, asAppsError } from './apps-error.js';
import type { ConnectedChain } from './connected-chain.js';

export interface DeriveRequest {
  /** The account the menu's "Derive account via derivation path" was opened on. */
  readonly from: string;
  /** Unlocks the source account. */
  readonly rootPassword: string;
  /** The "derivation path" field, e.g. `//hard/soft`. */
  readonly suri: string;
  readonly name: string;
  readonly password: string;
}

export interface DeriveResult {
  readonly account: ShownAccount;
  /** The `<address>.json` tryCreateAccount downloads. */
  readonly json: KeyringPair$Json;
}

/**
 * "Derive account from pair" (polkadot-js/apps packages/page-accounts/src/modals/Derive.tsx): unlock
 * the source with source.decodePkcs8(rootPass); `deriveValidate` refuses `///password`
 * ("Password paths are not supported on keys derived from others") and soft junctions on
 * ed25519; Save runs source.derive(suri), setMeta({...meta, genesisHash, name, parentAddress,
 * tags: []}) and keyring.addPair(derived, password || ''), then downloads the JSON
 * (packages/page-accounts/src/util.tsx tryCreateAccount). The name is stored as typed (not trimmed).
 */
export function deriveAccount(deps: AppsDeps, chain: ConnectedChain, request: DeriveRequest): DeriveResult {
  const source = listedPair(deps, request.from);
  if (source.isLocked) {
    // The Unlock button needs a non-empty root password (Derive.tsx isRootValid = !!rootPass).
    if (!request.rootPassword) throw new AppsError('E_PASSWORD_REQUIRED', 'Apps requires the password of the account to derive from (Derive.tsx)');
    try {
      source.decodePkcs8(request.rootPassword);
    } catch (error) {
      throw asAppsError(error);
    }
  }
  if (request.suri.includes('///')) throw new AppsError('E_PATH_INVALID', 'Password paths are not supported on keys derived from others');
  try {
    const { path } = deps.utilCrypto.keyExtractPath(request.suri);
    if (source.type === 'ed25519' && path.some(({ isSoft }) => isSoft))
      throw new AppsError('E_PATH_INVALID', 'Soft derivation paths are not allowed on ed25519');
    source.derive(request.suri);
  } catch (error) {
    throw asAppsError(error, 'E_PATH_INVALID');
  }
  checkAccountInputs(deps, request.name, request.password);
  try {
    const derived = source.derive(request.suri);
    derived.setMeta({ ...derived.meta, genesisHash: chain.genesisHash, name: request.name, parentAddress: source.address, tags: [] });
    const result = deps.keyring.addPair(derived, request.password || '');
    return { account: shownAccount(deps, result.pair.address), json: JSON.parse(JSON.stringify(result.json)) as KeyringPair$Json };
  } catch (error) {
    throw asAppsError(error);
  }
}
