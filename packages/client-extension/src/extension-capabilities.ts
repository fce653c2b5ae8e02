import { type Capabilities, forAllTypes, type KeyType, type Support, sourceUrl, type UpstreamRule, unsupported } from '@interop/core/vocabulary';
import {
  ETHEREUM_SURI,
  EXPORT_ALL_PASSWORD,
  EXPORT_PASSWORD,
  IMPORT_QR_SECRET_SR25519,
  IMPORT_SEED_VALIDATES,
  MNEMONIC_SHOWN_ONCE,
  NO_KEY_TYPE_PICKER,
  POPUP_REF,
  RESTORE_JSON_BATCH_BY_CONTENT,
  RESTORE_JSON_PASSWORD,
} from './popup-rules.js';

const EXT = `https://github.com/polkadot-js/extension/blob/${POPUP_REF}/packages`;
const ISSUE_697 = 'https://github.com/polkadot-js/extension/issues/697';
/** The react-qr release the v0.62.3 lockfile ships (yarn.lock: @polkadot/react-qr 3.16.2). */
const SCAN_ADDRESS = 'https://github.com/polkadot-js/ui/blob/v3.16.2/packages/react-qr/src/ScanAddress.tsx#L39-L52';
/** ui-keyring 3.16.2 (the v0.62.3 lockfile) backupAccounts / restoreAccounts: the batch password encrypts and decrypts the file. */
const BATCH_CRYPT = 'https://github.com/polkadot-js/ui/blob/v3.16.2/packages/ui-keyring/src/Keyring.ts#L95-L104';
const BATCH_DECRYPT = 'https://github.com/polkadot-js/ui/blob/v3.16.2/packages/ui-keyring/src/Keyring.ts#L348-L349';

const popup = (note: string, rule: UpstreamRule): Support => ({ supported: true, ui: true, note, source: sourceUrl(rule.source) });
const handlerOnly = (note: string, source: string): Support => ({ supported: true, ui: false, note, source });
const NAME_AND_PASSWORD = 'the page also wants a name of 3+ and a password of 6+ characters (popup.name-min-length, popup.password-min-length)';

/**
 * Key types for entering a phrase or seed. The popup picks the type itself: sr25519, or
 * ethereum when the chosen network's metadata says chainType 'ethereum' (popup.no-key-type-picker);
 * it has no key-type picker, so ed25519 and ecdsa reach only the handler, which takes any type.
 */
function secretEntry(what: string, secret: 'phrase' | 'seed'): Readonly<Record<KeyType, Support>> {
  const noPicker = sourceUrl(NO_KEY_TYPE_PICKER.source);
  // keyring.ts (polkadot-js/common v13.5.7 L233-235): an ethereum 0x seed is the private key itself.
  const ethereumPath =
    secret === 'seed'
      ? "the 0x seed is the private key as it is: the keyring derives nothing from it, so the /m/44'/60'/0'/0/0 getSuri appends, like any typed path, is ignored"
      : `always BIP44 index 0: getSuri appends /m/44'/60'/0'/0/0, so a phrase carrying its own path is refused ("Invalid derivation path")`;
  return {
    sr25519: popup(
      `${what} in the popup (any network or "Allow use on any chain", which sends genesisHash ''), validated with pri(seed.validate) first; ${NAME_AND_PASSWORD}`,
      IMPORT_SEED_VALIDATES,
    ),
    ethereum: popup(`only when the chosen network's metadata is chainType 'ethereum' (e.g. added by an ethereum-type dapp); ${ethereumPath}`, ETHEREUM_SURI),
    ed25519: handlerOnly(
      `pri(accounts.create.suri) accepts ed25519, but the popup never sends it (no key-type picker, ${noPicker}): a phrase from an ed25519 wallet restores a different (sr25519) address`,
      ISSUE_697,
    ),
    ecdsa: handlerOnly(`pri(accounts.create.suri) accepts ecdsa, but the popup never sends it (no key-type picker, ${noPicker})`, ISSUE_697),
  };
}

/**
 * A secret the user wrote down or typed while creating the account: as reachable as creating
 * that account from a secret was (ed25519 and ecdsa only through the handler).
 */
function writtenDown(note: string, rule: UpstreamRule): Readonly<Record<KeyType, Support>> {
  return {
    sr25519: popup(note, rule),
    ethereum: popup(note, rule),
    ed25519: handlerOnly(`${note}; creating ed25519 from a secret is handler-only`, ISSUE_697),
    ecdsa: handlerOnly(`${note}; creating ecdsa from a secret is handler-only`, ISSUE_697),
  };
}

const NO_SECRET_SHOWN = 'the extension shows the mnemonic once, at creation (CreateAccount/Mnemonic.tsx), and never again';

