import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountSpec } from '../account-spec.js';
import { DEV_PHRASE } from '../known-answers.js';
import { utilCryptoPublicKey } from '../util-crypto-key.js';
import { SP_CORE_RULES, UTIL_CRYPTO_RULES } from './derivation-rules.js';
import { expectedPublicKey } from './expected-key.js';
import { scaleText } from './scale.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const dev = (path: string, type: AccountSpec['type'] = 'sr25519') => ({ secret: { kind: 'phrase', phrase: DEV_PHRASE } as const, path, type });
const hex = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString('hex')}`;

/**
 * sp-core's junctions checked against util-crypto itself (the second opinion, not our port): a
 * junction sp-core reads as SCALE text gives the key util-crypto gives for those SCALE bytes
 * written as a raw `0x…` junction, and one sp-core reads as a u64 the key util-crypto gives for
 * the plain number. So each sp-core rule is pinned by code this project did not write.
 */
describe('sp-core junction rules, pinned by util-crypto', () => {
  it.each(['0x1234', '18446744073709551616', '99999999999999999999999', 'Alice', 'ünïcødé'])('sp-core reads //%s as SCALE text', (code) => {
    const viaText = utilCryptoPublicKey(dev(`//${hex(scaleText(code))}`));
    expect(expectedPublicKey(dev(`//${code}`), SP_CORE_RULES)).toBe(viaText);
  });

  it.each([
    ['+5', '5'],
    ['+0', '0'],
    ['007', '7'],
    ['18446744073709551615', '18446744073709551615'],
  ])('sp-core reads //%s as the number %s', (code, number) => {
    expect(expectedPublicKey(dev(`//${code}`), SP_CORE_RULES)).toBe(utilCryptoPublicKey(dev(`//${number}`)));
  });

  it('where the two rule sets part: 0x…, +n and numbers above 2^64-1 give other keys under util-crypto', () => {
    for (const code of ['0x1234', '+5', '18446744073709551616']) {
      expect(expectedPublicKey(dev(`//${code}`), SP_CORE_RULES)).not.toBe(expectedPublicKey(dev(`//${code}`), UTIL_CRYPTO_RULES));
    }
    // Plain text and numbers up to 2^64-1 are read alike.
    for (const code of ['Alice', '42', '18446744073709551615']) {
      expect(expectedPublicKey(dev(`//${code}`), SP_CORE_RULES)).toBe(expectedPublicKey(dev(`//${code}`), UTIL_CRYPTO_RULES));
    }
  });
});

describe('NFC normalisation (util-crypto key/extractSuri.ts, 13.4.1 on)', () => {
  const decomposed = '//u\u0308ber';
  const composed = '//\u00fcber';

  it('with nfc the decomposed path derives the composed key; without, another key', () => {
    const nfc = { ...UTIL_CRYPTO_RULES, nfc: true };
    const raw = { ...UTIL_CRYPTO_RULES, nfc: false };
    expect(expectedPublicKey(dev(decomposed), nfc)).toBe(expectedPublicKey(dev(composed), raw));
    expect(expectedPublicKey(dev(decomposed), raw)).not.toBe(expectedPublicKey(dev(composed), raw));
  });

  it('util-crypto 14 (the second opinion) normalises too', () => {
    expect(utilCryptoPublicKey(dev(decomposed))).toBe(expectedPublicKey(dev(composed), UTIL_CRYPTO_RULES));
  });

  it('the password is normalised with the rest of the suri', () => {
    const nfc = { ...UTIL_CRYPTO_RULES, nfc: true };
    expect(expectedPublicKey(dev('//a///p\u0061\u0308ss'), nfc)).toBe(expectedPublicKey(dev('//a///p\u00e4ss'), nfc));
    expect(expectedPublicKey(dev('//a///p\u0061\u0308ss'), SP_CORE_RULES)).not.toBe(expectedPublicKey(dev('//a///p\u00e4ss'), SP_CORE_RULES));
  });
});

describe('BIP39 seed rounds of ethereum keys (polkadot-js/apps#11855)', () => {
  const eth = dev("/m/44'/60'/0'/0/0", 'ethereum');

  it('2048 rounds give the published Alith key; 210000 rounds another one', () => {
    expect(expectedPublicKey(eth, UTIL_CRYPTO_RULES)).toBe('0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f');
    expect(expectedPublicKey(eth, { ...UTIL_CRYPTO_RULES, bip39SeedRounds: 210000 })).not.toBe(expectedPublicKey(eth, UTIL_CRYPTO_RULES));
  });

  it('substrate keys do not depend on it (their mini-secret is 2048 rounds over the entropy)', () => {
    expect(expectedPublicKey(dev('//Alice'), { ...UTIL_CRYPTO_RULES, bip39SeedRounds: 210000 })).toBe(expectedPublicKey(dev('//Alice')));
  });
});
