import { SUBWALLET_TRAITS } from '@interop/client-subwallet';
import { type AccountSpec, type Artifact, DEV_PHRASE, UTIL_CRYPTO_RULES } from '@interop/core';
import { describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { BATCH_KEY_TYPES_UNKNOWN } from './records/batch-key-types-unknown.js';
import { PHRASE_WORD_COUNT_REFUSED } from './records/phrase-word-count-refused.js';

const POLKADOT_JS = { derivation: UTIL_CRYPTO_RULES, phraseDefaults: [], pathSyntax: 'suri' as const };
const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519', name: 'n', password: 'p' };

function ctx(artifact: Artifact, source: DivergenceContext['source'], target: DivergenceContext['target']): DivergenceContext {
  return {
    method: artifact.kind === 'batch-json' ? 'batch-json' : 'phrase',
    spec,
    artifact,
    sourceKey: { publicKey: '0x00', type: 'sr25519' },
    source,
    target,
    targetHolds: [],
  };
}

const BATCH: Artifact = {
  kind: 'batch-json',
  json: { encoded: '', encoding: { content: ['batch-pkcs8'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' }, accounts: [] },
};

describe('batch-key-types-unknown', () => {
  it("predicts the polkadot-js keyring's refusal of a SubWallet batch, which holds TON, Cardano and Bitcoin keys", () => {
    expect(BATCH_KEY_TYPES_UNKNOWN.predict(ctx(BATCH, SUBWALLET_TRAITS, POLKADOT_JS))).toEqual({ kind: 'refusal', codes: ['E_JSON_MALFORMED'] });
  });

  it('predicts nothing for the batch of an account imported from a private key (its one ethereum key)', () => {
    const fromKey = {
      ...ctx(BATCH, SUBWALLET_TRAITS, POLKADOT_JS),
      spec: { ...spec, secret: { kind: 'seed' as const, seed: `0x${'11'.repeat(32)}` as const } },
    };
    expect(BATCH_KEY_TYPES_UNKNOWN.predict(fromKey)).toBeUndefined();
  });

  it('predicts nothing when SubWallet reads it, or for a batch of a source that writes only the four types', () => {
    expect(BATCH_KEY_TYPES_UNKNOWN.predict(ctx(BATCH, SUBWALLET_TRAITS, SUBWALLET_TRAITS))).toBeUndefined();
    expect(BATCH_KEY_TYPES_UNKNOWN.predict(ctx(BATCH, POLKADOT_JS, POLKADOT_JS))).toBeUndefined();
  });
});

describe('phrase-word-count-refused', () => {
  const words = (n: number): Artifact => ({ kind: 'phrase', phrase: Array.from({ length: n }, () => 'abandon').join(' ') });

  it('predicts the refusal of 18 and 21 words in SubWallet, whose Import seed phrase has 12, 15 or 24 boxes', () => {
    for (const n of [18, 21])
      expect(PHRASE_WORD_COUNT_REFUSED.predict(ctx(words(n), POLKADOT_JS, SUBWALLET_TRAITS))).toEqual({ kind: 'refusal', codes: ['E_UNSUPPORTED'] });
  });

  it('predicts nothing for 12, 15 or 24 words, or for a target that takes every length', () => {
    for (const n of [12, 15, 24]) expect(PHRASE_WORD_COUNT_REFUSED.predict(ctx(words(n), POLKADOT_JS, SUBWALLET_TRAITS))).toBeUndefined();
    expect(PHRASE_WORD_COUNT_REFUSED.predict(ctx(words(18), POLKADOT_JS, POLKADOT_JS))).toBeUndefined();
  });
});
