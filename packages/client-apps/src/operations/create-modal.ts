import type { KeyringPair$Json } from '@polkadot/keyring/types';
import type { KeypairType } from '@polkadot/util-crypto/types';
import { checkAccountInputs } from './account-inputs.js';
import { type ShownAccount, shownAccount } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { AppsError, asAppsError } from './apps-error.js';
import type { ConnectedChain } from './connected-chain.js';
import { canStoreAccounts } from './load-all.js';

/**
 * "Add account" (polkadot-js/apps packages/page-accounts/src/modals/Create.tsx): the user pastes
 * a mnemonic or a raw seed over the generated one, picks the keypair type and a secret derivation
 * path under "Advanced creation options", names the account and sets a password, then Save.
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

/** Create.tsx `errorIndex`: the texts Apps shows for deriveValidate's codes. */
const DERIVE_ERRORS: Readonly<Record<string, string>> = {
  INVALID_DERIVATION_PATH: 'This is an invalid derivation path.',
  PASSWORD_IGNORED: 'Password are ignored for hex seed',
  SOFT_NOT_ALLOWED: 'Soft derivation paths are not allowed on ed25519',
};

/** Create.tsx `getSuri` (the ed25519-ledger branch needs a Ledger and is not offered here). */
export function getSuri(seed: string, derivePath: string, pairType: KeypairType): string {
  return pairType === 'ethereum' ? `${seed}/${derivePath}` : `${seed}${derivePath}`;
}

/** Create.tsx `deriveValidate`: the error key (or message) Apps shows under the path field. */
function deriveValidate(deps: AppsDeps, seed: string, seedType: 'bip' | 'raw', derivePath: string, pairType: KeypairType): string | undefined {
  try {
    const { password, path } = deps.utilCrypto.keyExtractSuri(getSuri(seed, derivePath, pairType));
    if (pairType === 'ed25519' && path.some(({ isSoft }) => isSoft)) return 'SOFT_NOT_ALLOWED';
    if (seedType === 'raw' && password) return 'PASSWORD_IGNORED';
    if (pairType === 'ethereum' && !deps.utilCrypto.hdValidatePath(derivePath)) return 'INVALID_DERIVATION_PATH';
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
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
  if (!canStoreAccounts(deps)) {
    throw new AppsError('E_UNSUPPORTED', 'Apps hides "Add account" unless in-browser account storage is allowed (Accounts/index.tsx canStoreAccounts)');
  }
  // The type dropdown lists settings.availableCryptos (sr25519, ed25519, ecdsa) on substrate
  // chains and availableCryptosEth (ethereum) on Ethereum chains.
  const offered = (chain.isEthereum ? deps.settings.availableCryptosEth : deps.settings.availableCryptos).map((o) => o.value);
  if (!offered.includes(request.pairType)) {
    throw new AppsError(
      'E_UNSUPPORTED',
      `Apps offers ${offered.join(', ')} keys when connected to ${chain.name}, not ${request.pairType} (Create.tsx keypair crypto type)`,
    );
  }
  // The derivation path input is disabled for a raw seed (Create.tsx `isDisabled={seedType === 'raw'}`);
  // for ethereum the path only applies to mnemonics (CreateEthDerivationPath.tsx).
  if (request.seedType === 'raw' && request.pairType !== 'ethereum' && request.derivePath !== '') {
    throw new AppsError('E_UNSUPPORTED', 'Apps disables the secret derivation path field for a raw seed (Create.tsx)');
  }

  // updateAddress(): path rules first, then the seed itself.
  const deriveError = deriveValidate(deps, request.seed, request.seedType, request.derivePath, request.pairType);
  if (deriveError !== undefined) throw new AppsError('E_PATH_INVALID', DERIVE_ERRORS[deriveError] ?? deriveError);
  const isSeedValid = request.seedType === 'raw' ? rawValidate(deps, request.seed) : deps.utilCrypto.mnemonicValidate(request.seed);
  if (!isSeedValid) {
    throw new AppsError(
      'E_PHRASE_INVALID',
      request.seedType === 'raw'
        ? 'Apps marks the seed invalid: a raw seed is 0x + 32 bytes hex or a string of at most 32 characters (Create.tsx rawValidate)'
        : 'Apps marks the mnemonic seed invalid (Create.tsx: mnemonicValidate)',
    );
  }
  try {
    deps.keyring.createFromUri(getSuri(request.seed, request.derivePath, request.pairType), {}, request.pairType);
  } catch (error) {
    throw asAppsError(error, 'E_PATH_INVALID');
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
