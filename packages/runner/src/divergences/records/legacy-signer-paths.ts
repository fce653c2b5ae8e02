import type { AccountSpec, Artifact } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';

const LEGACY = 'https://github.com/novasamatech/parity-signer/blob/v4.5.3-beta';

/**
 * The paths of a phrase artifact: its own and those of its derivation notes, each split at `///`.
 * A note marked with a lock (Vault stores a path cut at `///` with has_pwd, never the password, and
 * its backup screen shows those: parity-signer v7.2.0 rust/db_handling/src/identities.rs L870-876,
 * interface_signer.rs L405-408) is typed with the password the user types again: the spec's
 * ///password, as the runner gives it (run-cell.ts), else the account password, as the clients
 * fall back to (legacy-instance.ts).
 */
function typedPaths(artifact: Artifact, spec: AccountSpec): { path: string; password: string | undefined }[] {
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

/** validateDerivedPath, src/utils/regex.ts:23. */
export const LEGACY_PATH = /^(\/\/?[\w\-.]+)*$/;
/** passwordRegex, src/utils/regex.ts:26. */
export const LEGACY_PASSWORD = /^[\w-]{0,1024}$/;

export const LEGACY_SIGNER_PATH_CHARS: KnownDivergence = {
  id: 'legacy-signer-path-chars',
  claim:
    "the React Native Parity Signer's Path field takes junctions of ASCII letters, digits, '_', '-' and '.' only; a path polkadot-js and Vault take (unicode, blanks, other punctuation) cannot be entered there",
  sources: [`${LEGACY}/src/utils/regex.ts#L23`, `${LEGACY}/src/screens/PathDerivation.tsx#L86`],
  scenario: 'scenarios/bugs/legacy-signer-unicode-path.json',
  predict({ artifact, spec, target }) {
    if (target.pathSyntax !== 'legacy-signer') return undefined;
    if (typedPaths(artifact, spec).every((p) => p.path === '' || LEGACY_PATH.test(p.path))) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};

export const LEGACY_SIGNER_PASSWORD_CHARS: KnownDivergence = {
  id: 'legacy-signer-password-chars',
  claim:
    "the React Native Parity Signer's derivation password field keeps only ASCII letters, digits, '_' and '-' (at most 1024): a ///password with a blank or any other character cannot be typed there",
  sources: [`${LEGACY}/src/utils/regex.ts#L26`, `${LEGACY}/src/components/PasswordInput.tsx#L35-L37`],
  scenario: 'scenarios/bugs/legacy-signer-password-with-blank.json',
  predict({ artifact, spec, target }) {
    if (target.pathSyntax !== 'legacy-signer') return undefined;
    const paths = typedPaths(artifact, spec);
    // The path rule refuses first; this one covers paths that pass it.
    if (!paths.every((p) => p.path === '' || LEGACY_PATH.test(p.path))) return undefined;
    if (paths.every((p) => p.password === undefined || LEGACY_PASSWORD.test(p.password))) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};
