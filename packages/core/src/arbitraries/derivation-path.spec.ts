import { hdValidatePath, keyExtractSuri } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEV_PHRASE } from '../known-answers.js';
import { ethereumPathArb, pathArb, substratePathArb } from './derivation-path.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

/** util-crypto's own parser: the one every polkadot-js client runs on a suri. */
function parse(path: string) {
  return keyExtractSuri(`${DEV_PHRASE}${path}`);
}

describe('substratePathArb', () => {
  for (const type of ['sr25519', 'ed25519', 'ecdsa'] as const) {
    it(`${type}: every path parses with keyExtractSuri and round-trips`, () => {
      fc.assert(
        fc.property(substratePathArb(type), (path) => {
          const { derivePath, password } = parse(path);
          // keyExtractSuri normalises to NFC first; nothing else may be lost or moved.
          expect(`${derivePath}${password === undefined ? '' : `///${password}`}`).toBe(path.normalize('NFC'));
        }),
        { seed: SEED, numRuns: 300 },
      );
    });
  }

  for (const type of ['ed25519', 'ecdsa'] as const) {
    it(`${type}: only hard junctions (util-crypto refuses soft derivation for ${type})`, () => {
      fc.assert(
        fc.property(pathArb(type), (path) => parse(path).path.every((j) => j.isHard)),
        { seed: SEED, numRuns: 300 },
      );
    });
  }

  it('sr25519: soft and hard junctions both appear', () => {
    const junctions = fc.sample(substratePathArb('sr25519'), { seed: SEED, numRuns: 300 }).flatMap((p) => parse(p).path);
    expect(junctions.filter((j) => j.isSoft).length).toBeGreaterThan(30);
    expect(junctions.filter((j) => j.isHard).length).toBeGreaterThan(30);
  });

  it('gives root paths, numeric (beyond u64), text and unicode segments, and ///password', () => {
    const paths = fc.sample(substratePathArb('sr25519'), { seed: SEED, numRuns: 500 });
    const segments = paths.flatMap((p) =>
      parse(p)
        .derivePath.split('/')
        .filter((s) => s !== ''),
    );
    expect(paths).toContain('');
    expect(segments.some((s) => /^\d+$/.test(s) && BigInt(s) > 2n ** 64n)).toBe(true);
    expect(segments.some((s) => /^\d{1,3}$/.test(s))).toBe(true);
    expect(segments.some((s) => /^[A-Za-z][A-Za-z0-9_-]*$/.test(s))).toBe(true);
    expect(segments.some((s) => /[^\u0000-\u007f]/.test(s))).toBe(true);
    expect(paths.filter((p) => parse(p).password !== undefined).length).toBeGreaterThan(10);
  });

  it('{password: false} never adds ///password', () => {
    fc.assert(
      fc.property(substratePathArb('sr25519', { password: false }), (path) => !path.includes('///') && parse(path).password === undefined),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('ethereum paths', () => {
  it('ethereumPathArb gives BIP44 paths util-crypto validates', () => {
    fc.assert(
      fc.property(ethereumPathArb, (path) => {
        expect(path).toMatch(/^\/m\/44'\/60'\/\d+'\/0\/\d+$/);
        // polkadot-js strips the leading '/' before hdEthereum (keyring.ts createFromUri: derivePath.substring(1)).
        expect(hdValidatePath(path.slice(1))).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("pathArb('ethereum') gives the master key (empty path) and BIP44 paths, never substrate junctions", () => {
    const paths = fc.sample(pathArb('ethereum'), { seed: SEED, numRuns: 200 });
    expect(paths).toContain('');
    expect(paths.some((p) => p.startsWith('/m/'))).toBe(true);
    expect(paths.every((p) => p === '' || p.startsWith("/m/44'/60'/"))).toBe(true);
  });
});
