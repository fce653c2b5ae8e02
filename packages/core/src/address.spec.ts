import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayAddress, ethereumAddress, jsonAddressField, publicKeyOfSs58, ss58Address } from './address.js';
import type { Hex } from './hex.js';
import { KEY_TYPES } from './key-type.js';
import { DEV_PHRASE } from './known-answers.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

beforeAll(async () => {
  await cryptoWaitReady();
});

// Public keys and addresses as published upstream, never computed here.
// polkadot-js/common packages/keyring/src/testing.ts (PAIRSSR25519 Alice) and index.spec.ts ('util').
const ALICE_SR = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
// substrate primitives/keyring/src/ed25519.rs; ss58 from polkadot-js/common keyring index.spec.ts (ed25519 'creates via a dev seed').
const ALICE_ED = '0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee';
// `subkey inspect --scheme ecdsa //Alice`; ss58 from polkadot-js/common keyring index.spec.ts (ecdsa).
const ALICE_ECDSA = '0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1';

describe('ss58Address', () => {
  it.each([
    [ALICE_SR, 'sr25519', 42, '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 'keyring testingPairs Alice'],
    [ALICE_SR, 'sr25519', 0, '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5', 'keyring index.spec.ts "re-encode an address to Polkadot live"'],
    [ALICE_SR, 'sr25519', 252, 'xw8P6urbSAronL3zZFB7dg8p7LLSgKCUFDUgjohnf1iP434ic', 'keyring index.spec.ts "2-byte encoding"'],
    [ALICE_ED, 'ed25519', 42, '5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu', 'keyring index.spec.ts ed25519 //Alice'],
    [ALICE_ECDSA, 'ecdsa', 42, '5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X', 'keyring index.spec.ts ecdsa //Alice'],
    [
      '0x02fde629668eb2bcc7d748f40a7e597f7c7b363498ff3db31f03ce4854937883ad',
      'ecdsa',
      2,
      'DHL8HKFuTTR55JzzLmkJRCAfPBbuevKaT9cXikxbEV97Ko8',
      'keyring index.spec.ts ecdsa "allows creation from JSON"',
    ],
  ] as const)('%s %s at prefix %i is %s (%s)', (publicKey, type, prefix, address, _source) => {
    expect(ss58Address(publicKey, type, prefix)).toBe(address);
  });

  it('hashes an ecdsa key with blake2-256 before encoding (keyring pair/index.ts TYPE_ADDRESS)', () => {
    // polkadot-js/common keyring index.spec.ts (ecdsa): publicKeyOne and its 32-byte address key addressKeyOne.
    const address = ss58Address('0x02c6b6c664db5ef505477bba1cf2f1789c98796b9bb5fa21abd0ac4589bed980e7', 'ecdsa');
    expect(publicKeyOfSs58(address)).toBe('0x0cfd0dd2c59a9987b9848919163931b6a42283ffd3d91e92c98b522525a7038f');
  });

  it('refuses ethereum (its address is an H160, not ss58)', () => {
    expect(() => ss58Address(ALICE_ECDSA, 'ethereum')).toThrow(TypeError);
  });

  it('round-trips any 32-byte key through publicKeyOfSs58 at any prefix', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.constantFrom('sr25519', 'ed25519') as fc.Arbitrary<'sr25519' | 'ed25519'>,
        fc.integer({ min: 0, max: 16383 }).filter((p) => p !== 46 && p !== 47),
        (bytes, type, prefix) => {
          const key = u8aToHex(bytes) as Hex;
          expect(publicKeyOfSs58(ss58Address(key, type, prefix))).toBe(key);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe('ethereumAddress / displayAddress', () => {
  it.each([
    // polkadot-js/common keyring index.spec.ts (ethereum): toJson address -> ETH_ADDRESS_ONE; JSON public key -> ETH_ADDRESS_TWO.
    ['0x0381351b1b46d2602b0992bb5d5531f9c1696b0812feb2534b6884adc47e2e1d8b', '0x31ea8795EE32D782C8ff41a5C68Dcbf0F5B27f6d'],
    ['0x03b9dc646dd71118e5f7fda681ad9eca36eb3ee96f344f582fbe7b5bcdebb13077', '0x4119b2e6c3Cb618F4f0B93ac77f9BeeC7FF02887'],
    // polkadot-js/common keyring testing.ts PAIRSETHEREUM Alith; moonbeam-foundation/moonbeam README.md (Alith).
    ['0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f', '0xf24FF3a9CF04c71Dbc94D0b566f7A27B94566cac'],
  ] as const)('%s -> %s (EIP-55 checksummed)', (publicKey, address) => {
    expect(ethereumAddress(publicKey)).toBe(address);
    expect(displayAddress(publicKey, 'ethereum')).toBe(address);
  });

  it('displayAddress is ss58 at the prefix for substrate types', () => {
    expect(displayAddress(ALICE_SR, 'sr25519')).toBe('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    expect(displayAddress(ALICE_SR, 'sr25519', 0)).toBe('15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5');
    expect(displayAddress(ALICE_ECDSA, 'ecdsa')).toBe('5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X');
  });
});

describe('jsonAddressField', () => {
  it('ecdsa and ethereum give the compressed public key hex; sr25519/ed25519 give ss58', () => {
    // polkadot-js/common keyring index.spec.ts: `json.address` of the ecdsa and ethereum toJson tests.
    const ecdsa = '0x03ddca309bd5fedd01f914d6fb76f23aa848a2a520802159215dba5085d7863619';
    const ethereum = '0x0381351b1b46d2602b0992bb5d5531f9c1696b0812feb2534b6884adc47e2e1d8b';
    expect(jsonAddressField(ecdsa, 'ecdsa')).toBe(ecdsa);
    expect(jsonAddressField(ethereum, 'ethereum')).toBe(ethereum);
    expect(jsonAddressField(ALICE_SR, 'sr25519')).toBe('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    expect(jsonAddressField(ALICE_ED, 'ed25519', 0)).toBe(ss58Address(ALICE_ED, 'ed25519', 0));
  });

  it.each(KEY_TYPES)('%s: matches the address field @polkadot/keyring toJson() writes', (type) => {
    // An unencrypted toJson() (no password: no scrypt) carries the same `address` field.
    const path = type === 'ethereum' ? "/m/44'/60'/0'/0/0" : '//Alice';
    const pair = new Keyring({ type, ss58Format: 42 }).createFromUri(`${DEV_PHRASE}${path}`);
    expect(jsonAddressField(u8aToHex(pair.publicKey) as Hex, type)).toBe(pair.toJson().address);
  });
});
