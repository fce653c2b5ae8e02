import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountSpec } from '../account-spec.js';
import { displayAddress, ethereumAddress } from '../address.js';
import { ClientError } from '../client-error.js';
import { DEV_PHRASE, KNOWN_ANSWERS } from '../known-answers.js';
import { utilCryptoPublicKey } from '../util-crypto-key.js';
import { expectedPublicKey as oraclePublicKey } from './expected-key.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

/** A suri as a spec: the secret is everything before the first '/'. */
function specOf(suri: string, type: AccountSpec['type']): Pick<AccountSpec, 'secret' | 'path' | 'type'> {
  const at = suri.indexOf('/');
  const base = at < 0 ? suri : suri.slice(0, at);
  const path = at < 0 ? '' : suri.slice(at);
  return { secret: base.startsWith('0x') ? { kind: 'seed', seed: base as `0x${string}` } : { kind: 'phrase', phrase: base }, path, type };
}

/**
 * The same published vectors for both implementations: the independent oracle (the expectation
 * of every cell) and util-crypto's own keyring functions (the second opinion). Neither may
 * produce an expected value for the other.
 */
describe.each([
  ['the independent oracle', (spec: Pick<AccountSpec, 'secret' | 'path' | 'type'>) => oraclePublicKey(spec)],
  ['util-crypto (second opinion)', utilCryptoPublicKey],
] as const)('%s', (_name, expectedPublicKey) => {
  describe(' on the known-answer vectors', () => {
    it('every vector names its source and carries an address or a public key', () => {
      for (const v of KNOWN_ANSWERS) {
        expect(v.source.length).toBeGreaterThan(10);
        expect(v.address ?? v.publicKey).toBeDefined();
      }
      expect(new Set(KNOWN_ANSWERS.map((v) => v.type))).toEqual(new Set(['sr25519', 'ed25519', 'ecdsa', 'ethereum']));
    });

    it.each(KNOWN_ANSWERS.map((v) => [v.suri.replace(DEV_PHRASE, 'DEV'), v.type, v] as const))('%s (%s)', (_label, type, v) => {
      const publicKey = expectedPublicKey(specOf(v.suri, type));
      if (v.publicKey !== undefined) expect(publicKey).toBe(v.publicKey);
      if (v.address !== undefined) expect(displayAddress(publicKey, type, v.prefix)).toBe(v.address);
    });
  });

  describe(', more published vectors', () => {
    it.each([
      // polkadot-js/common packages/keyring/src/index.spec.ts
      ['seed sock milk update focus rotate barely fade car face mechanic mercy', 'ed25519', 42, '5DkQP32jP4DVJLWWBRBoZF2tpWjqFrcrTBo6H5NcSk7MxKCC'],
      ['moral movie very draw assault whisper awful rebuild speed purity repeat card', 'ed25519', 2, 'HSLu2eci2GCfWkRimjjdTXKoFSDL3rBv5Ey2JWCBj68cVZj'],
      ['moral movie very draw assault whisper awful rebuild speed purity repeat card', 'sr25519', 2, 'FSjXNRT2K1R5caeHLPD6WMrqYUpfGZB7ua8W89JFctZ1YqV'],
      [`${DEV_PHRASE}//900719925474099999`, 'sr25519', 42, '5GHj2D7RG2m2DXYwGSDpXwuuxn53G987i7p2EQVDqP4NYu4q'],
      // Private key as suri: used as it is, never derived (keyring.ts createFromUri "derived only once").
      ['0x070dc3117300011918e26b02176945cc15c3d548cf49fd8418d97f93af699e46', 'ethereum', 42, '0x31ea8795EE32D782C8ff41a5C68Dcbf0F5B27f6d'],
      // moonbeam-foundation/moonbeam README.md: Baltathar is the dev phrase at index 1.
      [`${DEV_PHRASE}/m/44'/60'/0'/0/1`, 'ethereum', 42, '0x3Cd0A705a2DC65e5b1E1205896BaA2be8A07c6e0'],
    ] as const)('%s (%s, prefix %i) -> %s', (suri, type, prefix, address) => {
      expect(displayAddress(expectedPublicKey(specOf(suri, type)), type, prefix)).toBe(address);
    });

    it.each([
      // polkadot-js/common keyring index.spec.ts: seedTwo for sr25519 and ecdsa.
      ['0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'sr25519', '0x44a996beb1eef7bdcab976ab6d2ca26104834164ecf28fb375600576fcc6eb0f'],
      ['0x3c74be003bd9a876be439949ccf2b292bd966c94959a689173b295b326cd6da7', 'ecdsa', '0x021da683b913fb28c979ba3e5f1881415cef4b1f58a5d05ed3610a2995e7b4943c'],
      [
        'potato act energy ahead stone taxi receive fame gossip equip chest round',
        'ecdsa',
        '0x02c6b6c664db5ef505477bba1cf2f1789c98796b9bb5fa21abd0ac4589bed980e7',
      ],
      // novasamatech/parity-signer rust/constants/src/test_values.rs
      [`${DEV_PHRASE}//polkadot`, 'sr25519', '0xf606519cb8726753885cd4d0f518804a69a5e0badf36fee70feadd8044081730'],
      [`${DEV_PHRASE}//kusama`, 'sr25519', '0x64a31235d4bf9b37cfed3afa8aa60754675f9c4915430454d365c05112784d05'],
      [`${DEV_PHRASE}//secret//path///multipass`, 'sr25519', '0xe83f1549880f33524079201c5c7aed839f56c73adb2f61d9b271ae2d692dfe2c'],
      [`${DEV_PHRASE}//Alice/secret//secret`, 'sr25519', '0x8266a693d6872d2b6437215c198ee25cabf2e4256df9ad00e979e84b00b5235e'],
    ] as const)('%s (%s) -> %s', (suri, type, publicKey) => {
      expect(expectedPublicKey(specOf(suri, type))).toBe(publicKey);
    });

    it("Vault's ethereum-network key: ecdsa by substrate path, shown as keccak H160 (test_values.rs alice_ethereum_polkadot)", () => {
      const key = expectedPublicKey(specOf(`${DEV_PHRASE}//polkadot`, 'ecdsa'));
      expect(ethereumAddress(key).toLowerCase()).toBe('0xe9267b732a8e9c9444e46f3d04d4610a996d682d');
    });
  });

  describe(' refuses what no client accepts', () => {
    it('a phrase of the wrong word count gives E_PHRASE_INVALID', () => {
      const spec = specOf('bottom drive obey lake curtain smoke basket hold race lonely fit', 'sr25519');
      expect(() => expectedPublicKey(spec)).toThrow(ClientError);
      expect(() => expectedPublicKey(spec)).toThrow(expect.objectContaining({ code: 'E_PHRASE_INVALID' }));
    });

    it('a path util-crypto cannot parse gives E_PATH_INVALID', () => {
      expect(() => expectedPublicKey(specOf(`${DEV_PHRASE}//`, 'sr25519'))).toThrow(expect.objectContaining({ code: 'E_PATH_INVALID' }));
    });

    it.each(['ed25519', 'ecdsa'] as const)('soft derivation for %s gives E_PATH_INVALID (util-crypto keyFromPath refuses it)', (type) => {
      expect(() => expectedPublicKey(specOf(`${DEV_PHRASE}/soft`, type))).toThrow(expect.objectContaining({ code: 'E_PATH_INVALID' }));
    });

    it('a BIP32 path hdEthereum refuses gives E_PATH_INVALID', () => {
      expect(() => expectedPublicKey(specOf(`${DEV_PHRASE}/x/44'`, 'ethereum'))).toThrow(expect.objectContaining({ code: 'E_PATH_INVALID' }));
    });
  });
});
