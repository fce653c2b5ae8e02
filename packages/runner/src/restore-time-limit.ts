import { type Artifact, type KeystoreJson, readScryptHeader, withinScryptCeiling } from '@interop/core/vocabulary';

/** What one restore may take before it counts as hung, apart from its scrypt work. */
export const RESTORE_BASE_LIMIT_MS = 120_000;

/**
 * Time allowed per unit of scrypt work: one evaluation at util-crypto's default N=2^17, r=8, p=1
 * (128 MiB), which takes about 1.3 s in wasm on this project's 2-core machine when idle; a
 * factor of about 8 leaves room for a loaded machine and a slower one.
 */
export const PER_SCRYPT_UNIT_MS = 10_000;

const UNIT = 2 ** 17 * 8;

/** One keystore's scrypt work in units: decrypting it and writing it again (a restore re-encrypts with the client's own parameters). */
function keystoreUnits(json: Pick<KeystoreJson, 'encoded' | 'encoding'>): number {
  let header: ReturnType<typeof readScryptHeader>;
  try {
    header = readScryptHeader(json);
  } catch {
    return 1; // too short to hold a header: refused before any scrypt, but the re-encrypt is counted
  }
  if (header === undefined) return 1;
  // Beyond the ceiling nothing runs: every client refuses it first.
  return (withinScryptCeiling(header) ? (header.N * header.r * header.p) / UNIT : 0) + 1;
}

/** The scrypt work a backup holds, in units of one N=2^17 evaluation. */
export function scryptUnitsOf(artifact: Artifact): number {
  switch (artifact.kind) {
    case 'json-keystore':
      return keystoreUnits(artifact.json);
    case 'export-all':
      return artifact.json.reduce((sum, json) => sum + (typeof json === 'object' && json !== null && 'encoding' in json ? keystoreUnits(json) : 0), 0);
    case 'batch-json':
      // The batch password opens the file; each account inside is kept as stored, and counted in case a client re-encrypts it.
      return keystoreUnits(artifact.json) + (Array.isArray(artifact.json.accounts) ? artifact.json.accounts.length : 0);
    case 'banana-split':
      return 2 ** 15 / 2 ** 17; // Vault's key: scrypt N=2^15, r=8, p=1
    default:
      return 1; // a phrase, seed or QR import encrypts the one new account
  }
}

/**
 * The time limit of one restore: it grows with the work the backup holds (accounts × scrypt cost
 * from each header), so a valid export-all of a thousand accounts restores, while a hung client
 * still ends in bounded time.
 */
export function restoreTimeLimitMs(artifact: Artifact): number {
  return RESTORE_BASE_LIMIT_MS + Math.ceil(scryptUnitsOf(artifact) * PER_SCRYPT_UNIT_MS);
}
