import type { UpstreamRule, UpstreamSource } from '@interop/core';

/**
 * The release tag every rule below was read at (git show v0.62.3:<path> in polkadot-js/extension).
 * The extension profiles run the same popup rules. `git diff v0.62.2 v0.62.3` of every file cited
 * here is empty. `git diff v0.55.1 v0.62.3` of them changes, besides copyright years:
 * - Password.tsx: a zxcvbn strength meter beside the same 6-character check (lines 17-27 in v0.55.1);
 * - Address.tsx: v0.55.1 decodes a hex address with decodeAddress, which returns its bytes as they
 *   are, the same bytes as hexToU8a (v0.61.5 still has that line);
 * - handlers/Extension.ts: a `type` on hardware accounts and the `authorize.cancel` message, code no
 *   rule uses (getSuri, lines 30-36, is the same).
 */
export const POPUP_REF = 'v0.62.3';

function popup(path: string, lines: string): UpstreamSource {
  return { repo: 'polkadot-js/extension', ref: POPUP_REF, path: `packages/extension-ui/src/${path}`, lines };
}

function background(path: string, lines: string): UpstreamSource {
  return { repo: 'polkadot-js/extension', ref: POPUP_REF, path: `packages/extension-base/src/${path}`, lines };
}

/**
 * The name field of every page that creates an account (partials/Name.tsx, through
 * AccountNamePasswordCreation.tsx): util/validators.ts isNotShorterThan counts `value.length`,
 * UTF-16 code units, and a blank name of three spaces passes.
 */
export const NAME_MIN_LENGTH: UpstreamRule = {
  id: 'popup.name-min-length',
  claim: 'the account name needs at least 3 characters (UTF-16 code units, blanks count) before the create button is enabled',
  source: popup('partials/Name.tsx', '23'),
  message: 'Account name is too short',
};
export const POPUP_NAME_MIN = 3;

/** partials/Password.tsx: both password fields, MIN_LENGTH = 6, and the repeat must match. */
export const PASSWORD_MIN_LENGTH: UpstreamRule = {
  id: 'popup.password-min-length',
  claim: 'a new account password needs at least 6 characters (UTF-16 code units) and the same text repeated',
  source: popup('partials/Password.tsx', '18-49'),
  message: 'Password is too short',
};
export const POPUP_PASSWORD_MIN = 6;

/** AccountNamePasswordCreation.tsx sends nothing until both fields hold a valid value. */
export const NAME_AND_PASSWORD_BEFORE_CREATE: UpstreamRule = {
  id: 'popup.create-needs-name-and-password',
  claim:
    'Create account, Import from seed and Derive call onCreate only with a valid name and password (the button stays disabled otherwise); a scanned secret is not among them: ImportQr.tsx has its own button, enabled by the name the QR carries as it is (popup.import-qr-name)',
  source: popup('components/AccountNamePasswordCreation.tsx', '22-29'),
};

/**
 * RestoreJson.tsx sets requirePassword on both branches of _onChangeFile (lines 70 and 79) and
 * _onRestore returns without a message while the password is empty. The field is a plain input:
 * any non-empty text is sent, there is no minimum length.
 */
export const RESTORE_JSON_PASSWORD: UpstreamRule = {
  id: 'popup.restore-json-password-required',
  claim:
    'Restore from JSON sends json.restore / json.batchRestore only with a non-empty "Password for this file" (the Restore button does nothing without one)',
  source: popup('Popup/RestoreJson.tsx', '96-98'),
};

/**
 * Which message Restore from JSON sends is decided by the file's `encoding.content`, not by its
 * shape (util/typeGuards.ts isKeyringPairs$Json; RestoreJson.tsx lines 69 and 102). A file
 * without `encoding.content` throws a TypeError there and nothing is sent.
 */
