import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoisedScrypt } from '@interop/core/rpc';
import { scrypt } from '@noble/hashes/scrypt.js';
import { sha512 } from '@noble/hashes/sha2.js';

const utf8 = new TextEncoder();

/** The scrypt implementation this realm loads, as the run's scrypt memo keys it: `@noble/hashes@<version>`. */
function nobleHashes(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve('@noble/hashes/scrypt.js')));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@noble/hashes') return `${pkg.name}@${pkg.version}`;
    } catch {
      // no package.json here: look one level up
    }
    const up = dirname(dir);
    if (up === dir) return '@noble/hashes@unknown';
    dir = up;
  }
}

const IMPLEMENTATION = nobleHashes();

/**
 * The secretbox key of a Banana Split set: scrypt(passphrase, salt = SHA-512(title), N = 2^15,
 * r = 8, p = 1, 32 bytes) — paritytech/banana-recovery-rust src/encrypt.rs (encrypt, hash_string)
 * and src/shares.rs (recover_with_passphrase), as in paritytech/banana_split src/util/crypto.ts.
 * Counted, and served from a matrix run's scrypt memo when another realm computed the same key
 * (core/rpc/scrypt-census.ts).
 */
export function bananaSplitKey(passphrase: string, title: string): Uint8Array {
  const password = utf8.encode(passphrase);
  const salt = sha512(utf8.encode(title));
  const params = { N: 2 ** 15, r: 8, p: 1, dkLen: 32 };
  return memoisedScrypt({ implementation: IMPLEMENTATION, password, salt, ...params }, () => scrypt(password, salt, params));
}
