import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, mnemonicValidate } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { suriOf } from '../account-spec.js';
import { KEY_TYPES } from '../key-type.js';
import { NETWORKS } from '../networks.js';
import { expectedPublicKey } from '../oracle/index.js';
import { accountSpecArb, keyTypeArb } from './account-spec.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
/** Public key length per type: 32 bytes, or the 33-byte compressed secp256k1 key. */
const KEY_BYTES = { sr25519: 32, ed25519: 32, ecdsa: 33, ethereum: 33 } as const;

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('keyTypeArb', () => {
  it('gives every key type', () => {
    expect(new Set(fc.sample(keyTypeArb, { seed: SEED, numRuns: 100 }))).toEqual(new Set(KEY_TYPES));
  });
});

describe('accountSpecArb', () => {
  it('gives every key type, both secret kinds and every genesis choice', () => {
    const specs = fc.sample(accountSpecArb(), { seed: SEED, numRuns: 300 });
    expect(new Set(specs.map((s) => s.type))).toEqual(new Set(KEY_TYPES));
    expect(new Set(specs.map((s) => s.secret.kind))).toEqual(new Set(['phrase', 'seed']));
    expect(new Set(specs.map((s) => s.genesisHash))).toEqual(new Set(['', ...NETWORKS.map((n) => n.genesisHash)]));
    expect(specs.some((s) => s.path !== '')).toBe(true);
  });

  it('specs are accepted by the oracle, and the oracle agrees with @polkadot/keyring createFromUri', () => {
    fc.assert(
      fc.property(accountSpecArb(), (spec) => {
        const expected = expectedPublicKey(spec);
        expect(expected).toMatch(new RegExp(`^0x[0-9a-f]{${KEY_BYTES[spec.type] * 2}}$`));
        // Differential check against the client library: two independent routes to one key.
        const pair = new Keyring({ type: spec.type }).createFromUri(suriOf(spec), {}, spec.type);
        expect(expected).toBe(u8aToHex(pair.publicKey));
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('honours its constraints', () => {
    fc.assert(
      fc.property(
        keyTypeArb.chain((type) => fc.tuple(fc.constant(type), accountSpecArb({ type, secret: 'phrase', rootOnly: true, plainText: true }))),
        ([type, spec]) => {
          expect(spec.type).toBe(type);
          expect(spec.path).toBe('');
          expect(spec.secret.kind === 'phrase' && mnemonicValidate(spec.secret.phrase)).toBe(true);
          expect(spec.name).toMatch(/^[A-Za-z0-9]{3,12}$/);
          expect(spec.password).toMatch(/^[A-Za-z0-9]{6,12}$/);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
    fc.assert(
      fc.property(accountSpecArb({ secret: 'seed' }), (spec) => spec.secret.kind === 'seed'),
      { seed: SEED, numRuns: 50 },
    );
  });

  it('passwords are never empty; names and passwords are hostile by default', () => {
    const specs = fc.sample(accountSpecArb(), { seed: SEED, numRuns: 300 });
    expect(specs.every((s) => s.password.length > 0)).toBe(true);
    expect(specs.some((s) => /["'\\\n]/.test(s.name))).toBe(true);
    expect(specs.some((s) => /["'\\\n]/.test(s.password))).toBe(true);
  });

  // The strictest create pages: the extension popup counts `value.length` and wants 3+ for a name
  // (extension-ui partials/Name.tsx line 23) and 6+ for a password (partials/Password.tsx line 18);
  // Apps wants a name that is not blank after trim (CreateAccountInputs.tsx `!!name.trim()`).
  it('names and passwords are ones every UI accepts, down to the limits and with surrogate pairs', () => {
    const specs = fc.sample(accountSpecArb(), { seed: SEED, numRuns: 2000 });
    for (const s of specs) {
      expect(s.name.length).toBeGreaterThanOrEqual(3);
      expect(s.name.trim()).not.toBe('');
      expect(s.password.length).toBeGreaterThanOrEqual(6);
    }
    expect(specs.some((s) => s.name.length === 3)).toBe(true);
    expect(specs.some((s) => s.password.length === 6)).toBe(true);
    expect(specs.some((s) => /[\ud800-\udfff]/.test(s.password))).toBe(true);
    expect(specs.some((s) => s.name !== s.name.trim())).toBe(true);
  });
});
