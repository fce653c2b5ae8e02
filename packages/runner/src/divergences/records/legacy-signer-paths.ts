import type { KnownDivergence } from '../divergence.js';
import { typedPaths } from '../typed-paths.js';

const LEGACY = 'https://github.com/novasamatech/parity-signer/blob/v4.5.3-beta';

/** validateDerivedPath, src/utils/regex.ts:23. */
export const LEGACY_PATH = /^(\/\/?[\w\-.]+)*$/;
/** passwordRegex, src/utils/regex.ts:26. */
export const LEGACY_PASSWORD = /^[\w-]{0,1024}$/;

export const LEGACY_SIGNER_PATH_CHARS: KnownDivergence = {
  id: 'legacy-signer-path-chars',
  claim:
    "the React Native Parity Signer's Path field takes junctions of ASCII letters, digits, '_', '-' and '.' only; a path polkadot-js takes (unicode, blanks, other punctuation) marks the field and keeps Next disabled (only the keyboard's done key on the Display Name or password field, which skips the test, derives it)",
  sources: [`${LEGACY}/src/utils/regex.ts#L23`, `${LEGACY}/src/screens/PathDerivation.tsx#L86`, `${LEGACY}/src/screens/PathDerivation.tsx#L125-L162`],
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
