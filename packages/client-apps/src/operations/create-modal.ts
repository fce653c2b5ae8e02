import type { KeyringPair$Json } from '@polkadot/keyring/types';
import type { KeypairType } from '@polkadot/util-crypto/types';
import { checkAccountInputs } from './account-inputs.js';
import { type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { asAppsError } from './apps-error.js';
import {
  appsRefusal,
  CREATE_ADDRESS_ERROR,
  CREATE_ETHEREUM_PATH,
  CREATE_KEY_TYPES,
  CREATE_RAW_SEED_NO_PASSWORD,
  CREATE_SEED_VALID,
  CREATE_SOFT_ED25519,
  STORAGE_HIDES_CREATE_AND_JSON,
} from './apps-rules.js';
import type { ConnectedChain } from './connected-chain.js';
import { canStoreAccounts } from './load-all.js';

/**
 * "Add account" (polkadot-js/apps packages/page-accounts/src/modals/Create.tsx): the user picks the
 * keypair type and types a secret derivation path under "Advanced creation options", switches the
 * seed type if the secret is a raw seed (the path stays: apps-rules.ts CREATE_RAW_SEED_KEEPS_PATH),
 * pastes the mnemonic or seed over the generated one, names the account, sets a password, Save.
 */
export interface CreateRequest {
  /** The text in the seed box: a mnemonic ('bip') or a 0x seed / short string ('raw'). */
  readonly seed: string;
  readonly seedType: 'bip' | 'raw';
  /** The "secret derivation path" field (`//hard/soft///password`; `m/44'/60'/0'/0/0` for ethereum). */
  readonly derivePath: string;
  readonly pairType: KeypairType;
  readonly name: string;
  readonly password: string;
}

/** The account Apps created and the `<address>.json` it downloads at once ("Create and backup"). */
export interface CreateResult {
  readonly account: ShownAccount;
  readonly json: KeyringPair$Json;
}

/** Create.tsx `errorIndex`: the rule (and text) Apps shows for each of deriveValidate's codes. */
const DERIVE_ERRORS = {
  INVALID_DERIVATION_PATH: CREATE_ETHEREUM_PATH,
  PASSWORD_IGNORED: CREATE_RAW_SEED_NO_PASSWORD,
  SOFT_NOT_ALLOWED: CREATE_SOFT_ED25519,
} as const;
type DeriveErrorCode = keyof typeof DERIVE_ERRORS;

/** Create.tsx `getSuri` (the ed25519-ledger branch needs a Ledger and is not offered here). */
export function getSuri(seed: string, derivePath: string, pairType: KeypairType): string {
  return pairType === 'ethereum' ? `${seed}/${derivePath}` : `${seed}${derivePath}`;
}

/** Create.tsx `deriveValidate`: the error key (or keyExtractSuri's message) Apps shows under the path field. */
function deriveValidate(
  deps: AppsDeps,
  seed: string,
  seedType: 'bip' | 'raw',
  derivePath: string,
  pairType: KeypairType,
): DeriveErrorCode | { readonly message: string } | undefined {
  try {
    const { password, path } = deps.utilCrypto.keyExtractSuri(getSuri(seed, derivePath, pairType));
    if (pairType === 'ed25519' && path.some(({ isSoft }) => isSoft)) return 'SOFT_NOT_ALLOWED';
    if (seedType === 'raw' && password) return 'PASSWORD_IGNORED';
    if (pairType === 'ethereum' && !deps.utilCrypto.hdValidatePath(derivePath)) return 'INVALID_DERIVATION_PATH';
    return undefined;
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error) };
  }
}

/** Create.tsx `rawValidate` / `isHexSeed`. */
function rawValidate(deps: AppsDeps, seed: string): boolean {
  return (seed.length > 0 && seed.length <= 32) || (deps.util.isHex(seed) && seed.length === 66);
}

/**
 * The checks that keep Create's Next/Save buttons disabled, in the modal's order (step 1: seed,
 * type and path; step 2: name and password, CreateAccountInputs.tsx / PasswordInput.tsx), then
 * `createAccount`: keyring.addUri(getSuri(...), password, {genesisHash, isHardware: false, name,
 * tags}, pairType) and `tryCreateAccount`, which downloads JSON.stringify(json) as <address>.json
 * (packages/page-accounts/src/util.tsx `downloadAccount`).
 */
export function createAccount(deps: AppsDeps, chain: ConnectedChain, request: CreateRequest): CreateResult {
  if (!canStoreAccounts(deps)) throw appsRefusal(STORAGE_HIDES_CREATE_AND_JSON, 'E_UNSUPPORTED');
  const offered = (chain.isEthereum ? deps.settings.availableCryptosEth : deps.settings.availableCryptos).map((o) => o.value);
  if (!offered.includes(request.pairType)) {
    throw appsRefusal(
      { ...CREATE_KEY_TYPES, message: `Apps offers ${offered.join(', ')} keys when connected to ${chain.name}, not ${request.pairType}` },
      'E_UNSUPPORTED',
    );
  }
  // A raw seed keeps the path typed before the seed type was switched (CREATE_RAW_SEED_KEEPS_PATH):
  // updateAddress() checks it like any other, path rules first, then the seed itself.
  const deriveError = deriveValidate(deps, request.seed, request.seedType, request.derivePath, request.pairType);
  if (typeof deriveError === 'string') throw appsRefusal(DERIVE_ERRORS[deriveError], 'E_PATH_INVALID');
  if (deriveError !== undefined) throw appsRefusal({ ...CREATE_ADDRESS_ERROR, message: deriveError.message }, 'E_PATH_INVALID');
  const isSeedValid = request.seedType === 'raw' ? rawValidate(deps, request.seed) : deps.utilCrypto.mnemonicValidate(request.seed);
  if (!isSeedValid) throw appsRefusal(CREATE_SEED_VALID, 'E_PHRASE_INVALID');
  try {
    deps.keyring.createFromUri(getSuri(request.seed, request.derivePath, request.pairType), {}, request.pairType);
  } catch (error) {
    const said = asAppsError(error, 'E_PATH_INVALID');
    throw appsRefusal({ ...CREATE_ADDRESS_ERROR, message: said.message }, said.code);
  }

  checkAccountInputs(deps, request.name, request.password);

  try {
    // Create.tsx _onCommit: { genesisHash: isDevelopment ? undefined : api.genesisHash.toString(), isHardware: false, name: name.trim() }
    const result = deps.keyring.addUri(
      getSuri(request.seed, request.derivePath, request.pairType),
      request.password,
      { genesisHash: chain.genesisHash, isHardware: false, name: request.name.trim(), tags: [] },
      request.pairType,
    );
    const json = JSON.parse(JSON.stringify(result.json)) as KeyringPair$Json;
    return { account: shownAccount(deps, result.pair.address), json };
  } catch (error) {
    throw asAppsError(error);
  }
}
