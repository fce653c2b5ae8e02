import { DEV_PHRASE } from '@interop/core';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, keyExtractPath, keyFromPath, mnemonicToMiniSecret, sr25519DeriveHard, sr25519PairFromSeed } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { spCoreJunctions } from './sp-core-junctions.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

beforeAll(async () => {
  await cryptoWaitReady();
});
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

  // Where Vault (sp-core) and polkadot-js (util-crypto key/DeriveJunction.ts) disagree. The
  // expected chain codes are written out by hand from the two rules of sp-core's
  // DeriveJunction::from (vault.junction-encoding): Rust's u64 parser takes digits with an optional
  // leading '+' up to 2^64 - 1 (std `u64::from_str`), giving 8 little-endian bytes; any other text
  // is SCALE-encoded, a compact length (4 × length for fewer than 64 bytes) then the UTF-8 bytes;
  // both zero-padded to 32 bytes.
  const ascii = (text: string): string => Buffer.from(text, 'utf8').toString('hex');
  const padded = (hex: string): string => `0x${hex.padEnd(64, '0')}`;
  it.each([
    ['//0x00', padded(`10${ascii('0x00')}`), 'text "0x00" (4 bytes) in sp-core; util-crypto reads one raw byte 0x00'],
    [
      '//18446744073709551616',
      padded(`50${ascii('18446744073709551616')}`),
      '2^64 does not fit a u64: text (20 bytes) in sp-core; a 256-bit number in util-crypto',
    ],
    ['//+5', padded('05'), "'+5' is the number 5 in sp-core; text in util-crypto"],
    ['//e\u0301', padded(`0c${ascii('e\u0301')}`), 'decomposed é as typed (3 bytes) in sp-core; util-crypto normalises the suri to NFC first'],
  ])('reads %s as %s (%s), and util-crypto does not', (path, chainCode) => {
    expect(codes(path)).toEqual([[true, chainCode]]);
    expect(polkadotJs(path.normalize('NFC'))).not.toEqual([[true, chainCode]]);
  });

  it("derives Vault's key for //+5 as util-crypto derives //5, and //0x1234 as the SCALE text (the dev phrase's keys)", () => {
    const root = sr25519PairFromSeed(mnemonicToMiniSecret(DEV_PHRASE));
    const fromChainCode = (hex: string) => u8aToHex(sr25519DeriveHard(root, hexToU8a(hex)).publicKey);
    const vault = (path: string) => u8aToHex(keyFromPath(root, spCoreJunctions(path), 'sr25519').publicKey);
    expect(vault('//+5')).toBe(u8aToHex(keyFromPath(root, keyExtractPath('//5').path, 'sr25519').publicKey));
    expect(vault('//0x1234')).toBe(fromChainCode(padded(`18${ascii('0x1234')}`)));
  });
});
