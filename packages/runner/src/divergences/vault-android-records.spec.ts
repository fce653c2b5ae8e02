import { VAULT_PROFILE } from '@interop/client-signer';
import { type AccountSpec, type Artifact, DEV_PHRASE, UTIL_CRYPTO_RULES } from '@interop/core';
import { describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { VAULT_ANDROID_PATH_CHARS } from './records/vault-android-path-chars.js';

const EXTENSION = { derivation: UTIL_CRYPTO_RULES, phraseDefaults: [], pathSyntax: 'suri' as const };
const VAULT = VAULT_PROFILE.info.traits;

/** A phrase-path-type backup of a key made at `path` by a polkadot-js client, restored in `target`. */
function restoreOf(path: string, target = VAULT): DivergenceContext {
  const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type: 'sr25519', name: 'n', password: 'account pw' };
  const artifact: Artifact = { kind: 'phrase', phrase: DEV_PHRASE, path, type: 'sr25519' };
  return { method: 'phrase-path-type', spec, artifact, sourceKey: { publicKey: '0x00', type: 'sr25519' }, source: EXTENSION, target, targetHolds: [] };
}

// https://github.com/novasamatech/parity-signer/blob/v7.2.0/android/src/main/java/io/parity/signer/screens/createderivation/DerivationCreateViewModel.kt#L101
describe('vault-android-path-chars: what Vault on Android cannot derive again', () => {
  it('predicts the refusal of a blank in the path or the ///password, and of U+2028 in the password', () => {
    for (const path of ['//polkadot///my password', '//a b', '///pass\u2028word', '//x///\r']) {
      expect(VAULT_ANDROID_PATH_CHARS.predict(restoreOf(path)), JSON.stringify(path)).toEqual({ kind: 'refusal', codes: ['E_PATH_INVALID'] });
    }
  });

  it('predicts nothing for a path Android takes, or for a target without the screen', () => {
    expect(VAULT_ANDROID_PATH_CHARS.predict(restoreOf('//polkadot///pass_word'))).toBeUndefined();
    expect(VAULT_ANDROID_PATH_CHARS.predict(restoreOf('//日本/0x00'))).toBeUndefined();
    expect(VAULT_ANDROID_PATH_CHARS.predict(restoreOf('//polkadot///my password', EXTENSION))).toBeUndefined();
  });
});
