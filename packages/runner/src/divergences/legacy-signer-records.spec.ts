import { type AccountSpec, type Artifact, DEV_PHRASE, UTIL_CRYPTO_RULES } from '@interop/core';
import { describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { LEGACY_SIGNER_PASSWORD_CHARS } from './records/legacy-signer-paths.js';

const VAULT = { derivation: UTIL_CRYPTO_RULES, phraseDefaults: [], pathSyntax: 'vault-reg-path' as const };
const LEGACY = { derivation: UTIL_CRYPTO_RULES, phraseDefaults: [], pathSyntax: 'legacy-signer' as const };

/** Vault's backup screen for a key made with `path`: the path without its password, a lock when it had one. */
function vaultBackup(path: string, password = 'account pw'): DivergenceContext {
  const at = path.indexOf('///');
  const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type: 'sr25519', name: 'n', password };
  const note = at < 0 ? { path, network: 'polkadot' } : { path: path.slice(0, at), network: 'polkadot', hasPassword: true };
  const artifact: Artifact = { kind: 'phrase', phrase: DEV_PHRASE, derivations: [note] };
  return { method: 'phrase-path-type', spec, artifact, sourceKey: { publicKey: '0x00', type: 'sr25519' }, source: VAULT, target: LEGACY, targetHolds: [] };
}

// The legacy Signer's password field keeps [\w-] only (v4.5.3-beta src/utils/regex.ts#L26): a lock
// on Vault's backup screen means the user types that password again there.
describe('legacy-signer-password-chars on a Vault backup whose note carries a lock', () => {
  it('predicts the refusal when the password typed again has a character the field drops', () => {
    expect(LEGACY_SIGNER_PASSWORD_CHARS.predict(vaultBackup('//polkadot///!'))).toEqual({ kind: 'refusal', codes: ['E_PATH_INVALID'] });
    expect(LEGACY_SIGNER_PASSWORD_CHARS.predict(vaultBackup('///pass word'))).toEqual({ kind: 'refusal', codes: ['E_PATH_INVALID'] });
  });

  it('predicts nothing when the password can be typed, or when no note has a lock', () => {
    expect(LEGACY_SIGNER_PASSWORD_CHARS.predict(vaultBackup('//polkadot///pass_word-1'))).toBeUndefined();
    expect(LEGACY_SIGNER_PASSWORD_CHARS.predict(vaultBackup('//polkadot', 'ünïcødé account password'))).toBeUndefined();
  });
});
