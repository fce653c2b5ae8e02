import type { KeystoreJson } from './keystore-json.js';

/**
 * The lengths of a scrypt-encrypted keystore body that @polkadot/keyring writes
 * (polkadot-js/common v14.0.3 packages/keyring/src/pair/encode.ts:19,29):
 * scrypt salt 32 + N,p,r 12 + nonce 24 + secretbox MAC 16 + PKCS8 (header 16, secret, divider 5,
 * public key) — secret 64 + public 32 for sr25519/ed25519 (201), secret 32 + compressed public
 * 33 for ecdsa/ethereum (170), and the 32-byte seed layout decode.ts:38-41 still reads (169).
 * A body of another length cannot decrypt with any password: secretbox fails the same way as
 * for a wrong password ("Unable to decode using the supplied passphrase",
 * util-crypto json/decryptData.ts:40-41), so the length is what tells a truncated file apart.
 */
export const KEYSTORE_BODY_LENGTHS: readonly number[] = [169, 170, 201];

function bodyBytes(encoded: string): number | undefined {
  if (/^0x[0-9a-fA-F]*$/.test(encoded)) return (encoded.length - 2) >> 1;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return undefined;
  return Buffer.from(encoded, 'base64').length;
}

/** When a scrypt-encrypted keystore's body has a length no keyring writes: the file is truncated or altered. */
export function keystoreBodyProblem(json: Pick<KeystoreJson, 'encoded' | 'encoding'>): string | undefined {
  const type = Array.isArray(json.encoding?.type) ? json.encoding.type : [json.encoding?.type];
  if (!type.includes('scrypt') || typeof json.encoded !== 'string') return undefined;
  const length = bodyBytes(json.encoded);
  if (length === undefined || KEYSTORE_BODY_LENGTHS.includes(length)) return undefined;
  return `the encoded body is ${length} bytes, and a keystore body is ${KEYSTORE_BODY_LENGTHS.join(', ')} bytes: the file is truncated or altered, whatever the password`;
}
