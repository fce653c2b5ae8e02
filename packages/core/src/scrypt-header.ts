import { ClientError } from './client-error.js';
import type { KeystoreJson } from './keystore-json.js';

/** Scrypt parameters as a keystore's `encoded` body declares them (salt 32 | N | p | r, u32 LE). */
export interface ScryptHeader {
  readonly N: number;
  readonly p: number;
  readonly r: number;
}

/**
 * Memory above which no client accepts a file (util-crypto >= 13.5.3 refuses N > 2^20, r > 16,
 * p > 4 and then anything off its allow-list; older ones accept only N = 2^15, r = 8, p = 1).
 * Checked before any scrypt work so a hostile header costs milliseconds, never gigabytes.
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

/** Throws E_SCRYPT_PARAMS when the header asks for more than any client would ever run. */
export function assertScryptWithinCeiling(header: ScryptHeader | undefined): void {
  if (header === undefined) return;
  const { N, p, r } = header;
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > SCRYPT_CEILING.N || p < 1 || p > SCRYPT_CEILING.p || r < 1 || r > SCRYPT_CEILING.r) {
    throw new ClientError('E_SCRYPT_PARAMS', `scrypt parameters N=${N}, r=${r}, p=${p} are beyond what any client accepts (N<=2^20 power of two, r<=16, p<=4)`);
  }
}
