import type { ErrorCode } from '@interop/core/errors';
// The record types and ruleRefusal only, without core's index: this file runs in the Apps worker and
// in the bundled harness page, which must not load the workspace's own @polkadot/util (apps-deps.ts).
import { ruleRefusal, type UpstreamRule, type UpstreamSource } from '@interop/core/upstream-rule';
import { AppsError } from './apps-error.js';

/*
 * Every rule of Apps' account modals the operations follow, as a record citing the file and lines it
 * was read at. polkadot-js/apps is not on npm and too large to mirror here; its files were read from
 * the stored copies of the code index, whose newest copy of each file names its own commit (the
 * v0.171.1 release tag itself could not be read here). Each rule's `ref` is the commit its file was
 * read at. Accounts/index.tsx is cited at commit 020a0a82, a 2026 copy (the release is of 2026: its
 * ui-keyring 3.16.7 was tagged on 2026-03-26), whose logic is that of the 2025 copy read first.
 */

const CREATE_REF = '4a5fed253571f1d75c6a5eabe5c84aa3c25377bf';
const modal = (path: string, ref: string, lines: string): UpstreamSource => ({
  repo: 'polkadot-js/apps',
  ref,
  path: `packages/page-accounts/src/modals/${path}`,
  lines,
});
const accountsPage = (path: string, ref: string, lines: string): UpstreamSource => ({
  repo: 'polkadot-js/apps',
  ref,
  path: `packages/page-accounts/src/Accounts/${path}`,
  lines,
});

/** The refusal a rule makes, as the AppsError the realms pass on ({code, message}). */
export function appsRefusal(rule: UpstreamRule, code: ErrorCode): AppsError {
  return new AppsError(code, ruleRefusal(rule, code).message);
}

// --- Accounts page (Accounts/index.tsx) ---------------------------------------------------------

export const STORAGE_HIDES_CREATE_AND_JSON: UpstreamRule = {
  id: 'apps.storage-hides-create-and-json',
  claim:
    'only "Account" (Create) and "From JSON" (Import) sit behind canStoreAccounts (lines 156-159: the desktop app, or a page not on IPFS with settings storage "on"; this harness is the hosted web page); Import (all), Export (all) and "From Qr" are always offered',
  source: accountsPage('index.tsx', '020a0a826d8c668dee68aa2b77d4cf8181d4a7df', '367-396'),
  summary: 'Apps shows "Account" and "From JSON" only when in-browser account storage is on (Settings)',
};

export const BACKUP_MENU: UpstreamRule = {
  id: 'apps.backup-menu',
  claim:
    'the account menu offers "Create a backup file for this account" only for accounts that are not external, hardware, injected, multisig or development ones',
  source: accountsPage('Account.tsx', '45bdfe80bb58e9ef0eb93c704e88b0ff74da0920', '289-297'),
  summary: 'Apps offers no backup file for an account whose secret it does not hold',
};

export const DERIVE_MENU: UpstreamRule = {
  id: 'apps.derive-menu',
  claim:
    'the account menu offers "Derive account via derivation path" only for accounts that are not ethereum, external, hardware, injected or multisig, and not on an Ethereum chain',
  source: accountsPage('Account.tsx', '45bdfe80bb58e9ef0eb93c704e88b0ff74da0920', '269-278'),
  summary: 'Apps offers no derivation from this account',
};

// --- Create (modals/Create.tsx, CreateAccountInputs.tsx, PasswordInput.tsx) --------------------------

export const CREATE_KEY_TYPES: UpstreamRule = {
  id: 'apps.create-key-types',
  claim:
    'the keypair type dropdown lists settings.availableCryptos (sr25519, ed25519, ecdsa) on a substrate chain and availableCryptosEth (ethereum) on an Ethereum chain',
  source: modal('Create.tsx', CREATE_REF, '299-311'),
};

/**
 * A raw seed keeps the path typed before: `_selectSeedType` calls generateSeed(null, derivePath, ...)
 * (lines 211-218), `_onChangeSeed` re-validates the pasted seed with that path (197-202), the input
 * is only disabled (334) and Save's createAccount uses it (146-151). Changing the key type resets the
 * path (204-209), so the order is: type, path, "Raw seed", paste the seed.
 */
export const CREATE_RAW_SEED_KEEPS_PATH: UpstreamRule = {
  id: 'apps.create-raw-seed-keeps-path',
  claim:
    'a derivation path typed before switching the seed type to "Raw seed" is kept (the input is only disabled) and the account is created from `<seed><path>`',
  source: modal('Create.tsx', CREATE_REF, '211-218'),
};

export const CREATE_RAW_SEED_NO_PASSWORD: UpstreamRule = {
  id: 'apps.create-raw-seed-no-password',
  claim: 'deriveValidate refuses a `///password` part on a raw seed',
  source: modal('Create.tsx', CREATE_REF, '51-54'),
  message: 'Password are ignored for hex seed',
};

export const CREATE_SOFT_ED25519: UpstreamRule = {
  id: 'apps.create-soft-ed25519',
  claim: 'deriveValidate refuses soft junctions for ed25519 (ecdsa ones are refused by the keyring when the address is computed)',
  source: modal('Create.tsx', CREATE_REF, '46-49'),
  message: 'Soft derivation paths are not allowed on ed25519',
};

