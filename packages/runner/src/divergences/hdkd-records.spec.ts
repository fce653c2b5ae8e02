import { PAPI_TRAITS } from '@interop/client-papi';
import { type AccountSpec, type ClientTraits, DEV_PHRASE, expectedPublicKey, HDKD_RULES, SP_CORE_RULES, UTIL_CRYPTO_RULES } from '@interop/core';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DivergenceContext } from './divergence.js';
import { judge } from './evaluate.js';
import { HDKD_JUNCTIONS_AS_JS_NUMBERS } from './records/hdkd-junctions-as-js-numbers.js';
import { HDKD_PASSWORD_NFKD } from './records/hdkd-password-nfkd.js';
import { JUNCTION_RULES_DIFFER } from './records/junction-rules-differ.js';
import { KNOWN_DIVERGENCES } from './table.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const POLKADOT_JS: ClientTraits = {
  derivation: UTIL_CRYPTO_RULES,
  phraseDefaults: [{ path: '', type: 'sr25519' }],
  ethereumPath: 'index-0-appended',
  pathSyntax: 'suri',
};
const VAULT: ClientTraits = { derivation: SP_CORE_RULES, phraseDefaults: [{ path: '', type: 'sr25519' }], pathSyntax: 'vault-reg-path' };

function ctx(path: string, source: ClientTraits, target: ClientTraits): DivergenceContext {
  const spec: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path, type: 'sr25519', name: 'n', password: 'p' };
  return {
    method: 'phrase-path-type',
    spec,
    artifact: { kind: 'phrase', phrase: DEV_PHRASE, path, type: 'sr25519' },
    sourceKey: { publicKey: expectedPublicKey(spec, source.derivation), type: 'sr25519' },
    targetHolds: [],
    source,
    target,
  };
}

/** What the target restores, from the oracle under the target's own rules (not from the record). */
const restored = (c: DivergenceContext) => [{ publicKey: expectedPublicKey(c.spec, c.target.derivation), type: 'sr25519' as const, hasSecret: true }];

describe("polkadot-api's records, judged as the runner judges a restore", () => {
  it.each([
    ['//0x1234', 'hdkd-junctions-as-js-numbers', POLKADOT_JS, PAPI_TRAITS],
    ['//4294967296', 'hdkd-junctions-as-js-numbers', PAPI_TRAITS, POLKADOT_JS],
    ['//0x00', 'hdkd-junctions-as-js-numbers', VAULT, PAPI_TRAITS],
    ['//Alice///caf\u00e9', 'hdkd-password-nfkd', POLKADOT_JS, PAPI_TRAITS],
    ['//Alice///cafe\u0301', 'hdkd-password-nfkd', POLKADOT_JS, PAPI_TRAITS],
    ['//Alice///\ufb01', 'hdkd-password-nfkd', PAPI_TRAITS, VAULT],
  ] as const)('%s: a mismatch is the divergence %s', (path, id, source, target) => {
    const c = ctx(path, source, target);
    const verdict = judge({ kind: 'mismatch', restored: restored(c) }, c, KNOWN_DIVERGENCES);
    expect(verdict).toEqual({ kind: 'diverged', ids: expect.arrayContaining([id]) });
  });

  it.each(['//Alice', '//42', '//4294967295', '//0', '//Alice///password'])('%s is read alike: not covered, a match is a pass', (path) => {
    for (const [source, target] of [
      [POLKADOT_JS, PAPI_TRAITS],
      [PAPI_TRAITS, VAULT],
    ] as const) {
      const c = ctx(path, source, target);
      expect(restored(c)[0]?.publicKey).toBe(c.sourceKey.publicKey);
      expect(judge({ kind: 'match' }, c, KNOWN_DIVERGENCES)).toEqual({ kind: 'pass' });
    }
  });

  it('a covered spec that comes back equal is "stopped", so a fixed hdkd turns the run red', () => {
    expect(judge({ kind: 'match' }, ctx('//0x1234', POLKADOT_JS, PAPI_TRAITS), KNOWN_DIVERGENCES)).toEqual({
      kind: 'stopped',
      ids: ['hdkd-junctions-as-js-numbers'],
    });
  });

  it('the sp-core/util-crypto record leaves hdkd pairs to the hdkd record, and still covers its own pair', () => {
    expect(JUNCTION_RULES_DIFFER.predict(ctx('//0x1234', POLKADOT_JS, PAPI_TRAITS))).toBeUndefined();
    expect(JUNCTION_RULES_DIFFER.predict(ctx('//0x1234', VAULT, POLKADOT_JS))).toBeDefined();
    expect(HDKD_JUNCTIONS_AS_JS_NUMBERS.predict(ctx('//0x1234', VAULT, POLKADOT_JS))).toBeUndefined();
  });

  it('a raw seed takes no password anywhere: the password record does not cover it', () => {
    const c = ctx('//Alice///caf\u00e9', POLKADOT_JS, PAPI_TRAITS);
    const seeded: DivergenceContext = { ...c, artifact: { kind: 'raw-seed', seed: `0x${'11'.repeat(32)}`, path: c.spec.path, type: 'sr25519' } };
    expect(HDKD_PASSWORD_NFKD.predict(seeded)).toBeUndefined();
    expect(HDKD_RULES.passwordNormalisation).toBe('NFKD');
  });
});
