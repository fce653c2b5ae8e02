import { hexToU8a, isHex, u8aToHex } from '@polkadot/util';
import {
  ed25519PairFromSeed,
  hdEthereum,
  keyExtractSuri,
  keyFromPath,
  mnemonicToLegacySeed,
  mnemonicToMiniSecret,
  secp256k1PairFromSeed,
  sr25519PairFromSeed,
} from '@polkadot/util-crypto';
import { type AccountSpec, suriOf } from './account-spec.js';
import { ClientError } from './client-error.js';
import type { Hex } from './hex.js';
import type { KeyType } from './key-type.js';

type Pair = { publicKey: Uint8Array; secretKey: Uint8Array };

const PAIR_FROM_SEED: Readonly<Record<KeyType, (seed: Uint8Array) => Pair>> = {
  sr25519: sr25519PairFromSeed,
  ed25519: ed25519PairFromSeed,
  ecdsa: secp256k1PairFromSeed,
  ethereum: secp256k1PairFromSeed,
};

/**
 * The public key a spec must produce, computed from @polkadot/util-crypto primitives and not
 * through any client's keyring, so two clients that are wrong the same way still fail.
 * It follows the substrate rules (sp-core `Pair::from_string`: substrate-bip39 mini-secret over
 * the BIP39 entropy, `///password` as the PBKDF2 password, hard/soft junctions) and, for
 * ethereum, BIP39 seed + BIP32 (`hdEthereum`), as polkadot-js defines it in
 * polkadot-js/common packages/keyring/src/keyring.ts `createFromUri`.
 */
export function utilCryptoPublicKey(spec: Pick<AccountSpec, 'secret' | 'path' | 'type'>): Hex {
  let parts: ReturnType<typeof keyExtractSuri>;
  try {
    parts = keyExtractSuri(suriOf(spec));
  } catch (error) {
    throw new ClientError('E_PATH_INVALID', error instanceof Error ? error.message : String(error));
  }
  const { derivePath, password, path, phrase } = parts;
  const fromHex = isHex(phrase, 256);
  if (!fromHex && ![12, 15, 18, 21, 24].includes(phrase.split(' ').length)) {
    throw new ClientError('E_PHRASE_INVALID', 'not a 12/15/18/21/24-word phrase nor a 32-byte hex seed');
  }
  if (spec.type === 'ethereum') {
    // A hex private key is used as it is; a phrase goes through BIP39 seed + BIP32.
    const seed = fromHex ? undefined : mnemonicToLegacySeed(phrase, '', false, 64);
    const pair = seed === undefined ? secp256k1PairFromSeed(hexToU8a(phrase)) : derive(() => hdEthereum(seed, derivePath.substring(1)));
    return u8aToHex(pair.publicKey) as Hex;
  }
  const seed = fromHex ? hexToU8a(phrase) : mnemonicToMiniSecret(phrase, password);
  const root = PAIR_FROM_SEED[spec.type](seed);
  return u8aToHex(derive(() => keyFromPath(root, path, spec.type)).publicKey) as Hex;
}

/** A path util-crypto refuses (soft junction on ed25519/ecdsa, a bad BIP32 path) is E_PATH_INVALID, util-crypto's text kept. */
function derive(run: () => Pair): Pair {
  try {
    return run();
  } catch (error) {
    throw new ClientError('E_PATH_INVALID', error instanceof Error ? error.message : String(error));
  }
}
