import type { KeyType } from '@interop/core';

/**
 * Vault's `Encryption` enum: the key scheme a network uses
 * (novasamatech/parity-signer rust/definitions/src/crypto.rs).
 */
export type VaultEncryption = 'sr25519' | 'ed25519' | 'ecdsa' | 'ethereum';

export const VAULT_ENCRYPTIONS: readonly VaultEncryption[] = ['sr25519', 'ed25519', 'ecdsa', 'ethereum'];

/**
 * The key type behind an encryption. Ethereum networks hold `MultiSigner::Ecdsa` keys derived by
 * the substrate path, not BIP44 keys: rust/db_handling/src/identities.rs
 * (full_address_to_multisigner: `Encryption::Ecdsa | Encryption::Ethereum => ecdsa::Pair::from_string`).
 */
export function keyTypeOfEncryption(encryption: VaultEncryption): Exclude<KeyType, 'ethereum'> {
  return encryption === 'ethereum' ? 'ecdsa' : encryption;
}
