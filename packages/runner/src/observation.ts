import { type AccountSpec, displayAddress, type ErrorInfo, type Identity, sameIdentity } from '@interop/core';
import type { Seen } from './divergences/evaluate.js';

/** What one run of a cell saw. */
export type Observation =
  /** The restore in the target, to be judged against the known divergences. */
  | { readonly kind: 'restored'; readonly seen: Seen; readonly expected: string; readonly actual: string }
  /** The source made another key than its own rules give (the oracle under the source's traits). */
  | { readonly kind: 'source-mismatch'; readonly expected: string; readonly actual: string }
  /** The harness or a client broke (timeout, crash, a source refusing its own UI path). */
  | { readonly kind: 'error'; readonly stage: 'create' | 'backup' | 'restore'; readonly error: ErrorInfo };

// One list of the codes that are no answer of the client (core/client-error.ts).
export { isHarnessBreak } from '@interop/core';

/** The address an entry stands for: a 32-byte value is an account id as it is; longer keys follow their type's rule. */
/** A watch-only entry's address, whatever key type the client files it under (the matrix and `interop check` compare these). */
export function watchAddress(identity: Pick<Identity, 'publicKey' | 'type'>): string {
  const accountId = identity.publicKey.length === 66 && identity.type !== 'ethereum';
  return displayAddress(identity.publicKey, accountId ? 'sr25519' : identity.type).toLowerCase();
}

export function show(identity: Pick<Identity, 'publicKey' | 'type'>, prefix: number): string {
  return `${displayAddress(identity.publicKey, identity.type, prefix)} (${identity.type} ${identity.publicKey})`;
}

/**
 * Compares what the target holds after restore with the key the source made (the key the user
 * had). A watch-only method must give that key's address without its secret.
 */
export function observeRestore(
  expected: Pick<Identity, 'publicKey' | 'type'>,
  restored: readonly Identity[],
  options: { watchOnly: boolean; prefix: number },
): Observation {
  // A watch-only entry is an address: clients record no real key type for it (Apps stores QR
  // addresses as ed25519 pairs), so only the public key and the missing secret count.
  // Its "public key" may be the 32-byte account id (ecdsa: blake2 of the key), so addresses are compared.
  const hit = options.watchOnly
    ? restored.find((r) => !r.hasSecret && watchAddress(r) === watchAddress(expected))
    : restored.find((r) => sameIdentity(r, expected) && r.hasSecret);
  const shown = `${show(expected, options.prefix)}${options.watchOnly ? ' watch-only' : ''}`;
  if (hit) return { kind: 'restored', seen: { kind: 'match' }, expected: shown, actual: shown };
  const actual =
    restored.length === 0
      ? 'no account restored'
      : restored.map((r) => `${show(r, options.prefix)}${r.hasSecret ? '' : ' watch-only'}${r.path ? ` path ${r.path}` : ''}`).join('; ');
  return { kind: 'restored', seen: { kind: 'mismatch', restored }, expected: shown, actual };
}

export function describeSpec(spec: AccountSpec): string {
  return `${spec.type} from ${spec.secret.kind}${spec.path ? ` path ${JSON.stringify(spec.path)}` : ''}`;
}
