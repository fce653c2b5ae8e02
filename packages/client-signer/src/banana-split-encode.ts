import { ClientError } from '@interop/core';
import secrets from 'secrets.js-grempe';
import nacl from 'tweetnacl';
import { bananaSplitKey } from './banana-split-key.js';

const utf8 = new TextEncoder();

/**
 * Vault's default split: 4 shares on Android, of which `n / 2 + 1` are required
 * (android/.../screens/scan/bananasplitcreate/BananaSplit.kt: defaultShards = 4, getMinShards);
 * iOS starts at 3 with the same rule (ios/.../BananaSplitModal.swift).
 */
export const VAULT_DEFAULT_SHARES = 4;
export function vaultRequiredShares(total: number): number {
  return Math.floor(total / 2) + 1;
}

/**
 * Splits a secret into Banana Split v1 shares, the format Vault writes
 * (rust/navigator/src/lib.rs banana_split_encode -> banana-recovery-rust src/encrypt.rs):
 * secretbox(secret, random 24-byte nonce, scrypt key), Shamir-shared in GF(2^8) (here secrets.js,
 * as the Banana Split web app), each share the JSON {"v":1,"t":title,"r":required,
 * "d":"8"+base64(id byte + data),"n":base64 nonce}.
 */
export function encodeBananaSplit(secret: string, title: string, passphrase: string, total: number, required: number): string[] {
  // banana-recovery-rust `share`: "Too few shares." below 2 or below the requirement; at most 255
  // in GF(2^8). secrets.js also needs a threshold of 2 or more.
  if (!Number.isInteger(total) || !Number.isInteger(required) || total < 2 || total < required) throw new ClientError('E_CLIENT_REFUSED', 'Too few shares.');
  if (total > 255) throw new ClientError('E_CLIENT_REFUSED', 'Threshold number of shares must be an integer between 2 and 2^bits-1 (255), inclusive.');
  if (required < 2) throw new ClientError('E_CLIENT_REFUSED', 'at least 2 shares must be required');
  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);
  const sealed = nacl.secretbox(utf8.encode(secret), nonce, bananaSplitKey(passphrase, title));
  const nonceText = Buffer.from(nonce).toString('base64');
  return secrets
    .share(Buffer.from(sealed).toString('hex'), total, required)
    .map((share) => JSON.stringify({ v: 1, t: title, r: required, d: `${share[0]}${Buffer.from(share.slice(1), 'hex').toString('base64')}`, n: nonceText }));
}
