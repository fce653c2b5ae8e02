import { type AccountSpec, DEV_PHRASE, expectedPublicKey, NETWORKS } from '@interop/core';
import { phraseArb } from '@interop/core/arbitraries';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LegacyInstance } from './legacy-instance.js';
import { refusal } from './testing/refusal.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const WESTEND = NETWORKS.find((n) => n.name === 'westend')!.genesisHash;
const BIP44 = "/m/44'/60'/0'/0/0";

function spec(change: Partial<AccountSpec>): AccountSpec {
  return { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519', name: 'legacy', password: '', ...change };
}

beforeAll(async () => {
  await cryptoWaitReady();
});

describe("the legacy Signer's published vectors", () => {
  it('derives the BIP44 Ethereum account (rust/signer/src/eth.rs at v4.2.7-beta, test_bip39_phrase)', () => {
    const phrase =
      'panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed nation flash devote level hobby quick inner drive ghost inside';
    const ref = new LegacyInstance().create(spec({ secret: { kind: 'phrase', phrase }, type: 'ethereum', path: BIP44 }));
    expect(ref.identity.address).toBe('0x63F9A92D8D61b48a9fFF8d58080425A3012d05C8');
    expect(ref.identity.publicKey).toBe(expectedPublicKey({ secret: { kind: 'phrase', phrase }, path: BIP44, type: 'ethereum' }));
  });

  it('derives the substrate and Ethereum accounts of its FFI tests (rust/signer/src/lib.rs at v4.2.7-beta)', () => {
    const phrase = 'grant jaguar wish bench exact find voice habit tank pony state salmon';
    const legacy = new LegacyInstance();
    const secret = { kind: 'phrase' as const, phrase };
    // test_substrate_brainwallet_address, test_substrate_brainwallet_address_suri (prefix 42)
    expect(legacy.create(spec({ secret, genesisHash: WESTEND })).identity.address).toBe('5FRAPSnpgmnXAnmPVv68fT6o7ntTvaZmkTED8jDttnXs9k4n');
    expect(legacy.create(spec({ secret, path: '//hard/soft/0', genesisHash: WESTEND })).identity.address).toBe(
      '5D4kaJXj5HVoBw2tFFsDj56BjZdPhXKxgGxZuKk4K3bKqHZ6',
    );
    // test_generate_ethereum_address: "bip39:f85f35e47e976650641ecd1a644e33edccc9cab1"
    expect(legacy.create(spec({ secret, type: 'ethereum', path: BIP44 })).identity.address.toLowerCase()).toBe('0xf85f35e47e976650641ecd1a644e33edccc9cab1');
  });
});

describe('legacy restore', () => {
  it('lists //polkadot, //kusama, //westend and the BIP44 Ethereum account, with no root key', () => {
    const keys = new LegacyInstance().restore({ kind: 'phrase', phrase: DEV_PHRASE }, {});
    expect(keys.map((k) => [k.type, k.path, k.network])).toEqual([
      ['sr25519', '//polkadot', 'polkadot'],
      ['sr25519', '//kusama', 'kusama'],
      ['sr25519', '//westend', 'westend'],
      ['ethereum', BIP44, 'ethereum'],
    ]);
    // the network keys are the ones Vault derives too (same sp-core rules)
    expect(keys[1]!.address).toBe('ErGkNDDPmnaRZKxwe4VBLonyBJVmucqURFMatEJTwktsuTv');
  });

  it('adds a custom sr25519 path on kusama, its default network', () => {
    const keys = new LegacyInstance().restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//Alice' }, {});
    expect(keys.at(-1)).toMatchObject({ path: '//Alice', network: 'kusama', publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d' });
  });

  it("re-enters a Vault backup's derivation list under the legacy rules", () => {
    const backup = {
      kind: 'phrase' as const,
      phrase: DEV_PHRASE,
      derivations: [
        { path: '//Alice', network: 'westend', type: 'sr25519' as const },
        { path: '//kusama', network: 'kusama', type: 'sr25519' as const },
      ],
    };
    const keys = new LegacyInstance().restore(backup, {});
    expect(keys).toHaveLength(5);
    expect(keys.at(-1)).toMatchObject({ path: '//Alice', network: 'westend', address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY' });
    const ed = { ...backup, derivations: [{ path: '//Alice', network: 'westend', type: 'ed25519' as const }] };
    expect(refusal(() => new LegacyInstance().restore(ed, {})).code).toBe('E_UNSUPPORTED');
  });

  it.each([
    [() => new LegacyInstance().create(spec({ type: 'ed25519' })), 'E_UNSUPPORTED'],
    [() => new LegacyInstance().create(spec({ type: 'ethereum', path: "/m/44'/60'/0'/0/1" })), 'E_PATH_INVALID'],
    [() => new LegacyInstance().create(spec({ path: '//$~' })), 'E_PATH_INVALID'],
    [() => new LegacyInstance().restore({ kind: 'banana-split', shares: ['{}'] }, {}), 'E_UNSUPPORTED'],
    [() => new LegacyInstance().restore({ kind: 'phrase', phrase: 'not a bip39 phrase at all' }, {}), 'E_PHRASE_INVALID'],
  ])('refuses case %#', (run, code) => {
    expect(refusal(run).code).toBe(code);
  });

  it('has no Secret QR export', () => {
    const legacy = new LegacyInstance();
    expect(refusal(() => legacy.backup(legacy.create(spec({})), 'secret-qr', '')).code).toBe('E_UNSUPPORTED');
  });

  it('gives back the key of phrase + path + type, and the oracle agrees', () => {
    fc.assert(
      fc.property(
        phraseArb(),
        fc.constantFrom('sr25519' as const, 'ethereum' as const),
        fc.stringMatching(/^(\/\/?[A-Za-z][A-Za-z0-9]{0,7}){0,3}$/),
        (phrase, type, path) => {
          const s = spec({ secret: { kind: 'phrase', phrase }, type, path: type === 'ethereum' ? BIP44 : path });
          const legacy = new LegacyInstance();
          const ref = legacy.create(s);
          expect(ref.identity.publicKey).toBe(expectedPublicKey(s));
          const restored = new LegacyInstance().restore(legacy.backup(ref, 'phrase-path-type', ''), {});
          expect(restored.map((k) => k.publicKey)).toContain(ref.identity.publicKey);
        },
      ),
      { seed: SEED, numRuns: 20 },
    );
  });
});
