import type { AccountSpec, Artifact } from '@interop/core';

/**
 * The paths of a phrase artifact: its own and those of its derivation notes, each split at `///`.
 * A note marked with a lock (Vault stores a path cut at `///` with has_pwd, never the password, and
 * its backup screen shows those: parity-signer v7.2.0 rust/db_handling/src/identities.rs L870-876,
 * interface_signer.rs L405-408) is typed with the password the user types again: the spec's
 * ///password, as the runner gives it (run-cell.ts), else the account password, as the clients
 * fall back to (legacy-instance.ts).
 */
export function typedPaths(artifact: Artifact, spec: AccountSpec): { path: string; password: string | undefined }[] {
  // An ethereum account's BIP44 path is not typed in the Path field (legacy-signer-ethereum-index-0).
  if (artifact.kind !== 'phrase' || artifact.type === 'ethereum') return [];
  const at = spec.path.indexOf('///');
  const retyped = at < 0 ? spec.password : spec.path.slice(at + 3);
  const split = (p: string) => {
    const cut = p.indexOf('///');
    return cut < 0 ? { path: p, password: undefined } : { path: p.slice(0, cut), password: p.slice(cut + 3) };
  };
  const notes = (artifact.derivations ?? []).map((d) => (d.hasPassword === true ? { path: d.path, password: retyped } : split(d.path)));
  return [split(artifact.path ?? ''), ...notes];
}
