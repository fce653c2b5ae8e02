import { extensionTraits } from '@interop/client-extension';
import { type AccountSpec, DEV_PHRASE } from '@interop/core';
import { describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { ETHEREUM_TYPED_PATH_REFUSED } from './records/ethereum-typed-path-refused.js';

const EXTENSION = extensionTraits('13.5.7');

/** An ethereum phrase written with its path and type, as a phrase-path-type backup carries it. */
function ctx(path: string): DivergenceContext {
  const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type: 'ethereum', name: 'n', password: 'p' };
  return {
    method: 'phrase-path-type',
    spec,
    artifact: { kind: 'phrase', phrase: DEV_PHRASE, path, type: 'ethereum' },
    sourceKey: { publicKey: '0x00', type: 'ethereum' },
    source: EXTENSION,
    target: EXTENSION,
    targetHolds: [],
  };
}

describe('ethereum-typed-path-refused: an extension-like target appends the BIP44 path itself', () => {
  it('predicts the refusal of a phrase that carries a BIP44 path, index 0 written out or another', () => {
    expect(ETHEREUM_TYPED_PATH_REFUSED.predict(ctx("/m/44'/60'/0'/0/0"))).toEqual({ kind: 'refusal', codes: ['E_PATH_INVALID'] });
    expect(ETHEREUM_TYPED_PATH_REFUSED.predict(ctx("/m/44'/60'/0'/0/3"))).toEqual({ kind: 'refusal', codes: ['E_PATH_INVALID'] });
  });

  it('covers neither a phrase without a path nor a ///password alone (the keyring takes it as a password, not a path)', () => {
    // https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/key/extractSuri.ts (RE_CAPTURE):
    // `phrase///pw/m/44'/60'/0'/0/0` has no derive part; its password is `pw/m/44'/60'/0'/0/0`.
    expect(ETHEREUM_TYPED_PATH_REFUSED.predict(ctx(''))).toBeUndefined();
    expect(ETHEREUM_TYPED_PATH_REFUSED.predict(ctx('///pw'))).toBeUndefined();
  });
});
