import nacl from 'tweetnacl';
import { bananaSplitKey } from './banana-split-key.js';
import { BANANA_RULES } from './banana-split-rules.js';
import { galoisField, hornerAt } from './galois-field.js';
import { refuseBy } from './rule-refusal.js';

const utf8 = new TextEncoder();

/** Vault's default split (vault-rules.ts bananaSplitShares): 4 shares, n / 2 + 1 of them required. */
export const VAULT_DEFAULT_SHARES = 4;
export function vaultRequiredShares(total: number): number {
  return Math.floor(total / 2) + 1;
}

/** Bytes from a CSPRNG; a parameter so specs can count what the writer draws. */
export type RandomBytes = (length: number) => Uint8Array;

/** The bytes the crate shares: `7 - (n + 1) % 7` zero bytes, the 0x01 marker, the sealed secret (src/encrypt.rs 89-98). */
export function padForSharing(sealed: Uint8Array): Uint8Array {
  const left = 7 - ((sealed.length + 1) % 7);
  const out = new Uint8Array(left + 1 + sealed.length);
  out[left] = 1;
  out.set(sealed, left + 1);
  return out;
}

/**
 * Splits a secret into Banana Split v1 shares exactly as Vault writes them, banana-recovery-rust
 * `encrypt` (src/encrypt.rs 23-68, called by rust/navigator/src/lib.rs banana_split_encode):
 * secretbox(secret, random 24-byte nonce, scrypt key), the padded box shared byte by byte over
 * GF(2^8) with random coefficients, each share the serde_json text
 * {"v":1,"t":title,"r":required,"d":"8" + base64(id + bytes),"n":base64 nonce}; JSON.stringify
 * escapes a string as serde_json does (only `"`, `\` and control characters).
 */
export function encodeBananaSplit(
  secret: string,
  title: string,
  passphrase: string,
  total: number,
  required: number,
  random: RandomBytes = nacl.randomBytes,
): string[] {
  if (!Number.isInteger(total) || !Number.isInteger(required) || total < 2 || total < required)
    throw refuseBy(BANANA_RULES.writerShareCount, 'E_CLIENT_REFUSED');
  if (total > 255) throw refuseBy(BANANA_RULES.writerMaxShares, 'E_CLIENT_REFUSED');
  // The crate panics on 0 (a vector of `required - 1` coefficients) and shares the bare secret for
  // 1; Vault's screen asks for n / 2 + 1 of at least 3.
  if (required < 2) throw refuseBy(BANANA_RULES.writerShareCount, 'E_CLIENT_REFUSED', 'at least 2 shares must be required (Vault asks for n / 2 + 1)');
  const nonce = random(nacl.secretbox.nonceLength);
  const padded = padForSharing(nacl.secretbox(utf8.encode(secret), nonce, bananaSplitKey(passphrase, title)));
  const field = galoisField(8);
  const shares = Array.from({ length: total }, () => new Uint8Array(padded.length));
  padded.forEach((byte, position) => {
    const polynomial = [byte, ...random(required - 1)];
    for (let x = 1; x <= total; x++) shares[x - 1]![position] = hornerAt(field, x, polynomial);
  });
  const n = Buffer.from(nonce).toString('base64');
  return shares.map((data, i) => JSON.stringify({ v: 1, t: title, r: required, d: `8${Buffer.from([i + 1, ...data]).toString('base64')}`, n }));
}
