import { SUBWALLET_TRAITS } from '@interop/client-subwallet';
import { type AccountSpec, type Artifact, DEV_PHRASE, UTIL_CRYPTO_RULES } from '@interop/core';
import { describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { BATCH_KEY_TYPES_UNKNOWN } from './records/batch-key-types-unknown.js';
import { PHRASE_WORD_COUNT_REFUSED } from './records/phrase-word-count-refused.js';
import { RAW_SEED_READ_AS_ETHEREUM } from './records/raw-seed-read-as-ethereum.js';
import { SECRET_QR_PAIR_THIRD_FIELD } from './records/secret-qr-pair-third-field.js';
import { SECRET_QR_READ_AS_ETHEREUM } from './records/secret-qr-read-as-ethereum.js';
import { SECRET_QR_READ_AS_SR25519 } from './records/secret-qr-read-as-sr25519.js';
import { SOFT_SECRET_QR_REFUSED } from './records/soft-secret-qr-refused.js';

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

describe("SubWallet's Import by QR code (secret-qr-read-as-ethereum, secret-qr-pair-third-field)", () => {
  // ecdsa //Alice: its seed (`subkey inspect --scheme ecdsa //Alice`) and its published key (polkadot-js/common
  // v14.0.3 keyring/src/suri.spec.ts:21); as an EVM private key the seed gives the same secp256k1 key.
  const seed = '0xcb6df9de1efca7a3998a8ead4e02159d5fa99c3e0d4fd6432667390bb4726854';
  const ecdsaAlice = { publicKey: '0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1', type: 'ecdsa' } as const;
  const POLKADOT_GENESIS = '91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3';
  const VAULT = { ...POLKADOT_JS, softSecretQr: 'secret-key-64' as const };
  const APPS = { ...POLKADOT_JS, secretQrAs: 'sr25519' as const };
  const qrCtx = (payload: string, sourceKey: DivergenceContext['sourceKey'], target: DivergenceContext['target']): DivergenceContext => ({
    ...ctx({ kind: 'secret-qr', payload }, VAULT, target),
    method: 'secret-qr',
    spec: { ...spec, type: sourceKey.type },
    sourceKey,
  });
  const hardQr = `secret:${seed}:${POLKADOT_GENESIS}`;
  const softQr = `secret:0x${'ab'.repeat(64)}:${POLKADOT_GENESIS}`;

  it('a 32-byte secret in SubWallet: the EVM account of those bytes; the polkadot-js reading is not asked', () => {
    expect(SECRET_QR_READ_AS_ETHEREUM.predict(qrCtx(hardQr, ecdsaAlice, SUBWALLET_TRAITS))).toEqual({
      kind: 'keys',
      keys: [{ publicKey: ecdsaAlice.publicKey, type: 'ethereum' }],
    });
    expect(SECRET_QR_READ_AS_SR25519.predict(qrCtx(hardQr, ecdsaAlice, SUBWALLET_TRAITS))).toBeUndefined();
    expect(SECRET_QR_READ_AS_ETHEREUM.predict(qrCtx(hardQr, ecdsaAlice, APPS))).toBeUndefined();
  });

  it('a 64-byte secret in SubWallet: an sr25519 account whose public key is the third field (Vault: the genesis hash), not a refusal', () => {
    const sr = { publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d', type: 'sr25519' } as const;
    expect(SECRET_QR_PAIR_THIRD_FIELD.predict(qrCtx(softQr, sr, SUBWALLET_TRAITS))).toEqual({
      kind: 'keys',
      keys: [{ publicKey: `0x${POLKADOT_GENESIS}`, type: 'sr25519' }],
    });
    expect(SOFT_SECRET_QR_REFUSED.predict(qrCtx(softQr, sr, SUBWALLET_TRAITS))).toBeUndefined();
    expect(SOFT_SECRET_QR_REFUSED.predict(qrCtx(softQr, sr, APPS))).toEqual({
      kind: 'refusal',
      codes: ['E_CLIENT_REFUSED', 'E_PHRASE_INVALID', 'E_PATH_INVALID'],
    });
    expect(SECRET_QR_PAIR_THIRD_FIELD.predict(qrCtx(hardQr, sr, SUBWALLET_TRAITS))).toBeUndefined();
    expect(SECRET_QR_PAIR_THIRD_FIELD.predict(qrCtx(softQr, sr, APPS))).toBeUndefined();
  });
});
