import { u8aToHex } from '@polkadot/util';
import { keyExtractPath } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spCoreJunctions } from './sp-core-junctions.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const codes = (path: string) => spCoreJunctions(path).map((j) => [j.isHard, u8aToHex(j.chainCode)]);
const polkadotJs = (path: string) => keyExtractPath(path).path.map((j) => [j.isHard, u8aToHex(j.chainCode)]);

describe('junction chain codes as sp-core computes them (primitives/core/src/crypto.rs DeriveJunction::from)', () => {
  it('encodes a number that fits u64 as 8 little-endian bytes and text as a SCALE string', () => {
    expect(codes('//1/x')).toEqual([
      [true, `0x01${'00'.repeat(31)}`],
      [false, `0x0478${'00'.repeat(30)}`], // compact length 1 (0x04) + 'x'
    ]);
    // 18446744073709551615 = u64::MAX
    expect(codes('//18446744073709551615')).toEqual([[true, `0x${'ff'.repeat(8)}${'00'.repeat(24)}`]]);
  });

  it('agrees with util-crypto for plain text and numbers below 2^64', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.boolean(), fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,40}$/), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String))),
          { maxLength: 4 },
        ),
        (parts) => {
          const path = parts.map(([hard, text]) => `${hard ? '//' : '/'}${text}`).join('');
          expect(codes(path)).toEqual(polkadotJs(path));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  // Where Vault (sp-core) and polkadot-js (util-crypto key/DeriveJunction.ts) disagree: the same
  // path gives two different keys. util-crypto reads `0x…` as raw bytes and any digit run as a
  // 256-bit number; Rust's `str::parse::<u64>` takes a leading '+' and stops at 2^64 - 1.
  it.each([
    ['//0x00', 'hex text: a SCALE string in sp-core, one raw byte in util-crypto'],
    ['//18446744073709551616', '2^64: a SCALE string in sp-core, a 256-bit number in util-crypto'],
    ['//+5', "'+5': the number 5 in sp-core, a string in util-crypto"],
  ])('diverges from util-crypto on %s (%s)', (path) => {
    expect(codes(path)).not.toEqual(polkadotJs(path));
  });
});
