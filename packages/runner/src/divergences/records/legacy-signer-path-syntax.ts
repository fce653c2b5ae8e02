import type { KnownDivergence } from '../divergence.js';

/**
 * The React Native Signer's path rules (src/utils/suri.ts, src/utils/regex.ts at v4.5.3-beta):
 * junctions of letters, digits, '_', '-' and '.' only (validateDerivedPath), a password without
 * blanks or '/' (passwordRegex).
 */
export function legacySignerAccepts(path: string): boolean {
  const match = /^((?:\/\/?[^/]+)*)(?:\/\/\/([^\n]*))?$/u.exec(path);
  if (match === null) return false;
  return /^(\/\/?[\w\-.]+)*$/.test(match[1] ?? '') && /^[^\s/]{0,1024}$/.test(match[2] ?? '');
}

export const LEGACY_SIGNER_PATH_SYNTAX: KnownDivergence = {
  id: 'legacy-signer-path-syntax',
  claim:
    "the React Native Parity Signer accepts junctions of ASCII letters, digits, '_', '-' and '.' only, and a ///password without blanks or '/'; paths polkadot-js and Vault take (unicode junctions, a password with a space) are refused",
  sources: [
    'https://github.com/novasamatech/parity-signer/blob/v4.5.3-beta/src/utils/regex.ts',
    'https://github.com/novasamatech/parity-signer/blob/v4.5.3-beta/src/utils/suri.ts',
  ],
  scenario: 'scenarios/bugs/legacy-signer-password-with-blank.json',
  predict({ artifact, target }) {
    if (target.pathSyntax !== 'legacy-signer' || artifact.kind !== 'phrase') return undefined;
    const paths = [artifact.path ?? '', ...(artifact.derivations ?? []).map((d) => d.path)];
    if (paths.every(legacySignerAccepts)) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};