export const RESTORE_JSON_BATCH_BY_CONTENT: UpstreamRule = {
  id: 'popup.restore-json-batch-by-content',
  claim:
    'Restore from JSON sends pri(json.batchRestore) when encoding.content includes "batch-pkcs8" and pri(json.restore) otherwise; a file without encoding.content stops with a TypeError before any message',
  source: popup('util/typeGuards.ts', '7-9'),
};

/** A single file is previewed by the background first; a refused preview disables Restore. */
export const RESTORE_JSON_PREVIEW_FIRST: UpstreamRule = {
  id: 'popup.restore-json-preview-first',
  claim:
    'a single-account file is previewed with pri(json.account.info) when it is chosen; if that fails the page shows "Invalid Json file" and keeps Restore disabled (isFileError)',
  source: popup('Popup/RestoreJson.tsx', '78-86'),
  message: 'Invalid Json file',
};

/** RestoreJson.tsx _onRestore's catch: the page shows one text for every refusal. */
export const RESTORE_JSON_ERROR_TEXT: UpstreamRule = {
  id: 'popup.restore-json-error-text',
  claim:
    'whatever json.restore or json.batchRestore refuses (wrong password, scrypt parameters, a broken body), the page shows the same warning (line 159) under the password field',
  source: popup('Popup/RestoreJson.tsx', '106-110'),
  message: 'Unable to decode using the supplied passphrase',
};

/**
 * The batch preview lists each `accounts[]` entry of the file through the Address component with
 * the default type (RestoreJson.tsx 69-77 and 123-131). Address.tsx recodeAddress turns a hex
 * `address` field (the 33-byte compressed key of an ecdsa or ethereum account) into its bytes and
 * shows encodeAddress(bytes, prefix): an ss58 string of the 33-byte key, neither the account's
 * H160 nor its blake2 ss58 address.
 */
export const BATCH_PREVIEW_ADDRESS: UpstreamRule = {
  id: 'popup.batch-preview-address',
  claim:
    "the batch preview shows each file entry's address field re-encoded as ss58 (hex: its bytes as they are) at the chain's prefix, or 42 with the default settings; only an address the extension already holds as an ethereum account is shown as written",
  source: popup('components/Address.tsx', '73-90'),
};

/**
 * Import account from pre-existing seed: SeedAndPath validates `<seed><path>` with
 * pri(seed.validate) (Next stays disabled until it answers), then ImportSeed sends
 * pri(accounts.create.suri) with the validated suri, the type and the chosen network.
 */
export const IMPORT_SEED_VALIDATES: UpstreamRule = {
  id: 'popup.import-seed-validates',
  claim:
    'Import from seed validates `<seed><path>` with pri(seed.validate) and enables Next only when it answers; whatever it refuses, the page shows "Invalid mnemonic seed or derivation path" when a path was typed, "Invalid mnemonic seed" when none was (lines 54-60)',
  source: popup('Popup/ImportSeed/SeedAndPath.tsx', '44-61'),
  message: 'Invalid mnemonic seed or derivation path',
};

/** The words SeedAndPath.tsx (lines 57-59) shows for a refused seed: they name the path only when one was typed. */
export function importSeedShown(path: string): UpstreamRule {
  return path === '' ? { ...IMPORT_SEED_VALIDATES, message: 'Invalid mnemonic seed' } : IMPORT_SEED_VALIDATES;
}

/**
 * The popup has no key-type picker: ImportSeed (and CreateAccount, lines 44-50) send sr25519, or
 * ethereum when the chosen network's metadata says chainType 'ethereum'.
 */
export const NO_KEY_TYPE_PICKER: UpstreamRule = {
  id: 'popup.no-key-type-picker',
  claim:
    'the popup sends sr25519, or ethereum on a chain whose metadata is chainType "ethereum"; it never sends ed25519 or ecdsa (https://github.com/polkadot-js/extension/issues/697)',
  source: popup('Popup/ImportSeed/index.tsx', '37-43'),
};

