import { mnemonicToMiniSecret, sr25519PairFromSeed } from '@polkadot/util-crypto';
import { __tests as scure } from '@scure/sr25519';
import type { ParsedPath } from './path-rules.js';
import { schnorrkelSecretBytes } from './schnorrkel-secret-bytes.js';
import { spCoreJunctions } from './sp-core-junctions.js';

const EMPTY = new Uint8Array();

/**
 * The 32-byte mini-secret of a hard junction, which sp-core keeps as the derived "seed"
 * (primitives/core/src/sr25519.rs `derive_hard_junction` = schnorrkel
 * `SecretKey::hard_derive_mini_secret_key(Some(cc), b"")`, a Merlin transcript labelled
 * "SchnorrRistrettoHDKD": sign-bytes, chain-code, secret-key, then challenge "HDKD-hard").
 * util-crypto derives the same key but returns only the expanded pair, so the transcript is run
 * here with the Merlin implementation util-crypto itself ships for sr25519 (@scure/sr25519 0.2.0,
 * whose `HDKD.secretHard` computes exactly this and then expands it). Only Vault's Secret QR needs
 * the mini-secret; specs check that expanding it gives util-crypto's derived key.
 */
export function sr25519HardMiniSecret(miniSecret: Uint8Array, chainCode: Uint8Array): Uint8Array {
  const key = schnorrkelSecretBytes(sr25519PairFromSeed(miniSecret).secretKey).subarray(0, 32);
  const transcript = new scure.Merlin('SchnorrRistrettoHDKD');
  transcript.appendMessage('sign-bytes', EMPTY);
  transcript.appendMessage('chain-code', chainCode);
  transcript.appendMessage('secret-key', key);
  const result = transcript.challengeBytes('HDKD-hard', 32);
  transcript.clean();
  return result;
}

/**
 * The mini-secret of phrase + path + ///password when every junction of the path is hard: the root
 * mini-secret (the password as its BIP39 password), then each junction's. Its sr25519 expansion is
 * the path's key. Vault's Secret QR (secret-export.ts) and the legacy Signer's Export Account
 * (legacy-secret-export.ts) both export it; callers check that no junction is soft.
 */
export function sr25519HardPathMiniSecret(phrase: string, parsed: ParsedPath): Uint8Array {
  let secret = mnemonicToMiniSecret(phrase, parsed.password ?? '');
  for (const junction of spCoreJunctions(parsed.path)) secret = sr25519HardMiniSecret(secret, junction.chainCode);
  return secret;
}
