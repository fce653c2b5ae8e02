import { recordScrypt } from '@interop/core/rpc';
import { scrypt } from '@noble/hashes/scrypt.js';
import { sha512 } from '@noble/hashes/sha2.js';

const utf8 = new TextEncoder();

/**
 * The secretbox key of a Banana Split set: scrypt(passphrase, salt = SHA-512(title), N = 2^15,
 * r = 8, p = 1, 32 bytes) — paritytech/banana-recovery-rust src/encrypt.rs (encrypt, hash_string)
 * and src/shares.rs (recover_with_passphrase), as in paritytech/banana_split src/util/crypto.ts.
 */
export function bananaSplitKey(passphrase: string, title: string): Uint8Array {
  const started = performance.now();
  const key = scrypt(utf8.encode(passphrase), sha512(utf8.encode(title)), { N: 2 ** 15, r: 8, p: 1, dkLen: 32 });
  recordScrypt(performance.now() - started); // for `pnpm bench` (core/rpc/scrypt-census.ts)
  return key;
}
