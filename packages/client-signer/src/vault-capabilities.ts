import { type Capabilities, forAllTypes, type KeyType, NETWORKS, type Support, sourceUrl, unsupported } from '@interop/core/vocabulary';
import { VAULT_RULES } from './vault-rules.js';

const IDENTITIES = 'novasamatech/parity-signer rust/db_handling/src/identities.rs';
const UI: Support = { supported: true, ui: true };

/**
 * ed25519 and ecdsa keys are made in a network spec of that encryption, which a fresh Vault does
 * not hold (VAULT_RULES.freshNetworks, encryptionFromNetwork): the user scans an add_specs QR per
 * chain first, which for these three chains only Parity's general verifier can sign
 * (VAULT_RULES.addSpecsGeneralVerifier). `setup` is that step as start options.
 */
function afterAddSpecs(encryption: 'ed25519' | 'ecdsa'): Support {
  return {
    supported: true,
    ui: true,
    requires: `add_specs: scan network-specs QRs for Polkadot, Kusama and Westend with ${encryption} encryption, signed by Parity's general verifier (a fresh Vault holds their sr25519 specs only and refuses an unsigned QR for these chains)`,
    setup: { addSpecs: NETWORKS.map((n) => ({ network: n.name, encryption })) },
    note: `made in an ${encryption} network spec, shown under the chain's name`,
    source: sourceUrl(VAULT_RULES.encryptionFromNetwork.source),
  };
}
const NO_BIP44 = unsupported(
  'Vault has no BIP44 keys: Ethereum-type networks get ecdsa keys derived by the substrate path and shown as a keccak-256 H160 (use type ecdsa)',
  `${IDENTITIES} (full_address_to_multisigner)`,
);
const NO_JSON = unsupported(
  'Vault has no JSON keystore import or export: keys leave it only as phrase, Secret QR, public-key QR, Banana Split, or as public keys in a key-set export QR (export_key_info)',
);

function byType(sr25519: Support, ed25519: Support, ecdsa: Support, ethereum: Support): Readonly<Record<KeyType, Support>> {
  return { sr25519, ed25519, ecdsa, ethereum };
}
const SUBSTRATE_TYPES = byType(UI, afterAddSpecs('ed25519'), afterAddSpecs('ecdsa'), NO_BIP44);

/** What Polkadot Vault 7.2 can do, each "no" with its reason. */
export const VAULT_CAPABILITIES: Capabilities = {
  create: {
    phrase: SUBSTRATE_TYPES,
    seed: forAllTypes(unsupported('Vault recovers key sets only from English BIP39 phrases; it has no raw seed import', `${IDENTITIES} (create_key_set)`)),
  },
  backup: {
    phrase: SUBSTRATE_TYPES,
    'phrase-path-type': SUBSTRATE_TYPES,
    'raw-seed': forAllTypes(unsupported('Vault shows no raw seed; its Secret QR is the way a secret leaves it', `${IDENTITIES} (export_secret_key)`)),
    json: forAllTypes(NO_JSON),
    'batch-json': forAllTypes(NO_JSON),
    'export-all': forAllTypes(NO_JSON),
    'local-storage': forAllTypes(unsupported('Vault is a mobile app with no browser storage')),
    'secret-qr': SUBSTRATE_TYPES,
    'public-key-qr': SUBSTRATE_TYPES,
    'banana-split': SUBSTRATE_TYPES,
  },
  restore: {
    phrase: SUBSTRATE_TYPES,
    'raw-seed': forAllTypes(unsupported('Vault imports no raw seed', `${IDENTITIES} (try_create_seed takes a phrase)`)),
    'json-keystore': forAllTypes(NO_JSON),
    'batch-json': forAllTypes(NO_JSON),
    'export-all': forAllTypes(NO_JSON),
    'local-storage': forAllTypes(unsupported('Vault is a mobile app with no browser storage')),
    'secret-qr': forAllTypes(unsupported('Vault writes Secret QRs but reads none', 'novasamatech/parity-signer rust/qr_reader_phone/src/process_payload.rs')),
    'public-key-qr': forAllTypes(unsupported('Vault holds no watch-only keys; it reads public keys only to import derivations of its own key sets')),
    'banana-split': SUBSTRATE_TYPES,
  },
};
