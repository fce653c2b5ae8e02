import { type Capabilities, forAllTypes, type KeyType, type Support, sourceUrl, unsupported } from '@interop/core/vocabulary';
import {
  CREATE_KEY_TYPES,
  CREATE_RAW_SEED_KEEPS_PATH,
  CREATE_SAVE,
  CREATE_SOFT_ED25519,
  EXPORT_ALL,
  IMPORT_ALL_FILE,
  IMPORT_JSON_PARSE,
  QR_SCAN,
  QR_SECRET_SR25519,
  STORAGE_HIDES_CREATE_AND_JSON,
} from './operations/apps-rules.js';

const MODALS = 'polkadot-js/apps packages/page-accounts/src/modals';

const ui = (note: string, source: string): Support => ({ supported: true, ui: true, note, source });
const perType = (table: Readonly<Record<KeyType, Support>>) => table;

/**
 * Ethereum keys: Apps offers them only when connected to an Ethereum chain (Create.tsx lists
 * settings.availableCryptosEth there and availableCryptos — sr25519, ed25519, ecdsa — elsewhere).
 * The matrix's chains are substrate chains, so ethereum is marked "not from the UI"; start an
 * instance with network 'moonbeam' to reach it.
 */
const ETHEREUM_CHAIN_ONLY = "Apps offers ethereum keys only when connected to an Ethereum chain (start the instance with network 'moonbeam')";

/** The start that reaches those keys: Apps connected to an Ethereum chain. */
const ON_ETHEREUM_CHAIN = { network: 'moonbeam' } as const;
const onEthereumChain = (note: string, source: string): Support => ({ supported: true, ui: false, note, source, setup: ON_ETHEREUM_CHAIN });

const LOCAL_STORAGE_LOADED = 'the dump is written into localStorage and Apps loads it (ui-keyring loadAll)';

const PHRASE_SHOWN_ONCE = unsupported(
  'Apps shows the mnemonic or seed only inside the Create modal, before the account exists; it keeps no phrase or seed to show later',
  `${MODALS}/Create.tsx`,
);

const CREATE = sourceUrl(CREATE_SAVE.source);
const STORAGE_ON = `with in-browser storage on in Settings (${sourceUrl(STORAGE_HIDES_CREATE_AND_JSON.source)})`;

const fromCreate = (what: string): Readonly<Record<KeyType, Support>> =>
  perType({
    sr25519: ui(`pasted into "Add account" (${what}), ${STORAGE_ON}`, CREATE),
    ed25519: ui(`pasted into "Add account" (${what}); soft junctions refused on ed25519 (${sourceUrl(CREATE_SOFT_ED25519.source)})`, CREATE),
    ecdsa: ui(`pasted into "Add account" (${what}); soft junctions refused by the keyring`, CREATE),
    ethereum: onEthereumChain(`${ETHEREUM_CHAIN_ONLY}; the path is m/44'/60'/0'/0/<index> (${sourceUrl(CREATE_KEY_TYPES.source)})`, CREATE),
  });

/** From Qr, offered whatever the storage setting. */
const QR = sourceUrl(QR_SECRET_SR25519.source);

const SEED_NOTE =
  'raw seed: its path is the one typed before switching the seed type to "Raw seed" (the field is then disabled but kept); a ///password part is refused ("Password are ignored for hex seed")';
const SEED_SOURCE = sourceUrl(CREATE_RAW_SEED_KEEPS_PATH.source);

const fromCreateSeed = (): Readonly<Record<KeyType, Support>> => {
  const table = fromCreate(SEED_NOTE);
  const withSource = (support: Support): Support => (support.supported ? { ...support, source: SEED_SOURCE } : support);
  return perType({ sr25519: withSource(table.sr25519), ed25519: withSource(table.ed25519), ecdsa: withSource(table.ecdsa), ethereum: table.ethereum });
};

/**
 * What Apps (3.16.7 keyring, current page-accounts modals) can do, with the reason for each "no".
 * Sources name the Apps file behind each answer.
 */
