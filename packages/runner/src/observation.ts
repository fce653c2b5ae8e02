import { type AccountSpec, displayAddress, type ErrorInfo, type Identity, sameIdentity } from '@interop/core';

/** What one run of a cell saw. */
export type Observation =
  | { readonly kind: 'match' }
  | { readonly kind: 'mismatch'; readonly expected: string; readonly actual: string }
  /** The target refused a backup its capabilities say it reads. */
  | { readonly kind: 'refused'; readonly expected: string; readonly error: ErrorInfo }
  /** The harness or a client broke (timeout, crash, a source refusing its own UI path). */
  | { readonly kind: 'error'; readonly stage: 'create' | 'backup' | 'restore'; readonly error: ErrorInfo };

const BROKEN = new Set(['E_TIMEOUT', 'E_WORKER_CRASHED', 'E_INTERNAL']);
export function isHarnessBreak(error: ErrorInfo): boolean {
  return BROKEN.has(error.code);
}

function show(identity: Pick<Identity, 'publicKey' | 'type'>, prefix: number): string {
  return `${displayAddress(identity.publicKey, identity.type, prefix)} (${identity.type} ${identity.publicKey})`;
}

/**
 * Compares what the target holds after restore with what the spec defines. The expected key
 * is the oracle's (computed from the spec with util-crypto), so a source and a target that are
 * wrong in the same way still fail. A watch-only method must give the key without its secret.
 */
export function observeRestore(
  expected: Pick<Identity, 'publicKey' | 'type'>,
  restored: readonly Identity[],
  options: { watchOnly: boolean; prefix: number },
): Observation {
  const hit = restored.find((r) => sameIdentity(r, expected));
  if (hit && hit.hasSecret === !options.watchOnly) return { kind: 'match' };
  const actual =
    restored.length === 0
      ? 'no account restored'
      : restored.map((r) => `${show(r, options.prefix)}${r.hasSecret ? '' : ' watch-only'}${r.path ? ` path ${r.path}` : ''}`).join('; ');
  return { kind: 'mismatch', expected: `${show(expected, options.prefix)}${options.watchOnly ? ' watch-only' : ''}`, actual };
}

export function describeSpec(spec: AccountSpec): string {
  return `${spec.type} from ${spec.secret.kind}${spec.path ? ` path ${JSON.stringify(spec.path)}` : ''}`;
}