export const EXTENSION_CAPABILITIES: Capabilities = {
  create: { phrase: secretEntry('phrase', 'phrase'), seed: secretEntry('32-byte 0x seed', 'seed') },
  backup: {
    phrase: writtenDown(`what the user wrote down or typed at creation; ${NO_SECRET_SHOWN}`, MNEMONIC_SHOWN_ONCE),
    'phrase-path-type': writtenDown(
      "the phrase plus the path typed in \"advanced\" and the type the popup chose; ethereum's implicit /m/44'/60'/0'/0/0 is never shown",
      IMPORT_SEED_VALIDATES,
    ),
    'raw-seed': writtenDown('only for accounts imported from a 0x seed: the seed the user typed', IMPORT_SEED_VALIDATES),
    json: forAllTypes(
      popup('Export Account: pri(accounts.export) with any non-empty password, <address>.json; not offered for external (QR) accounts', EXPORT_PASSWORD),
    ),
    'batch-json': forAllTypes(
      popup(
        `Export all accounts: pri(accounts.batchExport) of every account with any non-empty password; it encrypts the file (jsonEncrypt, ${BATCH_CRYPT}) and is checked when the file is restored, while each stored JSON inside keeps its own account password`,
        EXPORT_ALL_PASSWORD,
      ),
    ),
    'export-all': forAllTypes(
      unsupported("Apps' export-all array is written by Apps only; the extension exports a batch-pkcs8 object", `${EXT}/extension-ui/src/Popup/ExportAll.tsx`),
    ),
    'local-storage': forAllTypes(
      unsupported('the extension keeps accounts in chrome.storage.local, which no page can read or move', `${EXT}/extension-base/src/stores/Base.ts`),
    ),
    'secret-qr': forAllTypes(unsupported('the extension shows no QR code of a secret', `${EXT}/extension-ui/src/Popup/Accounts/Account.tsx`)),
    'public-key-qr': forAllTypes(
      unsupported('the extension shows no address QR code to scan into another wallet', `${EXT}/extension-ui/src/Popup/Accounts/Account.tsx`),
    ),
    'banana-split': forAllTypes(unsupported('Banana Split is a Polkadot Vault feature', `${EXT}/extension-ui/src/Popup/index.tsx`)),
  },
  restore: {
    phrase: secretEntry('Import account from pre-existing seed', 'phrase'),
    'raw-seed': secretEntry('Import from a 0x seed', 'seed'),
    'json-keystore': forAllTypes(
      popup(
        `Restore from JSON: the page sends pri(json.restore) because encoding.content has no "batch-pkcs8", after previewing the file with pri(json.account.info); the type comes from the file; the file password must not be empty (${sourceUrl(RESTORE_JSON_PASSWORD.source)})`,
        RESTORE_JSON_BATCH_BY_CONTENT,
      ),
    ),
    'batch-json': forAllTypes(
      popup(
        `Restore from JSON with encoding.content ["batch-pkcs8"]: pri(json.batchRestore); the file password decrypts the file and a wrong one is refused (jsonDecrypt, ${BATCH_DECRYPT}); each account keeps its own password (apps#6341)`,
        RESTORE_JSON_BATCH_BY_CONTENT,
      ),
    ),
    'export-all': forAllTypes(
      unsupported(
        "Restore from JSON reads one object: an array has no `encoding`, so the page's isKeyringPairs$Json throws before anything is sent, and the handler has only json.restore and json.batchRestore",
        sourceUrl(RESTORE_JSON_BATCH_BY_CONTENT.source),
      ),
    ),
    'local-storage': forAllTypes(
      unsupported("the extension has no import of Apps' localStorage", `${EXT}/extension-base/src/background/handlers/Extension.ts`),
    ),
    'secret-qr': {
      sr25519: popup(
        'Import from QR: a `secret:` payload goes to pri(accounts.create.suri) with type sr25519 and the payload genesis as written (Vault writes it without 0x)',
        IMPORT_QR_SECRET_SR25519,
      ),
      // The user can scan it: the popup makes the sr25519 key of the same seed, another address
      // (the known divergence secret-qr-read-as-sr25519, as in Apps).
      ed25519: popup(
        'Import from QR scans it, but creates the sr25519 key of the secret (pri(accounts.create.suri) with type sr25519): another address',
        IMPORT_QR_SECRET_SR25519,
      ),
      ecdsa: popup(
        'Import from QR scans it, but creates the sr25519 key of the secret (pri(accounts.create.suri) with type sr25519): another address',
        IMPORT_QR_SECRET_SR25519,
      ),
      ethereum: unsupported(
        'no client writes a Secret QR of an ethereum key; Import from QR would create sr25519 from it',
        sourceUrl(IMPORT_QR_SECRET_SR25519.source),
      ),
    },
    'public-key-qr': {
      sr25519: popup('Import from QR: a `substrate:` payload becomes an external (watch-only) account', IMPORT_QR_SECRET_SR25519),
      ed25519: popup('watch-only; the entry is typed sr25519 (the keyring default): an address carries no key type', IMPORT_QR_SECRET_SR25519),
      ecdsa: popup('watch-only; an ecdsa address is blake2 of the key, so the entry holds that hash, not the public key', IMPORT_QR_SECRET_SR25519),
      ethereum: unsupported(
        'Import from QR scans without isEthereum, so an `ethereum:` payload is refused ("Invalid prefix received, expected \'substrate or secret\'")',
        SCAN_ADDRESS,
      ),
    },
    'banana-split': forAllTypes(
      unsupported('Banana Split is a Polkadot Vault feature; the extension cannot combine shares', `${EXT}/extension-ui/src/Popup/index.tsx`),
    ),
  },
};
