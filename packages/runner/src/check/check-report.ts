import type { Comparison } from './compare-results.js';
import type { AddressOrigin } from './expect-search.js';
import type { Identification } from './identify.js';
import type { ProfileDefaults } from './phrase-addresses.js';
import type { PredictedRefusal } from './predict-refusals.js';
import type { ProfileResult } from './restore-everywhere.js';
import type { ClaimCheck } from './verify-claims.js';

/** Everything `interop check` found about one backup: plain data, no secret in it. */
export interface CheckReport {
  readonly schema: 'interop-check/v1';
  readonly file: Identification;
  /** Refusals the known divergences predict before anything is decrypted. */
  readonly warnings: readonly PredictedRefusal[];
  readonly results: readonly ProfileResult[];
  readonly comparison: Comparison;
  /** A keystore's claimed address held against the key restored from it. */
  readonly claims: readonly ClaimCheck[];
  /** For a phrase: every key each client makes from it by itself. */
  readonly phraseDefaults?: readonly ProfileDefaults[];
  /** For --expect: where that address comes from. */
  readonly expect?: { readonly address: string; readonly origins: readonly AddressOrigin[] };
  /** The ss58 prefix addresses are shown at (the --network's, else 42). */
  readonly prefix: number;
}