export const CREATE_ETHEREUM_PATH: UpstreamRule = {
  id: 'apps.create-ethereum-path',
  claim: 'deriveValidate refuses an ethereum path that hdValidatePath rejects',
  source: modal('Create.tsx', CREATE_REF, '56-58'),
  message: 'This is an invalid derivation path.',
};

export const CREATE_SEED_VALID: UpstreamRule = {
  id: 'apps.create-seed-valid',
  claim:
    'Next stays disabled until the seed is valid: a mnemonic passes mnemonicValidate, a raw seed is 0x + 32 bytes of hex or a string of 1 to 32 characters (rawValidate)',
  source: modal('Create.tsx', CREATE_REF, '66-72'),
  summary: 'Apps marks the seed field invalid',
};

export const CREATE_ADDRESS_ERROR: UpstreamRule = {
  id: 'apps.create-address-error',
  claim: 'updateAddress computes the address with keyring.createFromUri; what it throws is shown under the path and keeps Next disabled',
  source: modal('Create.tsx', CREATE_REF, '125-133'),
};

export const ACCOUNT_NAME: UpstreamRule = {
  id: 'apps.account-name',
  claim: 'Create, Derive and From Qr want a name that is not blank after trim; Create stores it trimmed (Create.tsx line 233), Derive as typed',
  source: modal('CreateAccountInputs.tsx', CREATE_REF, '31-34'),
  summary: 'Apps requires a name for the account',
};

export const ACCOUNT_PASSWORD: UpstreamRule = {
  id: 'apps.account-password',
  claim: 'a new account password is valid when keyring.isPassValid, i.e. not empty (ui-keyring v3.16.7 Base.ts lines 107-109), and repeated the same',
  source: modal('PasswordInput.tsx', '51835328db5f0eb90a9efcc7bf5510704a7ab279', '26-38'),
  summary: 'Apps requires a password for the account',
};

export const CREATE_SAVE: UpstreamRule = {
  id: 'apps.create-save',
  claim:
    'Save calls keyring.addUri(getSuri(seed, derivePath, pairType), password, {genesisHash, isHardware: false, name, tags}, pairType) and downloads the JSON',
  source: modal('Create.tsx', CREATE_REF, '146-151'),
};

/**
 * useLedger's getState: `isLedgerEnabled = hasWebUsb && hasLedgerChain && uiSettings.ledgerConn !== 'none'`,
 * where hasLedgerChain is the connected genesis hash among `ledgerHashes`: the knownGenesis hashes of
 * every network with a knownLedger slip44 (@polkadot/networks defaults, lines 36-39). Create.tsx lists
 * settings.availableCryptosLedger (ed25519-ledger) only when it holds (Create.tsx lines 303-309).
 */
export const LEDGER_ENABLED: UpstreamRule = {
  id: 'apps.ledger-enabled',
  claim:
    "the ed25519-ledger type is offered only when isLedgerEnabled: a browser with WebUSB, a chain whose genesis hash @polkadot/networks lists for a network with a Ledger app (knownGenesis and knownLedger), and Settings' manage hardware connections not 'none'",
  source: { repo: 'polkadot-js/apps', ref: '025fbc7b25221d1c1926f4d1c22a1351cc76cdee', path: 'packages/react-hooks/src/useLedger.ts', lines: '59-69' },
};

// --- From JSON (modals/Import.tsx) -----------------------------------------------------------------

const IMPORT_REF = '0129f74ad07b91c5163cc06d56975fc29262f590';

export const IMPORT_JSON_PARSE: UpstreamRule = {
  id: 'apps.import-json-parse',
  claim:
    "parseFile creates the pair with the connected chain's genesisHash over the file's, and refuses an ethereum key off an Ethereum chain and any other key on one",
  source: modal('Import.tsx', IMPORT_REF, '32-49'),
};

export const IMPORT_JSON_PASSWORD: UpstreamRule = {
  id: 'apps.import-json-password',
  claim:
    'Restore is enabled by a non-empty password, but Enter in the password field (line 141) calls _onSave, which checks only the file: whatever was typed, even nothing, reaches keyring.addPair, and the keyring answers',
  source: modal('Import.tsx', IMPORT_REF, '66-75'),
};

// --- Import all / Export all (modals/ImportAll.tsx, ExportAll.tsx) ----------------------------------

export const IMPORT_ALL_FILE: UpstreamRule = {
  id: 'apps.import-all-file',
  claim: 'Import (all) takes a JSON array whose items have a string address and an object meta; anything else is refused before anything is stored',
  source: modal('ImportAll.tsx', 'b650b51558687b88ede893f6543fafc74600b61d', '38-65'),
  message: 'Invalid format: File content should be an array',
};

export const IMPORT_ALL_ITEM: UpstreamRule = {
  id: 'apps.import-all-item',
  claim:
    'each in-browser item becomes keyring.createFromJson(item) (the file genesisHash kept) and addPair(pair, its password || ""), every other item keyring.addExternal(address, meta); the first failure stops the loop',
  source: modal('ImportAll.tsx', 'b650b51558687b88ede893f6543fafc74600b61d', '88-98'),
};

