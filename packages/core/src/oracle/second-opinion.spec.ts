import { cryptoWaitReady } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountSpecArb } from '../arbitraries/account-spec.js';
import { toErrorInfo } from '../client-error.js';
import { testSeed, withSeed } from '../testing/test-seed.js';
import { utilCryptoPublicKey } from '../util-crypto-key.js';
import { UTIL_CRYPTO_RULES } from './derivation-rules.js';
import { expectedPublicKey } from './expected-key.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

/** A run's seed: fresh each run (in the test name, so a failure replays with INTEROP_TEST_SEED), fixed when given. */
const seed = testSeed();

function outcome(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `refused ${toErrorInfo(error).code}`;
  }
}

/**
 * The oracle under util-crypto's rules and util-crypto itself (14.0.3, the workspace's) must give
 * the same key, or both refuse, for every generated spec: hostile paths, passwords, all types.
 * A disagreement is a finding about one of them, never settled by taking either side.
 */
describe(withSeed('the oracle agrees with util-crypto on generated specs', seed), () => {
  it('same key or both refuse', () => {
    fc.assert(
      fc.property(accountSpecArb(), (spec) => {
        const ours = outcome(() => expectedPublicKey(spec, UTIL_CRYPTO_RULES));
        const theirs = outcome(() => utilCryptoPublicKey(spec));
        expect(ours.startsWith('refused') ? 'refused' : ours).toBe(theirs.startsWith('refused') ? 'refused' : theirs);
      }),
      { seed, numRuns: 60 },
    );
  });
});
