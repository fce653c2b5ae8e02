import { ARTIFACT_KINDS, type Capabilities, type KeyType, METHODS, type Support, sourceUrl, unsupported } from '@interop/core/vocabulary';
import { SUBWALLET_SOURCES as S } from './subwallet-sources.js';

const UI = (source: keyof typeof S, note?: string): Support => ({ supported: true, ui: true, source: sourceUrl(S[source]), ...(note ? { note } : {}) });

const PHRASE_TYPES_ONLY = unsupported(
  "Import seed phrase creates one account of fixed key types (sr25519 root, ethereum at index 0, TON, Cardano, Bitcoin), with no ecdsa choice; its ed25519 is Trust Wallet's (Import from Trust Wallet: ed25519-tw at m/44'/354'/0'/0'/0', Mnemonic.ts L60-62), not the ed25519 key of a phrase the other clients make",
  sourceUrl(S.validatePhrase),
);
const PRIVATE_KEY_EVM_ONLY = unsupported('Import private key takes an EVM (ethereum) private key; no substrate raw seed', sourceUrl(S.importPrivateKeyUi));

function byType(table: Partial<Record<KeyType, Support>>, otherwise: Support): Readonly<Record<KeyType, Support>> {
  return { sr25519: table.sr25519 ?? otherwise, ed25519: table.ed25519 ?? otherwise, ecdsa: table.ecdsa ?? otherwise, ethereum: table.ethereum ?? otherwise };
}

const NO_BACKUP = unsupported(
  'SubWallet offers no such backup (its exports: JSON file, all accounts as one JSON file, the seed phrase, a private key)',
  sourceUrl(S.exportBatch),
);
const NO_PATH_TYPE = unsupported('SubWallet shows the seed phrase alone, with no path or key type', sourceUrl(S.exportPhrase));
const NOT_READ = unsupported(
  'SubWallet reads a seed phrase (also as Trust Wallet), a private key, a keystore or batch JSON file, a secret QR and a Polkadot Vault account QR; not this',
  sourceUrl(S.restoreUi),
);
/**
 * SubWallet's QR codes exist and this harness does not drive them yet: said as such, so the
 * "unsupported" of these cells is the harness's, never a claim that SubWallet cannot.
 */
const NOT_DRIVEN = 'not driven by this harness yet';
const ARRAY_NOT_READ = unsupported(
  "RestoreJson takes one object with an `encoding` (typeGuards.ts isValidJsonFile): Apps' export-all array has none",
  'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/utils/account/typeGuards.ts#L11-L21',
);
const SUBSTRATE_JSON = UI('restoreJson', 'the public key is read from the file and the account stored under the master password');

const backup: Record<string, Readonly<Record<KeyType, Support>>> = {};
for (const m of METHODS) backup[m] = byType({}, NO_BACKUP);
/** Why SubWallet gives no single keystore (the instance refuses a `json` backup with these words too). */
export const NO_SINGLE_JSON =
  "SubWallet's Export > JSON file writes every key of the account as one batch-pkcs8 file (AccountExport.tsx L193-200, exportAccountBatch): it has no single-account keystore export (see batch-json)";
backup.json = byType({}, unsupported(NO_SINGLE_JSON, sourceUrl(S.exportJsonUi)));
const BATCH_NOTE =
  'the batch holds every key of the account: from a phrase, the sr25519, ethereum, TON, Cardano and six Bitcoin keys Import seed phrase made (Mnemonic.ts L65)';
backup['batch-json'] = byType({ sr25519: UI('exportBatch', BATCH_NOTE), ethereum: UI('exportBatch', BATCH_NOTE) }, PHRASE_TYPES_ONLY);
backup.phrase = byType({ sr25519: UI('exportPhrase'), ethereum: UI('exportPhrase') }, PHRASE_TYPES_ONLY);
backup['phrase-path-type'] = byType({}, NO_PATH_TYPE);
backup['raw-seed'] = byType(
  {
    ethereum: UI(
      'exportPrivateKeyUi',
      'for a single ethereum account (imported from a private key, a keystore or a Secret QR, or derived under a unified one): an account made from a seed phrase is a unified account, which has no Export private key (transform.ts L653-688); this harness exports one imported from a private key',
    ),
  },
  unsupported(
    "Export private key is offered for ethereum and TON accounts only (getAccountActions); a substrate account's secret key is shown only inside its Export QR code (see secret-qr)",
    sourceUrl(S.privateKeyAction),
  ),
);
backup['secret-qr'] = byType(
  {},
  unsupported(
    `${NOT_DRIVEN}: SubWallet's Export > QR code, offered to a single password account of an ethereum or substrate chain type (getAccountActions L135-142; not to the unified account Import seed phrase makes), shows secret:<secret key>:<public key>[:name] (AccountExport.tsx L107-116)`,
    sourceUrl(S.exportQrAction),
  ),
);

const restore: Record<string, Readonly<Record<KeyType, Support>>> = {};
for (const k of ARTIFACT_KINDS) restore[k] = byType({}, NOT_READ);
const DERIVE_NOTE =
  "a path written beside the phrase is then typed into Derive account under the imported account, which takes //n and //n//m (every key; ethereum at m/44'/60'/0'/0/n), m/44'/60'/0'/0/n and other sr25519 paths of one or two junctions, no ///password (derive/validate.ts, Derive.ts L129-186)";
restore.phrase = byType({ sr25519: UI('importPhraseUi', DERIVE_NOTE), ethereum: UI('importPhraseUi', DERIVE_NOTE) }, PHRASE_TYPES_ONLY);
restore['raw-seed'] = byType(
  {},
  UI(
    'validatePrivateKey',
    'Import from private key has one field, the key: it reads 32 hex bytes as an ethereum (EVM) private key whatever type they were written down for (privateKeyValidateV2), and the path beside them has nowhere to go',
  ),
);
restore['json-keystore'] = byType({}, SUBSTRATE_JSON);
restore['batch-json'] = byType(
  {},
  UI(
    'restoreBatch',
    "a SubWallet batch is stored under the master password at once (ui-keyring restoreAccounts: migrateWithMasterPassword); another wallet's accounts keep the password they were stored with until the user migrates them",
  ),
);
restore['export-all'] = byType({}, ARRAY_NOT_READ);
restore['secret-qr'] = byType(
  {},
  UI(
    'createWithSecret',
    "Import by QR code reads secret:<secret>:<public key>[:name] (attach.ts importQrScan): a 32-byte secret becomes an ethereum (EVM) key, any other an sr25519 pair of the secret key with the third field as its public key, unchecked (Secret.ts L137-269); a Vault Secret QR's third field is a genesis hash",
  ),
);
restore['public-key-qr'] = byType(
  {},
  unsupported(
    `${NOT_DRIVEN}: SubWallet attaches a Polkadot Vault account from its substrate:<address>:<genesis> QR (Attach Polkadot Vault: attach.ts qrSignerScan, createAccountExternalV2) as a QR-signer account`,
    sourceUrl(S.connectVault),
  ),
);

/** SubWallet 1.3.88's account screens, per key type of the contract, each with the upstream line. */
export const SUBWALLET_CAPABILITIES: Capabilities = {
  create: {
    phrase: byType({ sr25519: UI('importPhraseUi'), ethereum: UI('importPhraseUi') }, PHRASE_TYPES_ONLY),
    seed: byType({ ethereum: UI('importPrivateKeyUi') }, PRIVATE_KEY_EVM_ONLY),
  },
  backup: backup as Capabilities['backup'],
  restore: restore as Capabilities['restore'],
};
