import { type Capabilities, forAllTypes, type KeyType, type Support, unsupported } from '@interop/core';

const EXT = 'https://github.com/polkadot-js/extension/blob/v0.62.3/packages';
const ISSUE_697 = 'https://github.com/polkadot-js/extension/issues/697';

const popup = (note: string, source: string): Support => ({ supported: true, ui: true, note, source });
const handlerOnly = (note: string, source: string): Support => ({ supported: true, ui: false, note, source });

/**
 * Key types for entering a phrase or seed. The popup picks the type itself: sr25519, or
 * ethereum when the chosen network's metadata says chainType 'ethereum'
 * (extension-ui/src/Popup/ImportSeed/index.tsx, CreateAccount/index.tsx); it has no key-type
 * picker, so ed25519 and ecdsa reach only the handler, which takes any type.
 */
function secretEntry(what: string): Readonly<Record<KeyType, Support>> {
  return {
    sr25519: popup(
      `${what} in the popup (any network or "Allow use on any chain", which sends genesisHash ''); the popup also insists on a name and a password of 6+ characters (partials/Password.tsx), the handler does not`,
      `${EXT}/extension-ui/src/Popup/ImportSeed/index.tsx`,
    ),
    ethereum: popup(
      `only when the chosen network's metadata is chainType 'ethereum' (e.g. added by an ethereum-type dapp); always BIP44 index 0: getSuri appends /m/44'/60'/0'/0/0, so a phrase carrying its own path is refused ("Invalid derivation path")`,
      `${EXT}/extension-base/src/background/handlers/Extension.ts`,
    ),
    ed25519: handlerOnly(
      'pri(accounts.create.suri) accepts ed25519, but the popup never sends it (no key-type picker): a phrase from an ed25519 wallet restores a different (sr25519) address',
      ISSUE_697,
    ),
    ecdsa: handlerOnly('pri(accounts.create.suri) accepts ecdsa, but the popup never sends it (no key-type picker)', ISSUE_697),
  };
}

/**
 * A secret the user wrote down or typed while creating the account: as reachable as creating
 * that account from a secret was (ed25519 and ecdsa only through the handler).
 */
function writtenDown(note: string, source: string): Readonly<Record<KeyType, Support>> {
  return {
    sr25519: popup(note, source),
    ethereum: popup(note, source),
    ed25519: handlerOnly(`${note}; creating ed25519 from a secret is handler-only`, ISSUE_697),
    ecdsa: handlerOnly(`${note}; creating ecdsa from a secret is handler-only`, ISSUE_697),
  };
}

const NO_SECRET_SHOWN = 'the extension shows the mnemonic once, at creation (CreateAccount/Mnemonic.tsx), and never again';

export const EXTENSION_CAPABILITIES: Capabilities = {
  create: { phrase: secretEntry('phrase'), seed: secretEntry('32-byte 0x seed') },
  backup: {
    phrase: writtenDown(`what the user wrote down or typed at creation; ${NO_SECRET_SHOWN}`, `${EXT}/extension-ui/src/Popup/CreateAccount/Mnemonic.tsx`),
    'phrase-path-type': writtenDown(
      "the phrase plus the path typed in \"advanced\" and the type the popup chose; ethereum's implicit /m/44'/60'/0'/0/0 is never shown",
      `${EXT}/extension-ui/src/Popup/ImportSeed/SeedAndPath.tsx`,
    ),
    'raw-seed': writtenDown('only for accounts imported from a 0x seed: the seed the user typed', `${EXT}/extension-ui/src/Popup/ImportSeed/SeedAndPath.tsx`),
    json: forAllTypes(popup('Export Account: pri(accounts.export), <address>.json', `${EXT}/extension-ui/src/Popup/Export.tsx`)),
    'batch-json': forAllTypes(
      popup(
        'Export all accounts: pri(accounts.batchExport) of every account; the password is not checked against the accounts and only wraps their stored JSONs',
        `${EXT}/extension-ui/src/Popup/ExportAll.tsx`,
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
    phrase: secretEntry('Import account from pre-existing seed'),
    'raw-seed': secretEntry('Import from a 0x seed'),
    'json-keystore': forAllTypes(
      popup(
        'Restore from JSON: preview pri(json.account.info), then pri(json.restore); the type comes from the file',
        `${EXT}/extension-ui/src/Popup/RestoreJson.tsx`,
      ),
    ),
    'batch-json': forAllTypes(
      popup(
        'Restore from JSON with a batch-pkcs8 file: pri(json.batchRestore); each account keeps its own password (apps#6341)',
        `${EXT}/extension-ui/src/Popup/RestoreJson.tsx`,
      ),
    ),
    'export-all': forAllTypes(
      unsupported(
        "Restore from JSON reads one object: an array has no `encoding`, so the page's isKeyringPairs$Json throws before anything is sent, and the handler has only json.restore and json.batchRestore",
        `${EXT}/extension-ui/src/util/typeGuards.ts`,
      ),
    ),
    'local-storage': forAllTypes(
      unsupported("the extension has no import of Apps' localStorage", `${EXT}/extension-base/src/background/handlers/Extension.ts`),
    ),
    'secret-qr': {
      sr25519: popup(
        'Import from QR: a `secret:` payload goes to pri(accounts.create.suri) with type sr25519 and the payload genesis as written (Vault writes it without 0x)',
        `${EXT}/extension-ui/src/Popup/ImportQr.tsx`,
      ),
      ed25519: unsupported('Import from QR always creates sr25519 from a secret QR', `${EXT}/extension-ui/src/Popup/ImportQr.tsx`),
      ecdsa: unsupported('Import from QR always creates sr25519 from a secret QR', `${EXT}/extension-ui/src/Popup/ImportQr.tsx`),
      ethereum: unsupported('Import from QR always creates sr25519 from a secret QR', `${EXT}/extension-ui/src/Popup/ImportQr.tsx`),
    },
    'public-key-qr': {
      sr25519: popup('Import from QR: a `substrate:` payload becomes an external (watch-only) account', `${EXT}/extension-ui/src/Popup/ImportQr.tsx`),
      ed25519: popup(
        'watch-only; the entry is typed sr25519 (the keyring default): an address carries no key type',
        `${EXT}/extension-ui/src/Popup/ImportQr.tsx`,
      ),
      ecdsa: popup(
        'watch-only; an ecdsa address is blake2 of the key, so the entry holds that hash, not the public key',
        `${EXT}/extension-ui/src/Popup/ImportQr.tsx`,
      ),
      ethereum: unsupported(
        'Import from QR scans without isEthereum, so an `ethereum:` payload is refused ("Invalid prefix received, expected \'substrate or secret\'")',
        'https://github.com/polkadot-js/ui/blob/v3.16.7/packages/react-qr/src/ScanAddress.tsx',
      ),
    },
    'banana-split': forAllTypes(
      unsupported('Banana Split is a Polkadot Vault feature; the extension cannot combine shares', `${EXT}/extension-ui/src/Popup/index.tsx`),
    ),
  },
};
