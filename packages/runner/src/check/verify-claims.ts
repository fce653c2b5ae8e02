import { displayAddress } from '@interop/core';
import type { Comparison } from './compare-results.js';
import { claimNamesKey, type Identification } from './identify.js';

/** A keystore's claimed address held against the key the clients found inside. */
export interface ClaimCheck {
  readonly claimed: string;
  /** The address of the key most profiles restored. */
  readonly restored: string;
  readonly matches: boolean;
}

/**
 * For a single-account keystore: whether its `address` field names the key inside. Nothing
 * checks it on restore (the extension's preview even shows it), so a tampered or mistyped file
 * previews one address and restores another.
 */
export function verifyClaims(file: Identification, comparison: Comparison): ClaimCheck[] {
  const claimed = file.kind === 'json-keystore' ? file.accounts[0]?.claimed : undefined;
  const key = comparison.reference?.identities[0];
  if (claimed === undefined || key === undefined) return [];
  return [{ claimed, restored: displayAddress(key.publicKey, key.type), matches: claimNamesKey(claimed, key.publicKey, key.type) }];
}
