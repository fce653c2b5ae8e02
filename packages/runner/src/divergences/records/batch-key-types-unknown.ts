import type { KnownDivergence } from '../divergence.js';

const SUBWALLET = 'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers';
/** What the polkadot-js keyring loads (@polkadot/keyring createPair's TYPE_FROM_SEED and friends). */
const POLKADOT_JS_KEYRING_TYPES = ['sr25519', 'ed25519', 'ecdsa', 'ethereum'];

/**
 * A batch file whose source puts keys of other types beside an account's (SubWallet: TON, Cardano,
 * Bitcoin), read by a keyring that loads fewer types: it throws at the first one.
 */
export const BATCH_KEY_TYPES_UNKNOWN: KnownDivergence = {
  id: 'batch-key-types-unknown',
  claim:
    "SubWallet's JSON export of an account made from a phrase holds all its keys: sr25519, ethereum, TON, Cardano and six Bitcoin ones (a batch-pkcs8 file); the polkadot{.js} extension's batch restore loads them one by one and throws at the first type it does not load ('Unknown crypto type …'), after the keys before it were stored: the TON key, after sr25519 and ethereum, in a file made right after the account (SubWallet lists them in its keyring's order)",
  sources: [
    `${SUBWALLET}/Mnemonic.ts#L65`,
    `${SUBWALLET}/Json.ts#L356-L357`,
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/keyring/src/keyring.ts#L178-L179',
  ],
  scenario: 'scenarios/bugs/subwallet-batch-ton-key.json',
  predict({ artifact, spec, source, target }) {
    // Only an account made from a phrase has the other keys (a private key import makes one key).
    if (artifact.kind !== 'batch-json' || source.batchExtraKeyTypes === undefined || spec.secret.kind !== 'phrase') return undefined;
    const reads = target.keyringTypes ?? POLKADOT_JS_KEYRING_TYPES;
    if (source.batchExtraKeyTypes.every((t) => reads.includes(t))) return undefined;
    return { kind: 'refusal', codes: ['E_JSON_MALFORMED'] };
  },
};
