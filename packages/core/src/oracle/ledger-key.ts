import { ed25519 } from '@noble/curves/ed25519.js';
import { hmac } from '@noble/hashes/hmac.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { ClientError } from '../client-error.js';
import { concatBytes } from './scale.js';

const ED25519_SEED = new TextEncoder().encode('ed25519 seed');
const HARDENED = 0x80000000;
const TWO_256 = 2n ** 256n;

function leToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] as number);
  return n;
}

function bigIntToLe32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  let v = n % TWO_256;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/**
 * The root node of the Ledger Polkadot app (BIP32-Ed25519 after Khovratovich and Law, as the
 * device derives it; Zondax/ledger-substrate-js src/key_derivation.ts `root_node_slip10`): the
 * BIP39 seed (with the optional 25th word as password), chain code HMAC-SHA256("ed25519 seed",
 * 0x01 || seed), kL || kR = HMAC-SHA512("ed25519 seed", seed) repeated until bit 5 of kL[31] is
 * clear, then kL clamped.
 */
function rootNode(mnemonic: string, password: string): { kl: Uint8Array; kr: Uint8Array; cc: Uint8Array } {
  const enc = new TextEncoder();
  const seed = pbkdf2(sha512, enc.encode(mnemonic.normalize('NFKD')), enc.encode(`mnemonic${password}`.normalize('NFKD')), { c: 2048, dkLen: 64 });
  const cc = hmac(sha256, ED25519_SEED, concatBytes(Uint8Array.of(1), seed));
  let i = hmac(sha512, ED25519_SEED, seed);
  while (((i[31] as number) & 0b0010_0000) !== 0) i = hmac(sha512, ED25519_SEED, i);
  const kl = i.slice(0, 32);
  kl[0] = (kl[0] as number) & 0b1111_1000;
  kl[31] = ((kl[31] as number) & 0b0111_1111) | 0b0100_0000;
  return { kl, kr: i.slice(32, 64), cc };
}

/** One hardened BIP32-Ed25519 step: Z = HMAC-SHA512(cc, 0x00 || kL || kR || i), kL + 8·Z[0..28], kR + Z[32..64], cc from 0x01. */
function deriveHard(node: { kl: Uint8Array; kr: Uint8Array; cc: Uint8Array }, index: number): { kl: Uint8Array; kr: Uint8Array; cc: Uint8Array } {
  const i = new Uint8Array(4);
  new DataView(i.buffer).setUint32(0, index, true);
  const z = hmac(sha512, node.cc, concatBytes(Uint8Array.of(0), node.kl, node.kr, i));
  const c = hmac(sha512, node.cc, concatBytes(Uint8Array.of(1), node.kl, node.kr, i));
  return {
    kl: bigIntToLe32(leToBigInt(node.kl) + 8n * leToBigInt(z.slice(0, 28))),
    kr: bigIntToLe32(leToBigInt(node.kr) + leToBigInt(z.slice(32, 64))),
    cc: c.slice(32, 64),
  };
}

/**
 * The ed25519 key the Ledger Polkadot (or any Substrate) app shows for a 12- or 24-word phrase
 * (a 25th word is the BIP39 password) at a hardened path `m/44'/<slip44>'/<account>'/0'/<address>'`:
 * the derived kL used as an ed25519 seed (Zondax `hdKeyDerivation`: sha512(kL), clamped). Written
 * from the published algorithm with @noble/hashes and @noble/curves, not from util-crypto's hdLedger,
 * which is the second opinion. Returns the 32-byte seed and the public key.
 */
export function ledgerKey(phrase: string, path: string): { readonly seed: Uint8Array; readonly publicKey: Uint8Array } {
  const words = phrase.split(' ').filter((w) => w !== '');
  if (![12, 24, 25].includes(words.length)) throw new ClientError('E_PHRASE_INVALID', 'Expected a mnemonic with 24 words (or 25 including a password)');
  const mnemonic = words.slice(0, words.length === 25 ? 24 : words.length).join(' ');
  const password = words.length === 25 ? (words[24] as string) : '';
  if (!validateMnemonic(mnemonic, wordlist)) throw new ClientError('E_PHRASE_INVALID', 'Invalid mnemonic passed to ledger derivation');
  const parts = path.split('/');
  if (parts[0] !== 'm' || parts.length < 2 || !parts.slice(1).every((p) => /^\d+'?$/.test(p) && Number.parseInt(p, 10) < HARDENED)) {
    throw new ClientError('E_PATH_INVALID', 'Invalid derivation path');
  }
  let node = rootNode(mnemonic, password);
  for (const p of parts.slice(1)) node = deriveHard(node, Number.parseInt(p, 10) + HARDENED);
  return { seed: node.kl, publicKey: ed25519.getPublicKey(node.kl) };
}
