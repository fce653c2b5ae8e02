import type { KeyringPair$Json } from '@polkadot/keyring/types';
import { checkAccountInputs } from './account-inputs.js';
import { listedPair, type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { asAppsError } from './apps-error.js';
import { appsRefusal, DERIVE_MENU, DERIVE_NO_PASSWORD_PATH, DERIVE_SOFT_ED25519, DERIVE_UNLOCK } from './apps-rules.js';
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
 * "Derive account from pair" (polkadot-js/apps packages/page-accounts/src/modals/Derive.tsx), opened
 * from the account menu, which offers it for in-browser substrate accounts only (apps-rules.ts
 * DERIVE_MENU): unlock the source with source.decodePkcs8(rootPass) (DERIVE_UNLOCK); `deriveValidate`
 * refuses `///password` and soft junctions on ed25519 (DERIVE_NO_PASSWORD_PATH, DERIVE_SOFT_ED25519);
 * Save runs source.derive(suri), setMeta({...meta, genesisHash, name, parentAddress, tags: []}) and
 * keyring.addPair(derived, password || '') (DERIVE_SAVE), then downloads the JSON. The name is stored
 * as typed (not trimmed).
 */
export function deriveAccount(deps: AppsDeps, chain: ConnectedChain, request: DeriveRequest): DeriveResult {
  const source = listedPair(deps, request.from);
  const { meta } = source;
  if (source.type === 'ethereum' || chain.isEthereum || meta.isExternal || meta.isHardware || meta.isInjected || meta.isMultisig) {
    throw appsRefusal(DERIVE_MENU, 'E_UNSUPPORTED');
  }
  if (source.isLocked) {
    if (!request.rootPassword) throw appsRefusal(DERIVE_UNLOCK, 'E_PASSWORD_REQUIRED');
    try {
      source.decodePkcs8(request.rootPassword);
    } catch (error) {
      throw asAppsError(error);
    }
  }
  if (request.suri.includes('///')) throw appsRefusal(DERIVE_NO_PASSWORD_PATH, 'E_PATH_INVALID');
  try {
    const { path } = deps.utilCrypto.keyExtractPath(request.suri);
    if (source.type === 'ed25519' && path.some(({ isSoft }) => isSoft)) throw appsRefusal(DERIVE_SOFT_ED25519, 'E_PATH_INVALID');
    // What the keyring throws here (a soft junction under ecdsa: "A soft key was found in the path and
    // is not supported") Apps does not catch: Derive.tsx (commit 4a5fed25, lines 91-104) calls
    // source.derive in a state updater, so the modal fails to render instead of marking the path. No
    // account is made either way; this refusal carries the keyring's own words.
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
