import { SUBWALLET_TRAITS } from '@interop/client-subwallet';
import { type AccountSpec, type Artifact, DEV_PHRASE, UTIL_CRYPTO_RULES } from '@interop/core';
import { describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { BATCH_KEY_TYPES_UNKNOWN } from './records/batch-key-types-unknown.js';
import { PHRASE_WORD_COUNT_REFUSED } from './records/phrase-word-count-refused.js';
import { RAW_SEED_READ_AS_ETHEREUM } from './records/raw-seed-read-as-ethereum.js';

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

describe('raw-seed-read-as-ethereum', () => {
  // Alice's mini secret (`subkey inspect //Alice`); its sr25519 key is the published 0xd435…a27d. As an
  // EVM private key it is 0x0370…019e (0x8097c3C354652CB1EEed3E5B65fBa2576470678A), which SubWallet
  // 1.3.88 itself restored (subwallet-client.spec.ts; scenario subwallet-raw-seed-as-evm.json).
  const seed = '0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a' as const;
  const evm = { publicKey: '0x037051bed73458951b45ca6376f4096c85bf1a370da94d5336d04867cfaaad019e', type: 'ethereum' } as const;
  const alice = { publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d', type: 'sr25519' } as const;
  const seedCtx = (sourceKey: DivergenceContext['sourceKey'], target: DivergenceContext['target'], path?: string): DivergenceContext => ({
    ...ctx({ kind: 'raw-seed', seed, type: sourceKey.type, ...(path === undefined ? {} : { path }) }, POLKADOT_JS, target),
    method: 'raw-seed',
    spec: { ...spec, secret: { kind: 'seed', seed }, type: sourceKey.type, path: path ?? '' },
    sourceKey,
  });

  it("predicts the EVM account of an sr25519 seed's bytes in SubWallet, with or without a path noted", () => {
    expect(RAW_SEED_READ_AS_ETHEREUM.predict(seedCtx(alice, SUBWALLET_TRAITS))).toEqual({ kind: 'keys', keys: [evm] });
    expect(RAW_SEED_READ_AS_ETHEREUM.predict(seedCtx(alice, SUBWALLET_TRAITS, '//hard'))).toEqual({ kind: 'keys', keys: [evm] });
  });

  it('predicts nothing for the seed of that very EVM key, or for a target that keeps the type noted', () => {
    expect(RAW_SEED_READ_AS_ETHEREUM.predict(seedCtx(evm, SUBWALLET_TRAITS))).toBeUndefined();
    expect(RAW_SEED_READ_AS_ETHEREUM.predict(seedCtx(alice, POLKADOT_JS))).toBeUndefined();
  });
});
