import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, mnemonicToMiniSecret } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountSpec } from '../account-spec.js';
import { displayAddress } from '../address.js';
import { DEV_PHRASE } from '../known-answers.js';
import { utilCryptoPublicKey } from '../util-crypto-key.js';
import { HDKD_RULES, SP_CORE_RULES, UTIL_CRYPTO_RULES } from './derivation-rules.js';
import { expectedPublicKey } from './expected-key.js';
import { hdkdChainCode } from './hdkd-chain-code.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const dev = (path: string, type: AccountSpec['type'] = 'sr25519') => ({ secret: { kind: 'phrase', phrase: DEV_PHRASE } as const, path, type });
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe("hdkd-helpers' own published tests (polkadot-labs/hdkd hdkd-helpers-v0.0.30 src/createChainCode.test.ts)", () => {
  it('"Alice" is SCALE text; "0" is the number 0', () => {
    expect(hex(hdkdChainCode('Alice'))).toBe('14416c6963650000000000000000000000000000000000000000000000000000');
    expect(hdkdChainCode('0')).toEqual(new Uint8Array(32));
  });
});

/**
 * subkey's answers that hdkd's repository checks its derive functions against
 * (polkadot-labs/hdkd hdkd-v0.0.28 packages/hdkd/test/subkey-inspect-test-cases.json): on paths
 * every rule set reads alike, the hdkd rules give sp-core's keys.
 */
describe("hdkd rules on hdkd's published subkey vectors", () => {
  it.each([
    ['', 'sr25519', '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a'],
    ['//Alice', 'sr25519', '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d'],
    ['//Alice///password', 'sr25519', '0x32fc18294f88e02ec071e59bb3996aa21f4519d92593dc6e01fda2921d459b23'],
    ['//Alice//0', 'sr25519', '0x4435d0e6e507975038a9fe8f6002b6a8aa6a2740de8b2e5ea193654d204ada09'],
    ['//Alice/0', 'sr25519', '0x9057db4878163172ea51d570612043a98971737bf608b544991130ac110b0801'],
    ['//Alice/foo//bar', 'sr25519', '0x964be39cf833c7575b3bd2c903c25e7da40db799457f58f04f0d050bfdd44568'],
    ['', 'ed25519', '0x345071da55e5dccefaaa440339415ef9f2663338a38f7da0df21be5ab4e055ef'],
    ['//Alice///password', 'ed25519', '0x2818a78aba524c30f6054d7bf23dd78bc2d20c4111d00f6ba56a060e97e0d8d4'],
    ['//Alice//0', 'ed25519', '0xde6c1b2cf7076546c493ada471947fbab1f100a31c680ac82ea78c46e33dd3e4'],
    ['', 'ecdsa', '0x035b26108e8b97479c547da4860d862dc08ab2c29ada449c74d5a9a58a6c46a8c4'],
    ['//Alice//0', 'ecdsa', '0x03ca2e6606a5c42b9671765ff60aaa98c3033ab0fb155f08afa884343def0857f0'],
  ] as const)('DEV%s (%s)', (path, type, publicKey) => {
    expect(expectedPublicKey(dev(path, type), HDKD_RULES)).toBe(publicKey);
  });
});

/**
 * Each hdkd junction rule pinned against util-crypto itself (the second opinion, code this
 * project did not write): a junction hdkd reads as a JavaScript number n gives util-crypto's key
 * for the junction n mod 2^32; one it reads as text, util-crypto's key for the same text.
 */
