import { sourceUrl } from '@interop/core/upstream-rule';
import { type Capabilities, forAllTypes, type KeyType, type Support, unsupported } from '@interop/core/vocabulary';
import { LEGACY_RULES } from './legacy-rules.js';

const UI: Support = { supported: true, ui: true };
const SR_ONLY = unsupported(
  'the legacy Signer derived substrate keys as sr25519 only (react-native-substrate-sign substrateAddress)',
  'novasamatech/parity-signer src/utils/native.ts at v4.5.3-beta',
);
const BIP44: Support = {
  supported: true,
  ui: true,
  note: "Ethereum accounts only at BIP44 m/44'/60'/0'/0/0 of the BIP39 seed",
  source: sourceUrl(LEGACY_RULES.bip44Ethereum.source),
};
const TYPES: Readonly<Record<KeyType, Support>> = { sr25519: UI, ed25519: SR_ONLY, ecdsa: SR_ONLY, ethereum: BIP44 };
/** Export Account (PathDetails.tsx, PathSecret.tsx): the sr25519 key of a path of hard junctions. */
const SECRET_EXPORT: Readonly<Record<KeyType, Support>> = {
  sr25519: { supported: true, ui: true, note: 'Export Account: on a path of hard junctions only', source: sourceUrl(LEGACY_RULES.secretExportOffered.source) },
  ed25519: SR_ONLY,
  ecdsa: SR_ONLY,
  ethereum: unsupported('Export Account is offered on substrate paths only, not on the Ethereum account', sourceUrl(LEGACY_RULES.secretExportOffered.source)),
};
const NONE = (reason: string): Readonly<Record<KeyType, Support>> => forAllTypes(unsupported(reason));

/** What the last React Native Signer (4.5.3-beta) could do. */
export const LEGACY_CAPABILITIES: Capabilities = {
  create: { phrase: TYPES, seed: NONE('the legacy Signer recovered identities from phrases only') },
  backup: {
    phrase: TYPES,
    'phrase-path-type': TYPES,
    'raw-seed': NONE('the legacy Signer never showed a seed'),
    json: NONE('the legacy Signer had no JSON export'),
    'batch-json': NONE('the legacy Signer had no JSON export'),
    'export-all': NONE('the legacy Signer had no JSON export'),
    'local-storage': NONE('a mobile app has no browser storage'),
    'secret-qr': SECRET_EXPORT,
    'public-key-qr': TYPES,
    'banana-split': NONE('the legacy Signer had no Banana Split; Vault added creation in parity-signer#2227'),
  },
  restore: {
    phrase: TYPES,
    'raw-seed': NONE('the legacy Signer recovered identities from phrases only'),
    'json-keystore': NONE('the legacy Signer had no JSON import'),
    'batch-json': NONE('the legacy Signer had no JSON import'),
    'export-all': NONE('the legacy Signer had no JSON import'),
    'local-storage': NONE('a mobile app has no browser storage'),
    'secret-qr': NONE('the legacy Signer read no Secret QR'),
    'public-key-qr': NONE('the legacy Signer held no watch-only accounts'),
    'banana-split': NONE('the legacy Signer read no Banana Split shares; Vault added recovery in parity-signer#1506'),
  },
};
