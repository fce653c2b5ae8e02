import { SUBWALLET_TRAITS } from '@interop/client-subwallet';
import { type AccountSpec, DEV_PHRASE, expectedPublicKey, UTIL_CRYPTO_RULES } from '@interop/core';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { judge } from './evaluate.js';
import { KNOWN_DIVERGENCES } from './table.js';
import { targetRequests } from './target-derivations.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const POLKADOT_JS = { derivation: UTIL_CRYPTO_RULES, phraseDefaults: [{ path: '', type: 'sr25519' as const }], pathSyntax: 'suri' as const };

function ctx(method: 'phrase' | 'phrase-path-type', path: string, type: AccountSpec['type'] = 'sr25519'): DivergenceContext {
  const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type, name: 'n', password: 'p' };
  const artifact = method === 'phrase' ? ({ kind: 'phrase', phrase: DEV_PHRASE } as const) : ({ kind: 'phrase', phrase: DEV_PHRASE, path, type } as const);
  return { method, spec, artifact, sourceKey: { publicKey: expectedPublicKey(spec), type }, source: POLKADOT_JS, target: SUBWALLET_TRAITS, targetHolds: [] };
}

/** What a words-only import restores, from the oracle (the root sr25519 key and the ethereum key at index 0). */
const defaults = () => [
  { publicKey: expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519' }), type: 'sr25519' as const, hasSecret: true },
  {
    publicKey: expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: "/m/44'/60'/0'/0/0", type: 'ethereum' }),
    type: 'ethereum' as const,
    hasSecret: true,
  },
];

describe('a words-only phrase import (SubWallet), judged as the runner judges a restore', () => {
  it('asks for its own default keys, and the keys its Derive account makes from the written path', () => {
    expect(targetRequests(ctx('phrase-path-type', '//Alice'))).toEqual([...SUBWALLET_TRAITS.phraseDefaults, { path: '//Alice', type: 'sr25519', nfc: false }]);
    expect(targetRequests(ctx('phrase-path-type', '//1'))).toEqual([
      ...SUBWALLET_TRAITS.phraseDefaults,
      { path: '//1', type: 'sr25519', nfc: false },
      { path: "/m/44'/60'/0'/0/1", type: 'ethereum' },
    ]);
    // Derive account takes two junctions at most, and no password.
    expect(targetRequests(ctx('phrase-path-type', '//Alice//stash//1'))).toEqual(SUBWALLET_TRAITS.phraseDefaults);
    expect(targetRequests(ctx('phrase-path-type', '//Alice///pw'))).toEqual(SUBWALLET_TRAITS.phraseDefaults);
  });

  it('a path Derive account takes comes back: a pass', () => {
    expect(judge({ kind: 'match' }, ctx('phrase-path-type', '//Alice'), KNOWN_DIVERGENCES)).toEqual({ kind: 'pass' });
    expect(judge({ kind: 'match' }, ctx('phrase-path-type', "/m/44'/60'/0'/0/3", 'ethereum'), KNOWN_DIVERGENCES)).toEqual({ kind: 'pass' });
  });

  it('a path of three junctions comes back as its defaults: the divergence phrase-import-takes-words-only', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', '//Alice//stash//1'), KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['phrase-import-takes-words-only'],
    });
  });

  it('an ethereum key at a BIP44 account other than 0 comes back as its defaults: Derive account refuses the path', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', "/m/44'/60'/1'/0/3", 'ethereum'), KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['phrase-import-takes-words-only'],
    });
  });

  it('a restore without the key Derive account makes is not what SubWallet does: a failure, which no record excuses', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', '//2//7'), KNOWN_DIVERGENCES)).toEqual({ kind: 'fail' });
  });

  // Derive account hands the path alone to keyExtractPath, which does not normalise (util-crypto extractPath.ts).
  it('a decomposed accent typed into Derive account is derived as typed: nfc-normalisation-differs from a source that normalises', () => {
    const nfd = '//e\u0301';
    const c = ctx('phrase-path-type', nfd);
    const asTyped = {
      publicKey: expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: nfd, type: 'sr25519' }, { ...UTIL_CRYPTO_RULES, nfc: false }),
      type: 'sr25519' as const,
      hasSecret: true,
    };
    // The scenario util-crypto-nfc-before-13.4.1.json's published figure for the dev phrase at //e + U+0301, as typed.
    expect(asTyped.publicKey).toBe('0xecb77315be3051d883e061cecb2b3caa28891a765cabd073e3aacb0a3cec054f');
    expect(judge({ kind: 'mismatch', restored: [...defaults(), asTyped] }, c, KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['nfc-normalisation-differs'],
    });
    // A source that takes the path as typed too (util-crypto before 13.4.1): the same key, a pass.
    const asTypedSource = { ...c, source: { ...c.source, derivation: { ...UTIL_CRYPTO_RULES, nfc: false } } };
    expect(judge({ kind: 'match' }, asTypedSource, KNOWN_DIVERGENCES)).toEqual({ kind: 'pass' });
  });

  it('a written ed25519 type comes back as its defaults too', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', '', 'ed25519'), KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['phrase-import-takes-words-only'],
    });
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', '//1', 'ed25519'), KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['phrase-import-takes-words-only'],
    });
  });

  it('the root key and the ethereum key at index 0 are among its defaults: a match is a pass', () => {
    expect(judge({ kind: 'match' }, ctx('phrase-path-type', ''), KNOWN_DIVERGENCES)).toEqual({ kind: 'pass' });
    expect(judge({ kind: 'match' }, ctx('phrase-path-type', "/m/44'/60'/0'/0/0", 'ethereum'), KNOWN_DIVERGENCES)).toEqual({ kind: 'pass' });
  });

  it('a phrase written alone is the phrase-alone records, not this one', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase', '//Alice'), KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['phrase-alone-loses-path'],
    });
  });
});
