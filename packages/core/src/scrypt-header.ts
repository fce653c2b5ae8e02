import { ClientError } from './client-error.js';
import type { KeystoreJson } from './keystore-json.js';

/** Scrypt parameters as a keystore's `encoded` body declares them (salt 32 | N | p | r, u32 LE). */
export interface ScryptHeader {
  readonly N: number;
  readonly p: number;
  readonly r: number;
}

/**
 * util-crypto's safe limits (v13.5.3 to v14.0.3 fromU8a.ts L31-33): above them it refuses a header
 * before any scrypt ("Scrypt parameters exceed safe limits"); older versions accept only N=2^15,
 * r=8, p=1. So no client runs scrypt beyond them, and a restore's time limit counts no work there.
 */
export const SCRYPT_CEILING = { N: 2 ** 20, p: 4, r: 16 } as const;

function readU32le(bytes: Uint8Array, offset: number): number {
  return ((bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8) | ((bytes[offset + 2] ?? 0) << 16)) + (bytes[offset + 3] ?? 0) * 2 ** 24;
}

/** Reads the header of a scrypt-encrypted keystore, or undefined when it is not scrypt-encrypted. */
export function readScryptHeader(json: Pick<KeystoreJson, 'encoded' | 'encoding'>): ScryptHeader | undefined {
  const type = Array.isArray(json.encoding.type) ? json.encoding.type : [json.encoding.type];
  if (!type.includes('scrypt')) return undefined;
  const bytes = /^0x/.test(json.encoded) ? Buffer.from(json.encoded.slice(2), 'hex') : Buffer.from(json.encoded, 'base64');
  if (bytes.length < 44) throw new ClientError('E_ENCODING', `encoded body is ${bytes.length} bytes, shorter than a scrypt header (44)`);
  return { N: readU32le(bytes, 32), p: readU32le(bytes, 36), r: readU32le(bytes, 40) };
}

/** False when util-crypto refuses the header as unsafe before any scrypt (SCRYPT_CEILING). */
export function withinScryptCeiling({ N, p, r }: ScryptHeader): boolean {
  return N <= SCRYPT_CEILING.N && p <= SCRYPT_CEILING.p && r <= SCRYPT_CEILING.r;
}