/** The generated mnemonic is shown once, on the first step of Create account. */
export const MNEMONIC_SHOWN_ONCE: UpstreamRule = {
  id: 'popup.mnemonic-shown-once',
  claim: 'the extension shows a new account’s mnemonic once, on the first step of Create account, and never again',
  source: popup('Popup/CreateAccount/Mnemonic.tsx', '25-31'),
};

/** extension-base getSuri: every ethereum suri gets BIP44 index 0 appended. */
export const ETHEREUM_SURI: UpstreamRule = {
  id: 'background.ethereum-suri',
  claim:
    "the background appends /m/44'/60'/0'/0/0 to every ethereum suri, so only index 0 is importable and a phrase carrying its own path is refused; a 0x seed is the private key as it is (keyring.ts derives nothing from it), and a ///password alone is taken whole as the password, which an ethereum phrase ignores, giving the master key",
  source: background('background/handlers/Extension.ts', '30-36'),
  message: 'Invalid derivation path',
};

/** Export.tsx and ExportAll.tsx: MIN_LENGTH only colours the field; the button needs one character. */
export const EXPORT_PASSWORD: UpstreamRule = {
  id: 'popup.export-password-required',
  claim: 'Export account sends pri(accounts.export) with any non-empty password (the 6-character MIN_LENGTH only marks the field red)',
  source: popup('Popup/Export.tsx', '78-96'),
};

export const EXPORT_ALL_PASSWORD: UpstreamRule = {
  id: 'popup.export-all-password-required',
  claim:
    'Export all accounts sends pri(accounts.batchExport) of every listed account with any non-empty password; that password only encrypts the file (jsonEncrypt), each entry inside keeps its own password',
  source: popup('Popup/ExportAll.tsx', '46-93'),
};

/** Accounts/Account.tsx: Export Account is offered for accounts that are not external. */
export const EXPORT_NOT_EXTERNAL: UpstreamRule = {
  id: 'popup.export-not-external',
  claim: 'the account menu offers "Export Account" only for accounts that are not external (QR, watch-only)',
  source: popup('Popup/Accounts/Account.tsx', '92-100'),
};

/**
 * Derive, step 1 (Derive/SelectParent.tsx): the parent's password unlocks the Next button, the
 * path is checked as typed, then Next sends pri(accounts.validate) and pri(derivation.validate).
 */
export const DERIVE_NO_PASSWORD_JUNCTION: UpstreamRule = {
  id: 'popup.derive-no-password-junction',
  claim: 'a derivation path containing `///` is refused on the Derive page (the keyring would ignore the password)',
  source: popup('Popup/Derive/SelectParent.tsx', '48-52'),
  message: '`///password` not supported for derivation',
};

export const DERIVE_SOFT_SR25519_ONLY: UpstreamRule = {
  id: 'popup.derive-soft-sr25519-only',
  claim: 'a single-slash (soft) junction, matched by /([^/]|^)\\/([^/]|$)/, is refused unless the parent is sr25519',
  source: popup('Popup/Derive/SelectParent.tsx', '23-57'),
  message: 'Soft derivation is only allowed for sr25519 accounts',
};

export const DERIVE_PARENT_PASSWORD: UpstreamRule = {
  id: 'popup.derive-parent-password',
  claim: "Derive asks for the parent's password first and sends pri(accounts.validate); a false answer shows a warning and nothing more is sent",
  source: popup('Popup/Derive/SelectParent.tsx', '88-108'),
  message: 'Wrong password',
};

export const DERIVE_VALIDATE_PATH: UpstreamRule = {
  id: 'popup.derive-validate-path',
  claim: 'after the parent password is accepted, Derive sends pri(derivation.validate); a refusal shows a warning and the page stays on step 1',
  source: popup('Popup/Derive/SelectParent.tsx', '96-104'),
  message: 'Invalid derivation path',
};

export const DERIVE_PATH_REQUIRED: UpstreamRule = {
  id: 'popup.derive-path-required',
  claim: 'an empty derivation path is not submitted (the field defaults to //<number of children>)',
  source: popup('Popup/Derive/SelectParent.tsx', '88-90'),
};

