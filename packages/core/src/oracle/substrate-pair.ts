import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import * as sr25519 from '@scure/sr25519';
import { ClientError } from '../client-error.js';
import type { KeyType } from '../key-type.js';
import type { Junction } from './junction.js';
import { rememberedPbkdf2 } from './pbkdf2-memo.js';
import { concatBytes, scaleText } from './scale.js';

/**
 * substrate-bip39 `mini_secret_from_entropy`: PBKDF2-HMAC-SHA512 over the BIP39 *entropy*
 * (not the BIP39 seed), salt "mnemonic" + password, 2048 rounds, first 32 bytes.
 */
export function miniSecretFromPhrase(phrase: string, password: string): Uint8Array {
  let entropy: Uint8Array;
  try {
    entropy = mnemonicToEntropy(phrase, wordlist);
  } catch (error) {
    throw new ClientError('E_PHRASE_INVALID', `not a valid English BIP39 phrase (${(error as Error).message})`);
  }
  return rememberedPbkdf2(['substrate-bip39', phrase, password], () =>
    pbkdf2(sha512, entropy, new TextEncoder().encode(`mnemonic${password}`), { c: 2048, dkLen: 64 }),
  ).slice(0, 32);
}

/** sp-core's hard derivation of ed25519 and ecdsa seeds: blake2b-256 of the SCALE tuple (tag, seed, chain code). */
function hardSeed(tag: 'Ed25519HDKD' | 'Secp256k1HDKD', seed: Uint8Array, chainCode: Uint8Array): Uint8Array {
  return blake2b(concatBytes(scaleText(tag), seed, chainCode), { dkLen: 32 });
}

function refuseSoft(type: KeyType, junctions: readonly Junction[]): void {
  if (junctions.some((j) => !j.hard)) throw new ClientError('E_PATH_INVALID', `Soft derivation paths are not allowed on ${type}`);
}

/**
 * The public key of a substrate key type from a 32-byte seed and its junctions: sr25519 through
 * schnorrkel's HDKD (@scure/sr25519), ed25519 (@noble/curves) and ecdsa (secp256k1, compressed)
 * through sp-core's hard derivation, which both sp-core and util-crypto implement the same way.
 */
export function substratePublicKey(type: 'sr25519' | 'ed25519' | 'ecdsa', seed: Uint8Array, junctions: readonly Junction[]): Uint8Array {
  switch (type) {
    case 'sr25519': {
      let secret: Uint8Array = sr25519.secretFromSeed(seed);
      for (const j of junctions) {
        // A fixed nonce source: the soft-derived nonce is random in schnorrkel and never reaches the public key.
        secret = j.hard ? sr25519.HDKD.secretHard(secret, j.chainCode) : sr25519.HDKD.secretSoft(secret, j.chainCode, new Uint8Array(32));
      }
      return sr25519.getPublicKey(secret);
    }
    case 'ed25519': {
      refuseSoft(type, junctions);
      const derived = junctions.reduce((s, j) => hardSeed('Ed25519HDKD', s, j.chainCode), seed);
      return ed25519.getPublicKey(derived);
    }
    case 'ecdsa': {
      refuseSoft(type, junctions);
      const derived = junctions.reduce((s, j) => hardSeed('Secp256k1HDKD', s, j.chainCode), seed);
      return secp256k1.getPublicKey(derived, true);
    }
  }
}
