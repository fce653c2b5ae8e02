import { ARTIFACT_KINDS, type Capabilities, type KeyType, METHODS, type Support, sourceUrl, unsupported } from '@interop/core/vocabulary';
import { PAPI_SOURCES } from './papi-sources.js';

const SCHEMES = sourceUrl(PAPI_SOURCES.schemes);
const RECIPE = sourceUrl(PAPI_SOURCES.recipe);

const NO_ETHEREUM = unsupported('hdkd derives sr25519, ed25519 and ecdsa keys by substrate paths only: no BIP32/BIP44, no ethereum (H160) accounts', SCHEMES);

/** A library has no screens: its public API is what a dapp or script author reaches. */
const API: Support = {
  supported: true,
  ui: true,
  note: 'a library: its public API is its interface (mnemonicToEntropy, entropyToMiniSecret, <scheme>CreateDerive(miniSecret)(path))',
  source: RECIPE,
};

function byType(substrate: Support): Readonly<Record<KeyType, Support>> {
  return { sr25519: substrate, ed25519: substrate, ecdsa: substrate, ethereum: NO_ETHEREUM };
}

const NOTHING_STORED = unsupported('a library keeps no accounts: no keystore, no export, no QR codes; the script holds the phrase or seed', RECIPE);

/**
 * A dapp or script has the phrase (or a 32-byte seed), the path and the scheme; backing up is
 * keeping them, restoring is deriving again.
 */
export const PAPI_CAPABILITIES: Capabilities = {
  create: { phrase: byType(API), seed: byType(API) },
  backup: Object.fromEntries(
    METHODS.map((m) => [m, m === 'phrase' || m === 'phrase-path-type' || m === 'raw-seed' ? byType(API) : byType(NOTHING_STORED)]),
  ) as Capabilities['backup'],
  restore: Object.fromEntries(
    ARTIFACT_KINDS.map((k) => [k, k === 'phrase' || k === 'raw-seed' ? byType(API) : byType(NOTHING_STORED)]),
  ) as Capabilities['restore'],
};
