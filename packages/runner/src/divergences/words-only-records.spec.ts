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
  it('asks for its own default keys whatever path and type the artifact carries', () => {
    expect(targetRequests(ctx('phrase-path-type', '//Alice'))).toEqual(SUBWALLET_TRAITS.phraseDefaults);
  });

  it('a phrase written with //Alice comes back as its defaults: the divergence phrase-import-takes-words-only', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', '//Alice'), KNOWN_DIVERGENCES)).toEqual({
      kind: 'diverged',
      ids: ['phrase-import-takes-words-only'],
    });
  });

  it('a written ed25519 type comes back as its defaults too', () => {
    expect(judge({ kind: 'mismatch', restored: defaults() }, ctx('phrase-path-type', '', 'ed25519'), KNOWN_DIVERGENCES)).toEqual({
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
