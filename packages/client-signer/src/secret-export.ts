import type { ParsedPath } from './path-rules.js';
import { schnorrkelSecretBytes } from './schnorrkel-secret-bytes.js';
import { spCoreJunctions } from './sp-core-junctions.js';
import { sr25519HardPathMiniSecret } from './sr25519-hard-mini-secret.js';
import type { VaultEncryption } from './vault-encryption.js';
import { vaultPair } from './vault-pair.js';

/**
 * The secret bytes Vault puts in a Secret QR, rust/db_handling/src/identities.rs
 * (prepare_secret_key_for_export, after parity-signer#2533 for #2530):
 * - sr25519: the 32-byte seed sp-core returns from `from_string_with_seed` while every junction is
 *   hard (the root mini-secret, then each hard junction's mini-secret); with any soft junction there
 *   is no seed and Vault exports `to_raw_vec()`, the 64-byte schnorrkel secret (scalar + nonce);
 * - ed25519 and ecdsa (also Ethereum networks): `pair.seed()`, the 32-byte derived seed.
 */
export function vaultExportedSecret(phrase: string, parsed: ParsedPath, encryption: VaultEncryption): Uint8Array {
  const pair = vaultPair(phrase, parsed, encryption);
  if (encryption !== 'sr25519') return pair.secretKey.slice(0, 32);
  if (spCoreJunctions(parsed.path).some((j) => j.isSoft)) return schnorrkelSecretBytes(pair.secretKey);
  return sr25519HardPathMiniSecret(phrase, parsed);
}