export const DERIVE_PARENTS: UpstreamRule = {
  id: 'popup.derive-parents',
  claim: 'Derive New Account is offered only for accounts that are not external and whose type canDerive (sr25519, ed25519, ecdsa, ethereum)',
  source: popup('Popup/Accounts/Account.tsx', '83-90'),
};

export const DERIVE_PARENT_GENESIS: UpstreamRule = {
  id: 'popup.derive-parent-genesis',
  claim: "the derived account is stored with the parent's genesisHash (or null): the Derive page has no network choice",
  source: popup('Popup/Derive/index.tsx', '40-51'),
};

/** ImportQr.tsx: a scanned secret always becomes sr25519; an address an external account. */
export const IMPORT_QR_SECRET_SR25519: UpstreamRule = {
  id: 'popup.import-qr-secret-sr25519',
  claim:
    'Import from QR creates a scanned `secret:` as an sr25519 account with the genesis field as scanned, and a `substrate:` address as an external account',
  source: popup('Popup/ImportQr.tsx', '47-62'),
};

/**
 * ImportQr.tsx takes the name the QR carries (line 34) and shows it in a Name field that is not
 * validated until edited (components/ValidatedInput.tsx skips its first run, hooks/useIsMounted.ts):
 * a scanned name of any length is used as it is; without one the user types a name of 3+ characters.
 */
export const IMPORT_QR_NAME: UpstreamRule = {
  id: 'popup.import-qr-name',
  claim: 'Import from QR names the account with the name the QR carries, as it is; a QR without one needs a typed name',
  source: popup('Popup/ImportQr.tsx', '31-35'),
};

/**
 * The scanner Import from QR renders (polkadot-js/ui packages/react-qr/src/ScanAddress.tsx at
 * v3.16.2, the react-qr release in the extension's v0.62.3 yarn.lock; unchanged since v3.11.1
 * but for its copyright line), without isEthereum: it splits the payload at ':' and accepts the
 * prefixes 'substrate' and 'secret' only, logging the error and sending nothing otherwise.
 */
export const IMPORT_QR_SCAN: UpstreamRule = {
  id: 'popup.import-qr-scan',
  claim:
    'the QR scanner accepts `substrate:<address>:<genesis>[:<name>]` and `secret:<seed>:<genesis>[:<name>]` only; any other prefix is refused before anything is sent',
  source: { repo: 'polkadot-js/ui', ref: 'v3.16.2', path: 'packages/react-qr/src/ScanAddress.tsx', lines: '39-52' },
  message: "Invalid prefix received, expected 'substrate or secret' , found '<prefix>'",
};

/** Every rule above, for the tests that check their records. */
export const POPUP_RULES: readonly UpstreamRule[] = [
  NAME_MIN_LENGTH,
  PASSWORD_MIN_LENGTH,
  NAME_AND_PASSWORD_BEFORE_CREATE,
  RESTORE_JSON_PASSWORD,
  RESTORE_JSON_BATCH_BY_CONTENT,
  RESTORE_JSON_PREVIEW_FIRST,
  RESTORE_JSON_ERROR_TEXT,
  BATCH_PREVIEW_ADDRESS,
  IMPORT_SEED_VALIDATES,
  NO_KEY_TYPE_PICKER,
  MNEMONIC_SHOWN_ONCE,
  ETHEREUM_SURI,
  EXPORT_PASSWORD,
  EXPORT_ALL_PASSWORD,
  EXPORT_NOT_EXTERNAL,
  DERIVE_NO_PASSWORD_JUNCTION,
  DERIVE_SOFT_SR25519_ONLY,
  DERIVE_PARENT_PASSWORD,
  DERIVE_VALIDATE_PATH,
  DERIVE_PATH_REQUIRED,
  DERIVE_PARENTS,
  DERIVE_PARENT_GENESIS,
  IMPORT_QR_SECRET_SR25519,
  IMPORT_QR_NAME,
  IMPORT_QR_SCAN,
];
