import { scryptFromU8a } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import type { ScryptParams } from './client-traits.js';
import { sameScrypt, UTIL_CRYPTO_SCRYPT_READS, utilCryptoTraits } from './util-crypto-traits.js';

/** The scrypt header util-crypto writes before the ciphertext: a 32-byte salt, then N, p, r as u32 little-endian. */
function header({ N, p, r }: ScryptParams): Uint8Array {
  const bytes = new Uint8Array(44);
  const view = new DataView(bytes.buffer);
  view.setUint32(32, N, true);
  view.setUint32(36, p, true);
  view.setUint32(40, r, true);
  return bytes;
}

function reads(params: ScryptParams): boolean {
  try {
    scryptFromU8a(header(params));
    return true;
  } catch {
    return false;
  }
}

describe('utilCryptoTraits: the scrypt parameters a keystore reader accepts', () => {
  it('are exactly those util-crypto 14.0.3 itself reads (its safe limits come before its allow-list)', () => {
    const candidates: ScryptParams[] = [];
    for (let log = 10; log <= 21; log++) for (let p = 1; p <= 10; p++) for (const r of [1, 8, 16, 17]) candidates.push({ N: 1 << log, p, r });
    const accepted = candidates.filter(reads);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((q) => UTIL_CRYPTO_SCRYPT_READS.some((t) => sameScrypt(t, q)))).toBe(true);
    expect(UTIL_CRYPTO_SCRYPT_READS.every(reads)).toBe(true);
    expect(utilCryptoTraits('14.0.3').keystore?.reads).toBe(UTIL_CRYPTO_SCRYPT_READS);
  });

  it('leave out the two presets ALLOWED_PARAMS lists with p = 10 and p = 5 (refused as beyond the safe limits)', () => {
    expect(reads({ N: 1 << 13, p: 10, r: 8 })).toBe(false);
    expect(reads({ N: 1 << 14, p: 5, r: 8 })).toBe(false);
    expect(UTIL_CRYPTO_SCRYPT_READS.some((q) => q.p > 4)).toBe(false);
  });

  it('before 13.5.3 are N=2^15, r=8, p=1 only, which is also what it writes', () => {
    expect(utilCryptoTraits('13.2.1').keystore).toEqual({ writes: { N: 1 << 15, p: 1, r: 8 }, reads: [{ N: 1 << 15, p: 1, r: 8 }] });
    expect(utilCryptoTraits('13.5.3').keystore?.writes).toEqual({ N: 1 << 17, p: 1, r: 8 });
  });
});