export const APPS_CAPABILITIES: Capabilities = {
  create: { phrase: fromCreate('mnemonic'), seed: fromCreateSeed() },
  backup: {
    phrase: forAllTypes(PHRASE_SHOWN_ONCE),
    'phrase-path-type': forAllTypes(PHRASE_SHOWN_ONCE),
    'raw-seed': forAllTypes(PHRASE_SHOWN_ONCE),
    json: forAllTypes(ui('"Create a backup file for this account" (keyring.backupAccount); also downloaded once at creation', `${MODALS}/Backup.tsx`)),
    'batch-json': forAllTypes(
      unsupported(
        "Apps writes no batch-pkcs8 object: its Export all writes an array of single backups; the batch object is the extension's",
        `${MODALS}/ExportAll.tsx`,
      ),
    ),
    'export-all': forAllTypes(
      ui(
        '"Export" (all accounts), offered whatever the storage setting: a JSON array, each in-browser account with its own password',
        sourceUrl(EXPORT_ALL.source),
      ),
    ),
    'local-storage': forAllTypes(ui("the origin's localStorage, as the Polkadot wiki's transfer procedure copies it (apps#4127)", 'polkadot-js/apps#4127')),
    'secret-qr': forAllTypes(unsupported('Apps exports no secret as a QR code', `${MODALS}/Qr.tsx`)),
    'public-key-qr': forAllTypes(unsupported("Apps' account modals read address QR codes (Qr.tsx) but offer none to export", `${MODALS}/Qr.tsx`)),
    'banana-split': forAllTypes(unsupported('Banana Split is a Polkadot Vault format; Apps neither writes nor reads it')),
  },
  restore: {
    phrase: fromCreate('mnemonic'),
    'raw-seed': fromCreateSeed(),
    'json-keystore': perType({
      sr25519: ui(`"From JSON" ${STORAGE_ON}: meta.genesisHash is replaced by the connected chain's`, sourceUrl(IMPORT_JSON_PARSE.source)),
      ed25519: ui(`"From JSON" ${STORAGE_ON}: meta.genesisHash is replaced by the connected chain's`, sourceUrl(IMPORT_JSON_PARSE.source)),
      ecdsa: ui(`"From JSON" ${STORAGE_ON}: meta.genesisHash is replaced by the connected chain's`, sourceUrl(IMPORT_JSON_PARSE.source)),
      ethereum: onEthereumChain(
        `${ETHEREUM_CHAIN_ONLY}; elsewhere Import refuses it: "JSON contains an ethereum keytype, this is not available on this network"`,
        `${MODALS}/Import.tsx`,
      ),
    }),
    'batch-json': forAllTypes(
      unsupported(
        'Import all refuses it: "Invalid format: File content should be an array"; the single Import: "Unable to decode non-pkcs8 type, [batch-pkcs8] found"',
        sourceUrl(IMPORT_ALL_FILE.source),
      ),
    ),
    'export-all': forAllTypes(
      ui(
        '"Import" (all accounts), offered whatever the storage setting: keeps each file genesisHash, so accounts of another chain are hidden after the next load (apps#3722)',
        sourceUrl(IMPORT_ALL_FILE.source),
      ),
    ),
    'local-storage': perType({
      sr25519: ui(LOCAL_STORAGE_LOADED, 'polkadot-js/apps#4127'),
      ed25519: ui(LOCAL_STORAGE_LOADED, 'polkadot-js/apps#4127'),
      ecdsa: ui(LOCAL_STORAGE_LOADED, 'polkadot-js/apps#4127'),
      // loadAll's allowGenesis hides an account whose genesisHash is another chain's (polkadot-js/ui
      // v3.16.7 packages/ui-keyring/src/Keyring.ts L279-293, L301): an ethereum account made on an
      // Ethereum chain shows only when the new computer is connected to one too.
      ethereum: onEthereumChain(`${LOCAL_STORAGE_LOADED}; ${ETHEREUM_CHAIN_ONLY}`, 'polkadot-js/apps#4127'),
    }),
    'secret-qr': perType({
      sr25519: ui('"From Qr": the secret becomes an sr25519 account (keyring.addUri(content, password, meta, \'sr25519\'))', QR),
      ed25519: ui('"From Qr" always makes an sr25519 account from the secret: not the ed25519 key it came from', QR),
      ecdsa: ui('"From Qr" always makes an sr25519 account from the secret: not the ecdsa key it came from', QR),
      ethereum: unsupported('"From Qr" stores scanned secrets as sr25519 only', QR),
    }),
    'public-key-qr': perType({
      sr25519: ui('"From Qr": a watch-only external entry, stored with the keyring\'s default type (ed25519)', QR),
      ed25519: ui('"From Qr": a watch-only external entry', QR),
      ecdsa: ui(
        '"From Qr": watch-only, holding the bytes the scanned address decodes to: the blake2 hash of the key (its account id) from a polkadot-js address, the 33-byte key itself from a Vault QR (scenarios/bugs/vault-ecdsa-public-key-qr-apps.json)',
        QR,
      ),
      ethereum: onEthereumChain(`${ETHEREUM_CHAIN_ONLY} (the QR is ethereum:<address>)`, sourceUrl(QR_SCAN.source)),
    }),
    'banana-split': forAllTypes(unsupported('Banana Split is a Polkadot Vault format; Apps neither writes nor reads it')),
  },
};
