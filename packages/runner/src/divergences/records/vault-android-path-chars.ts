import { refusesTypedPath } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';
import { typedPaths } from '../typed-paths.js';

const ANDROID = 'https://github.com/novasamatech/parity-signer/blob/v7.2.0/android/src/main/java/io/parity/signer/screens/createderivation';

/**
 * A target whose derivation field refuses characters the source's paths may hold (typedPathRefuses):
 * every path the user would type again, the artifact's own and its derivation notes', each with its
 * ///password (typed-paths.ts). A key made elsewhere at such a path cannot be derived there again.
 */
export const VAULT_ANDROID_PATH_CHARS: KnownDivergence = {
  id: 'vault-android-path-chars',
  claim:
    "Vault's Android derive screen refuses a derivation with a blank anywhere ('The derivation path name can’t contain spaces') and a ///password holding \\r, U+0085, U+2028 or U+2029 (its java.util.regex '.' stops there), where polkadot-js takes any text after ///: a key made at such a path elsewhere is refused by Vault's Android derive screen, whose Done button stays disabled (Vault's iOS app and Rust core take both; only the keyboard's Done key, which skips the screen's check, derives it on Android)",
  sources: [
    `${ANDROID}/DerivationCreateViewModel.kt#L96-L112`,
    `${ANDROID}/DerivationPathAnalyzer.kt#L19-L23`,
    `${ANDROID}/derivationsubscreens/DerivationPathScreen.kt#L58-L119`,
  ],
  scenario: 'scenarios/bugs/vault-android-path-with-blank.json',
  predict({ artifact, spec, target }) {
    if (target.typedPathRefuses === undefined) return undefined;
    const typed = typedPaths(artifact, spec).map((p) => (p.password === undefined ? p.path : `${p.path}///${p.password}`));
    if (!typed.some((t) => refusesTypedPath(target, t))) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};
