import { ed25519PairFromSeed, keyFromPath, mnemonicToMiniSecret, secp256k1PairFromSeed, sr25519PairFromSeed } from '@polkadot/util-crypto';
import type { Keypair } from '@polkadot/util-crypto/types';
import type { ParsedPath } from './path-rules.js';
import { refuseBy } from './rule-refusal.js';
import { spCoreJunctions } from './sp-core-junctions.js';
import { keyTypeOfEncryption, type VaultEncryption } from './vault-encryption.js';
import { VAULT_RULES } from './vault-rules.js';

const FROM_SEED = { sr25519: sr25519PairFromSeed, ed25519: ed25519PairFromSeed, ecdsa: secp256k1PairFromSeed } as const;

/**
 * The key pair Vault makes for `phrase + path` in a network of `encryption`: sp-core
 * `Pair::from_string(phrase + path, None)` (VAULT_RULES.keyDerivation). That is: the substrate-bip39 mini-secret of the phrase's entropy
 * with the `///password` as PBKDF2 password, the first 32 bytes as the seed of every scheme, then
 * each junction in turn. util-crypto runs the same crates (schnorrkel, substrate-bip39); only the
 * junction encoding is sp-core's own (sp-core-junctions.ts). The phrase must be checked already.
 */
export function vaultPair(phrase: string, parsed: ParsedPath, encryption: VaultEncryption): Keypair {
  const type = keyTypeOfEncryption(encryption);
  const root = FROM_SEED[type](mnemonicToMiniSecret(phrase, parsed.password ?? ''));
  try {
    return keyFromPath(root, spCoreJunctions(parsed.path), type);
  } catch (error) {
    // sp-core refuses soft junctions for ed25519 and ecdsa (`DeriveError::SoftKeyInPath`), which
    // Pair::from_string reports as SecretStringError::InvalidPath (VAULT_RULES.keyDerivation).
    if (type === 'sr25519') throw error;
    throw refuseBy(VAULT_RULES.keyDerivation, 'E_PATH_INVALID', `Secret string error: InvalidPath (${type} keys take hard junctions only)`);
  }
}