describe('hdkd junction rules, pinned by util-crypto', () => {
  it.each([
    ['0x1234', '4660'],
    ['4294967296', '0'],
    ['4294967297', '1'],
    ['18446744073709551616', '0'],
    ['-1', '4294967295'],
    ['1.9', '1'],
    ['1e3', '1000'],
    ['0b101', '5'],
    ['0o17', '15'],
    [' 7 ', '7'],
    ['+5', '5'],
    ['Infinity', '0'],
  ])('hdkd reads //%s as util-crypto reads //%s', (code, number) => {
    expect(expectedPublicKey(dev(`//${code}`), HDKD_RULES)).toBe(utilCryptoPublicKey(dev(`//${number}`)));
  });

  it.each(['Alice', 'polkadot', 'ünïcødé', '0xzz', '1_000', '12a'])('hdkd reads //%s as text, as util-crypto does', (code) => {
    expect(expectedPublicKey(dev(`//${code}`), HDKD_RULES)).toBe(utilCryptoPublicKey(dev(`//${code}`)));
  });

  it('a number below 2^32 and text are read alike by all three rule sets', () => {
    for (const path of ['//0', '//42', '//4294967295', '//Alice/soft//hard']) {
      const hdkd = expectedPublicKey(dev(path), HDKD_RULES);
      expect(hdkd).toBe(expectedPublicKey(dev(path), UTIL_CRYPTO_RULES));
      expect(hdkd).toBe(expectedPublicKey(dev(path), SP_CORE_RULES));
    }
  });

  it('where hdkd parts from both others: //0x1234 and //4294967296', () => {
    for (const path of ['//0x1234', '//4294967296']) {
      const hdkd = expectedPublicKey(dev(path), HDKD_RULES);
      expect(hdkd).not.toBe(expectedPublicKey(dev(path), UTIL_CRYPTO_RULES));
      expect(hdkd).not.toBe(expectedPublicKey(dev(path), SP_CORE_RULES));
    }
  });

  it('the dev phrase at //0x1234 is the address measured with hdkd-helpers 0.0.30 (shared/FIELD-NOTES.md)', () => {
    expect(displayAddress(expectedPublicKey(dev('//0x1234'), HDKD_RULES), 'sr25519', 42)).toBe('5Df48pS7AyknHr4w4aqU1DboBnNQ5BH9jdQjweKp28Av3Ngc');
  });

  it('junction text longer than 31 bytes does not fit its chain code: a refusal, where the others hash it', () => {
    const long = `//${'x'.repeat(32)}`;
    expect(() => expectedPublicKey(dev(long), HDKD_RULES)).toThrow(expect.objectContaining({ code: 'E_PATH_INVALID' }));
    expect(expectedPublicKey(dev(long), UTIL_CRYPTO_RULES)).toBe(utilCryptoPublicKey(dev(long)));
    expect(expectedPublicKey(dev(`//${'x'.repeat(31)}`), HDKD_RULES)).toBe(utilCryptoPublicKey(dev(`//${'x'.repeat(31)}`)));
  });
});

describe('the password is NFKD-normalised (hdkd-helpers substrateBip39.ts line 7), the path is not', () => {
  it.each([
    ['caf\u00e9', 'cafe\u0301'],
    ['\ufb01', 'fi'],
    ['\u2460', '1'],
    ['\uff21', 'A'],
  ])('password %s salts the mini-secret as %s', (typed, nfkd) => {
    // util-crypto's mnemonicToMiniSecret takes the password bytes as given (its keyring would NFC the suri first).
    const salted = (password: string) => ({
      secret: { kind: 'seed', seed: u8aToHex(mnemonicToMiniSecret(DEV_PHRASE, password)) } as const,
      path: '//a',
      type: 'sr25519' as const,
    });
    expect(expectedPublicKey(dev(`//a///${typed}`), HDKD_RULES)).toBe(utilCryptoPublicKey(salted(nfkd)));
    expect(expectedPublicKey(dev(`//a///${typed}`), HDKD_RULES)).not.toBe(utilCryptoPublicKey(dev(`//a///${typed}`)));
  });

  it('a decomposed path is derived as typed (util-crypto composes it first)', () => {
    expect(expectedPublicKey(dev('//u\u0308ber'), HDKD_RULES)).toBe(expectedPublicKey(dev('//u\u0308ber'), SP_CORE_RULES));
    expect(expectedPublicKey(dev('//u\u0308ber'), HDKD_RULES)).not.toBe(utilCryptoPublicKey(dev('//u\u0308ber')));
  });

  it('a raw seed takes no password in any of them', () => {
    const seed = { secret: { kind: 'seed', seed: `0x${'11'.repeat(32)}` } as const, path: '//a///caf\u00e9', type: 'sr25519' as const };
    expect(expectedPublicKey(seed, HDKD_RULES)).toBe(utilCryptoPublicKey(seed));
  });
});
