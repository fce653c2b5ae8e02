import type { ClientTraits, ScryptParams } from './client-traits.js';
import type { DerivationRules } from './oracle/derivation-rules.js';

const COMMON = 'https://github.com/polkadot-js/common/blob';

/** `a < b` for dotted numeric versions. */
function below(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

const N15: ScryptParams = { N: 1 << 15, p: 1, r: 8 };
const N17: ScryptParams = { N: 1 << 17, p: 1, r: 8 };
/** util-crypto >= 13.5.3 scrypt/defaults.ts ALLOWED_PARAMS, as listed there. */
const ALLOWED_PARAMS: readonly ScryptParams[] = [
  { N: 1 << 13, p: 10, r: 8 },
  { N: 1 << 14, p: 5, r: 8 },
  { N: 1 << 15, p: 3, r: 8 },
  N15,
  { N: 1 << 16, p: 2, r: 8 },
  N17,
];

/**
 * What util-crypto >= 13.5.3 reads: fromU8a.ts (v13.5.3 to v14.0.3, L31-33) refuses N > 2^20, p > 4
 * or r > 16 ("Scrypt parameters exceed safe limits") before it looks at ALLOWED_PARAMS, so the two
 * presets with p = 10 and p = 5 are listed but never read.
 */
export const UTIL_CRYPTO_SCRYPT_READS: readonly ScryptParams[] = ALLOWED_PARAMS.filter((q) => q.N <= 1 << 20 && q.p <= 4 && q.r <= 16);

/**
 * What a given @polkadot/util-crypto release does, from its source at the release tag:
 * - NFC: key/extractSuri.ts normalises the suri from v13.4.1 (`suri.normalize('NFC')`);
 * - BIP39 seed rounds: v13.5.6 alone defaults pbkdf2Encode to 210000 rounds, which
 *   mnemonic/toLegacySeed.ts uses for ethereum keys (apps#11855; v13.5.7 reverts it);
 * - scrypt: before v13.5.3 scrypt/fromU8a.ts accepts only DEFAULT_PARAMS N=2^15, r=8, p=1 and
 *   writes them; from v13.5.3 it writes N=2^17 and accepts ALLOWED_PARAMS within its safe limits.
 */
export function utilCryptoTraits(version: string): Pick<ClientTraits, 'derivation' | 'keystore'> {
  const derivation: DerivationRules = {
    junctions: 'util-crypto',
    nfc: !below(version, '13.4.1'),
    bip39SeedRounds: version === '13.5.6' ? 210000 : 2048,
  };
  const newScrypt = !below(version, '13.5.3');
  return {
    derivation,
    keystore: newScrypt ? { writes: N17, reads: UTIL_CRYPTO_SCRYPT_READS } : { writes: N15, reads: [N15] },
  };
}

/** Where each util-crypto trait is read (see utilCryptoTraits). */
export const UTIL_CRYPTO_TRAIT_SOURCES: readonly string[] = [
  `${COMMON}/v13.4.1/packages/util-crypto/src/key/extractSuri.ts#L22`,
  `${COMMON}/v13.5.6/packages/util-crypto/src/pbkdf2/encode.ts#L18`,
  `${COMMON}/v13.5.3/packages/util-crypto/src/scrypt/fromU8a.ts`,
];

export function sameScrypt(a: ScryptParams, b: ScryptParams): boolean {
  return a.N === b.N && a.p === b.p && a.r === b.r;
}
