import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { __tests as scure } from '@scure/sr25519';
import { schnorrkelSecretBytes } from './schnorrkel-secret-bytes.js';

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
