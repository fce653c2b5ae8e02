import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, hdLedger } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ss58Address } from '../address.js';
import { phraseArb } from '../arbitraries/phrase.js';
import { ledgerKey } from './ledger-key.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const hex = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}`;

/**
 * The Ledger app's keys as Zondax publishes them (Zondax/ledger-substrate-js
 * tests/key_derivation.test.ts at 093db55c: the device's derivation run on its test phrase).
 */
describe("the Ledger app's published keys (Zondax ledger-substrate-js)", () => {
  const SEED = 'equip will roof matter pink blind book anxiety banner elbow sun young';

  it.each([
    ["m/44'/354'/0'/0'/0'", 0, '0xe1b4d72d27b3e91b9b6116555b4ea17138ddc12ca7cdbab30e2e0509bd848419', '166wVhuQsKFeb7bd1faydHgVvX1bZU2rUuY7FJmWApNz2fQY'],
    ["m/44'/434'/0'/0'/0'", 2, '0xffbc10f71d63e0da1b9e7ee2eb4037466551dc32b9d4641aafd73a65970fae42', 'JMdbWK5cy3Bm4oCyhWNLQJoC4cczNgJsyk7nLZHMqFT7z7R'],
  ] as const)('%s -> %s', (path, prefix, publicKey, address) => {
    const key = ledgerKey(SEED, path);
    expect(hex(key.publicKey)).toBe(publicKey);
    expect(ss58Address(hex(key.publicKey) as `0x${string}`, 'ed25519', prefix)).toBe(address);
  });
});

/** util-crypto's own hd/ledger/index.spec.ts vectors (the 32-byte seed it derives; polkadot-js/common v14.0.3). */
describe("util-crypto's published Ledger seeds", () => {
  const MNE_0 = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
  const MNE_1 =
    'open jelly jeans corn ketchup supreme brief element armed lens vault weather original scissors rug priority vicious lesson raven spot gossip powder person volcano';
  it.each([
    [MNE_0, "m/44'/434'/0'/0'/0'", '0x98cb4e14e0e08ea876f88d728545ea7572dc07dbbe69f1731c418fb827e69d41'],
    [MNE_1, "m/44'/434'/5'/0'/7'", '0xf06730efb1e6ea59ac752a7c3620fade3909062fb88597856cc3af72045fa65a'],
    [MNE_0, "m/44'/354'/0'/0'/0'", '0xe8c68348586d53e4e8d1a864b0e4e17c75e4eb06e0c63c1432bef2ba29e69d41'],
    [`${MNE_1} testing`, "m/44'/354'/0'/0'/0'", '0x3890e8db837eba3f8f25215c753e1091062298ce671a51441e7ef89a7adc4f48'],
  ])('%s at %s', (phrase, path, seed) => {
    expect(hex(ledgerKey(phrase, path).seed)).toBe(seed);
  });
});

describe('agrees with util-crypto hdLedger (the second opinion) on generated phrases and indexes', () => {
  it('same public key', () => {
    fc.assert(
      fc.property(fc.oneof(phraseArb(12), phraseArb(24)), fc.nat(19), fc.nat(19), (phrase, account, address) => {
        const path = `m/44'/354'/${account}'/0'/${address}'`;
        expect(hex(ledgerKey(phrase, path).publicKey)).toBe(u8aToHex(hdLedger(phrase, path).publicKey));
      }),
      { numRuns: 20 },
    );
  });

  it('refuses what hdLedger refuses, with codes', () => {
    expect(() => ledgerKey('abandon abandon', "m/44'/354'/0'/0'/0'")).toThrow(expect.objectContaining({ code: 'E_PHRASE_INVALID' }));
    expect(() => ledgerKey('equip will roof matter pink blind book anxiety banner elbow sun young', "x/44'")).toThrow(
      expect.objectContaining({ code: 'E_PATH_INVALID' }),
    );
  });
});
