import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { HDKey } from '@scure/bip32';
import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { ClientError } from '../client-error.js';
import { rememberedPbkdf2 } from './pbkdf2-memo.js';

/**
 * The BIP39 seed (not substrate's mini-secret): PBKDF2-HMAC-SHA512 over the NFKD phrase, salt
 * "mnemonic" (polkadot-js passes no password for ethereum: keyring.ts createFromUri), `rounds`
 * rounds, 64 bytes.
 */
export function bip39Seed(phrase: string, rounds: number): Uint8Array {
  if (!validateMnemonic(phrase, wordlist)) throw new ClientError('E_PHRASE_INVALID', 'not a valid English BIP39 phrase');
  return rememberedPbkdf2(['bip39-seed', phrase, rounds], () =>
    pbkdf2(sha512, new TextEncoder().encode(phrase.normalize('NFKD')), new TextEncoder().encode('mnemonic'), { c: rounds, dkLen: 64 }),
  );
}

/** util-crypto hd/validatePath.ts: `m/` then indexes below 2^31, each optionally hardened. */
function validBip32Path(path: string): boolean {
  if (!path.startsWith('m/')) return false;
  return path
    .split('/')
    .slice(1)
    .every((p) => /^\d+'?$/.test(p) && Number.parseInt(p, 10) < 0x80000000);
}

/**
 * The compressed secp256k1 public key at a BIP32 path (@scure/bip32). An empty path is the
 * master key, as util-crypto's hdEthereum returns it.
 */
export function bip32PublicKey(seed: Uint8Array, path: string): Uint8Array {
  const master = HDKey.fromMasterSeed(seed);
  if (path === '' || path === 'm' || path === 'M' || path === "m'" || path === "M'") return master.publicKey as Uint8Array;
  if (!validBip32Path(path)) throw new ClientError('E_PATH_INVALID', 'Invalid derivation path');
  return master.derive(path).publicKey as Uint8Array;
}
