import { type AccountSpec, DEV_PHRASE, expectedPublicKey, type Hex, NETWORKS } from '@interop/core';
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
  it('derives the BIP44 Ethereum account (react-native-substrate-sign 1.1.1 rust/signer/src/eth.rs:107, test_bip39_phrase)', () => {
    const phrase =
      'panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich alcohol speed nation flash devote level hobby quick inner drive ghost inside';
    const ref = new LegacyInstance().create(spec({ secret: { kind: 'phrase', phrase }, type: 'ethereum', path: BIP44 }));
    expect(ref.identity.address).toBe('0x63F9A92D8D61b48a9fFF8d58080425A3012d05C8');
    expect(ref.identity.publicKey).toBe(expectedPublicKey({ secret: { kind: 'phrase', phrase }, path: BIP44, type: 'ethereum' }));
  });

  it('derives the substrate and Ethereum accounts of its FFI tests (react-native-substrate-sign 1.1.1 rust/signer/src/lib.rs:356-482)', () => {
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

describe("the legacy Signer's Export Account, as its end-to-end tests read it (test/e2e at v4.5.3-beta)", () => {
  const phrase = 'ability cave solid soccer gloom thought response hard around minor want welcome'; // utils.ts mockSeedPhrase
  const KUSAMA = '0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe';

  it("shows the Kusama network key's Secret QR (specs/signing.spec.ts:72)", () => {
    const legacy = new LegacyInstance();
    const key = legacy.restore({ kind: 'phrase', phrase }, {}).find((k) => k.path === '//kusama')!;
    expect(key.name).toBe('Kusama root');
    const ref = legacy.create(spec({ secret: { kind: 'phrase', phrase }, path: '//kusama', genesisHash: KUSAMA, name: key.name }));
    expect(legacy.backup(ref, 'secret-qr', '')).toEqual({
      kind: 'secret-qr',
      payload: `secret:0xdf46d55a2d98695e9342b67edae6669e5c0b4e1a3895f1adf85989565b9ab827:${KUSAMA}:Kusama root`,
    });
  });

  it('shows a passworded, unnamed derivation with the password typed again (specs/passwordedAccount.spec.ts:47)', () => {
    const legacy = new LegacyInstance();
    const ref = legacy.create(spec({ secret: { kind: 'phrase', phrase }, path: '//kusama//passworded///random', genesisHash: KUSAMA, name: '' }));
    expect(legacy.backup(ref, 'secret-qr', '')).toEqual({
      kind: 'secret-qr',
      payload: `secret:0xffa534554346807099dfbf034157798cf94541b357a3fe27f37c2175594f4bf5:${KUSAMA}:passworded`,
    });
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

  it("exports a hard path's key as a Secret QR whose secret, read as an sr25519 seed, is that key", () => {
    fc.assert(
      fc.property(
        phraseArb(),
        fc.stringMatching(/^(\/\/[A-Za-z0-9][A-Za-z0-9._-]{0,7}){1,3}$/),
        fc.stringMatching(/^[A-Za-z0-9_-]{0,8}$/),
        (phrase, hard, password) => {
          const path = password === '' ? hard : `${hard}///${password}`;
          const legacy = new LegacyInstance();
          const ref = legacy.create(spec({ secret: { kind: 'phrase', phrase }, path, genesisHash: WESTEND }));
          const artifact = legacy.backup(ref, 'secret-qr', '');
          const [, seed = '', genesis, name] = artifact.kind === 'secret-qr' ? artifact.payload.split(':') : [];
          expect([genesis, name]).toEqual([WESTEND, 'legacy']);
          expect(expectedPublicKey({ secret: { kind: 'seed', seed: seed as Hex }, path: '', type: 'sr25519' })).toBe(
            expectedPublicKey(spec({ secret: { kind: 'phrase', phrase }, path })),
          );
        },
      ),
      { seed: SEED, numRuns: 20 },
    );
  });

  it.each([
    ['the root key', spec({})],
    ['a soft junction', spec({ path: '//kusama/0' })],
    ['a soft junction under a hard one', spec({ path: '//a//b/c' })],
    ['the Ethereum account', spec({ type: 'ethereum', path: BIP44 })],
  ])('offers no Secret QR export for %s', (_name, s) => {
    const legacy = new LegacyInstance();
    const ref = legacy.create(s);
    expect(refusal(() => legacy.backup(ref, 'secret-qr', '')).code).toBe('E_UNSUPPORTED');
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