export const EXPORT_ALL: UpstreamRule = {
  id: 'apps.export-all',
  claim:
    'Export (all) offers the in-browser, multisig and qr groups (ALLOWED_CATEGORIES, line 27); in-browser accounts become keyring.backupAccount(pair, its password || ""), the others the pair itself, in one JSON array',
  source: modal('ExportAll.tsx', '580abfee3e7523bf6f5875e91bff469ff492da89', '44-67'),
  summary: 'Apps keeps Export disabled until a group of accounts is selected',
};

// --- Backup, Derive, From Qr ------------------------------------------------------------------------

export const BACKUP_PASSWORD: UpstreamRule = {
  id: 'apps.backup-password',
  claim:
    'Download is enabled by a non-empty password, but Enter in the password field (line 77) runs _doBackup with whatever was typed: keyring.backupAccount(pair, password) answers',
  source: modal('Backup.tsx', '160a6aa1497835abd47dce06c8e6c998a051635d', '22-38'),
};

const DERIVE_REF = '01da956fbeff8426584010da1a32bb7a6dae15c5';

export const DERIVE_UNLOCK: UpstreamRule = {
  id: 'apps.derive-unlock',
  claim: 'a locked source is unlocked with source.decodePkcs8(rootPass); Unlock stays disabled while the password is empty',
  source: modal('Derive.tsx', DERIVE_REF, '106-130'),
  summary: 'Apps requires the password of the account to derive from',
};

export const DERIVE_NO_PASSWORD_PATH: UpstreamRule = {
  id: 'apps.derive-no-password-path',
  claim: 'deriveValidate refuses a path containing `///`',
  source: modal('Derive.tsx', DERIVE_REF, '38-41'),
  message: 'Password paths are not supported on keys derived from others',
};

export const DERIVE_SOFT_ED25519: UpstreamRule = {
  id: 'apps.derive-soft-ed25519',
  claim: 'deriveValidate refuses soft junctions under an ed25519 source; a path keyExtractPath cannot read is refused with its message',
  source: modal('Derive.tsx', DERIVE_REF, '43-54'),
  message: 'Soft derivation paths are not allowed on ed25519',
};

export const DERIVE_SAVE: UpstreamRule = {
  id: 'apps.derive-save',
  claim:
    "Save derives from the source, sets meta {genesisHash of the connected chain, name as typed, parentAddress, tags: []} and calls keyring.addPair(derived, password || '')",
  source: modal('Derive.tsx', DERIVE_REF, '59-69'),
};

const QR_REF = CREATE_REF;

export const QR_SCAN: UpstreamRule = {
  id: 'apps.qr-scan',
  claim:
    "the scanner splits the payload at ':' and accepts 'substrate' (or 'ethereum' on an Ethereum chain) and 'secret' only; a substrate address must decode",
  source: { repo: 'polkadot-js/ui', ref: 'v3.16.7', path: 'packages/react-qr/src/ScanAddress.tsx', lines: '39-58' },
};

export const QR_SECRET_SR25519: UpstreamRule = {
  id: 'apps.qr-secret-sr25519',
  claim:
    "a scanned secret is previewed and stored as sr25519 (keyring.addUri(content, password, meta, 'sr25519')); an address becomes keyring.addExternal(content, meta), without meta on an Ethereum chain",
  source: modal('Qr.tsx', QR_REF, '91-104'),
};

export const QR_NAME_PASSWORD: UpstreamRule = {
  id: 'apps.qr-name-password',
  claim: "Save needs a name that is not blank after trim (pre-filled with the QR's name) and, for a secret, a valid password (PasswordInput)",
  source: modal('Qr.tsx', QR_REF, '45-60'),
};

/** Every rule above, for the tests that check their records. */
export const APPS_RULES: readonly UpstreamRule[] = [
  STORAGE_HIDES_CREATE_AND_JSON,
  BACKUP_MENU,
  DERIVE_MENU,
  CREATE_KEY_TYPES,
  CREATE_RAW_SEED_KEEPS_PATH,
  CREATE_RAW_SEED_NO_PASSWORD,
  CREATE_SOFT_ED25519,
  CREATE_ETHEREUM_PATH,
  CREATE_SEED_VALID,
  CREATE_ADDRESS_ERROR,
  ACCOUNT_NAME,
  ACCOUNT_PASSWORD,
  CREATE_SAVE,
  IMPORT_JSON_PARSE,
  IMPORT_JSON_PASSWORD,
  IMPORT_ALL_FILE,
  IMPORT_ALL_ITEM,
  EXPORT_ALL,
  BACKUP_PASSWORD,
  DERIVE_UNLOCK,
  DERIVE_NO_PASSWORD_PATH,
  DERIVE_SOFT_ED25519,
  DERIVE_SAVE,
  QR_SCAN,
  QR_SECRET_SR25519,
  QR_NAME_PASSWORD,
  LEDGER_ENABLED,
];
