import { DEV_PHRASE, expectedPublicKey, KNOWN_ANSWERS } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseVaultPath } from './path-rules.js';
import { vaultPublicKeyQr } from './public-key-qr.js';
import { vaultExportedSecret } from './secret-export.js';
import { formatSecretQr } from './secret-qr.js';
import { vaultAddress } from './vault-address.js';
import type { VaultEncryption } from './vault-encryption.js';
import { VaultInstance } from './vault-instance.js';
import { vaultKeySet, vaultNetworkKey } from './vault-keys.js';
import { VAULT_DEFAULT_NETWORKS, VAULT_MYTHOS, type VaultNetwork } from './vault-networks.js';
import { vaultPair } from './vault-pair.js';

// Vault's own published vectors (novasamatech/parity-signer at v7.2.0) for its test phrase
// ALICE_SEED_PHRASE (rust/constants/src/lib.rs:159-160), the substrate dev phrase. The "identicon"
// helpers of rust/constants/src/test_values.rs hold the public keys of the keys they are named after.
const TEST_VALUES = 'novasamatech/parity-signer rust/constants/src/test_values.rs';

function defaultNetwork(name: string): VaultNetwork {
  const network = VAULT_DEFAULT_NETWORKS.find((n) => n.name === name);
  if (network === undefined) throw new Error(`no default network ${name}`);
  return network;
}
const VECTORS: readonly { path: string; encryption: VaultEncryption; publicKey: string; source: string }[] = [
  { path: '', encryption: 'sr25519', publicKey: '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a', source: `${TEST_VALUES} alice_sr_root` },
  { path: '//0', encryption: 'sr25519', publicKey: '0x2afba9278e30ccf6a6ceb3a8b6e336b70068f045c666f2e7f4f9cc5f47db8972', source: `${TEST_VALUES} alice_sr_0` },
  { path: '//1', encryption: 'sr25519', publicKey: '0xb606fc73f57f03cdb4c932d475ab426043e429cecc2ffff0d2672b0df8398c48', source: `${TEST_VALUES} alice_sr_1` },
  {
    path: '//polkadot',
    encryption: 'sr25519',
    publicKey: '0xf606519cb8726753885cd4d0f518804a69a5e0badf36fee70feadd8044081730',
    source: `${TEST_VALUES} alice_sr_polkadot`,
  },
  {
    path: '//kusama',
    encryption: 'sr25519',
    publicKey: '0x64a31235d4bf9b37cfed3afa8aa60754675f9c4915430454d365c05112784d05',
    source: `${TEST_VALUES} alice_sr_kusama`,
  },
  {
    path: '//westend',
    encryption: 'sr25519',
    publicKey: '0x3efeca331d646d8a2986374bb3bb8d6e9e3cfcdd7c45c2b69104fab5d61d3f34',
    source: `${TEST_VALUES} alice_sr_westend`,
  },
  {
    path: '//westend//0',
    encryption: 'sr25519',
    publicKey: '0xe655361d12f3ccca5f128187cf3f5eea052be722746e392c8b498d0d18723470',
    source: `${TEST_VALUES} alice_sr_westend_0`,
  },
  {
    path: '//Alice',
    encryption: 'sr25519',
    publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    source: `${TEST_VALUES} alice_sr_alice`,
  },
  {
    path: '//Alice/westend',
    encryption: 'sr25519',
    publicKey: '0x9cd20feb68e0535a6c1cdeead4601b652cf6af6d76baf370df26ee25adde0805',
    source: `${TEST_VALUES} alice_sr_alice_westend`,
  },
  {
    path: '//Alice/secret//secret',
    encryption: 'sr25519',
    publicKey: '0x8266a693d6872d2b6437215c198ee25cabf2e4256df9ad00e979e84b00b5235e',
    source: `${TEST_VALUES} alice_sr_alice_secret_secret`,
  },
  {
    path: '//secret///abracadabra',
    encryption: 'sr25519',
    publicKey: '0x76b68c7ad0e084b37d6a0c8c92d792f6041da5e7ff0c6c3d4a2d6b97772ad46e',
    source: `${TEST_VALUES} alice_sr_secret_abracadabra`,
  },
  {
    path: '//secret//path///multipass',
    encryption: 'sr25519',
    publicKey: '0xe83f1549880f33524079201c5c7aed839f56c73adb2f61d9b271ae2d692dfe2c',
    source: `${TEST_VALUES} alice_sr_secret_path_multipass`,
  },
  { path: '//Bob', encryption: 'sr25519', publicKey: '0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48', source: `${TEST_VALUES} bob` },
  { path: '//Alice', encryption: 'ed25519', publicKey: '0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee', source: `${TEST_VALUES} ed` },
  {
    path: '//polkadot',
    encryption: 'ethereum',
    publicKey: '0x02c08517b1ff9501d42ab480ea6fa1b9b92f0430fb07e4a9575dbb2d5ec6edb6d6',
    source: 'novasamatech/parity-signer rust/db_handling/tests/tests.rs export_alice_mythos',
  },
];

beforeAll(async () => {
  await cryptoWaitReady();
});

describe("Vault's published key vectors", () => {
  for (const v of VECTORS) {
    it(`${v.encryption} ${v.path || '(root)'} — ${v.source}`, () => {
      const key = vaultPair(DEV_PHRASE, parseVaultPath(v.path), v.encryption);
      expect(u8aToHex(key.publicKey)).toBe(v.publicKey);
      // The independent oracle agrees: these paths are in the part of the syntax where sp-core and
      // util-crypto read junctions alike.
      const type = v.encryption === 'ethereum' ? 'ecdsa' : v.encryption;
      expect(expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: v.path, type })).toBe(v.publicKey);
    });
  }

  it('matches the public keys of core KNOWN_ANSWERS (substrate keyring, polkadot-js keyring specs)', () => {
    for (const k of KNOWN_ANSWERS) {
      if (k.type === 'ethereum') continue;
      const cut = k.suri.indexOf('/');
      const phrase = cut < 0 ? k.suri : k.suri.slice(0, cut);
      const key = u8aToHex(vaultPair(phrase, parseVaultPath(cut < 0 ? '' : k.suri.slice(cut)), k.type).publicKey);
      if (k.publicKey !== undefined) expect(key, k.source).toBe(k.publicKey);
      // sr25519/ed25519 addresses are the ss58 of the key everywhere; ecdsa below.
      if (k.address !== undefined && k.type !== 'ecdsa') expect(vaultAddress(key, k.type, k.prefix).address, k.source).toBe(k.address);
    }
  });

  it("shows an ecdsa key as the ss58 of its 33 bytes, not the blake2 account id polkadot-js and subkey's 'SS58 Address' show", () => {
    const alice = KNOWN_ANSWERS.find((k) => k.type === 'ecdsa' && k.suri === `${DEV_PHRASE}//Alice`);
    expect(alice?.address).toBeDefined();
    const key = u8aToHex(vaultPair(DEV_PHRASE, parseVaultPath('//Alice'), 'ecdsa').publicKey);
    const shown = vaultAddress(key, 'ecdsa', 42).address;
    // sp-core's generic Ss58Codec encodes `ecdsa::Public`'s own 33 bytes (primitives/core/src/crypto.rs).
    expect(u8aToHex(decodeAddress(shown))).toBe(alice!.publicKey);
    expect(shown).not.toBe(alice!.address);
  });
});

describe("Vault's published addresses and QR payloads", () => {
  it('shows //polkadot at prefix 0 (rust/navigator/src/tests.rs: base58 16Zaf6BT…)', () => {
    const key = vaultNetworkKey(DEV_PHRASE, 'Alice', { path: '//polkadot' }, defaultNetwork('polkadot'));
    expect(key.address).toBe('16Zaf6BT6xc6WeYCX6YNAf67RumWaEiumwawt7cTdKMU7HqW');
  });

  it('shows a key with no network in the BareSr25519 format (rust/definitions/src/helpers.rs test_print_multisigner_address_no_network)', () => {
    const shown = vaultAddress('0x4a755d99a3cbafc1918769c292848bc87bc2e3cb3e09c17856a1c7d0c784b41c', 'sr25519');
    expect(shown.address).toBe('8UHfgCidtbdkdXABy12jG7SVtRKdxHX399eLeAsGKvUT2U6');
    // …and the same key at polkadot's prefix (helpers.rs test_print_multisigner_address_polkadot)
    expect(vaultAddress('0x4a755d99a3cbafc1918769c292848bc87bc2e3cb3e09c17856a1c7d0c784b41c', 'sr25519', 0).address).toBe(
      '12gdQgfKFbiuba7hHS81MMr1rQH2amezrCbWixXZoUKzAm3q',
    );
  });

  it('exports //Alice on westend as substrate:<ss58>:0x<genesis> (rust/db_handling/tests/tests.rs export_alice_westend)', () => {
    const network = defaultNetwork('westend');
    const key = vaultNetworkKey(DEV_PHRASE, 'Alice', { path: '//Alice' }, network);
    expect(vaultPublicKeyQr(key.publicKey, network)).toBe(
      'substrate:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY:0xe143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e',
    );
  });

  it('shows //polkadot on the Ethereum network Mythos as a lower-case keccak H160 (export_alice_mythos)', () => {
    const key = vaultNetworkKey(DEV_PHRASE, 'Alice', { path: '//polkadot' }, VAULT_MYTHOS);
    expect(key.type).toBe('ecdsa');
    expect(key.addressForm).toBe('h160');
    expect(key.address).toBe('0xe9267b732a8e9c9444e46f3d04d4610a996d682d');
    expect(vaultPublicKeyQr(key.publicKey, VAULT_MYTHOS)).toBe(
      'ethereum:0xe9267b732a8e9c9444e46f3d04d4610a996d682d:0xf6ee56e9c5277df5b4ce6ae9983ee88f3cbed27d31beeb98f9f84f997a1ab0b9',
    );
  });

  it('writes the Secret QR of //Alice on westend (rust/db_handling/tests/tests.rs test_export_secret_key; rust/qrcode_static/src/lib.rs)', () => {
    const secret = vaultExportedSecret(DEV_PHRASE, parseVaultPath('//Alice'), 'sr25519');
    expect(formatSecretQr(secret, defaultNetwork('westend').genesisHash)).toBe(
      'secret:0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a:e143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e',
    );
  });

  it('creates root + //westend for a key set on westend (rust/db_handling/tests/tests.rs test_create_key_set_generate_default_addresses)', () => {
    const keys = vaultKeySet(DEV_PHRASE, 'Alice', [defaultNetwork('westend')]);
    expect(keys.map((k) => [k.path, k.network, k.publicKey])).toEqual([
      ['', undefined, '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a'],
      ['//westend', 'westend', '0x3efeca331d646d8a2986374bb3bb8d6e9e3cfcdd7c45c2b69104fab5d61d3f34'],
    ]);
    expect(keys[0]!.genesisHash).toBeUndefined();
  });

  it("ships the three default networks with Vault's values (rust/defaults/src/lib.rs default_network_info, lines 125-182)", () => {
    expect(VAULT_DEFAULT_NETWORKS.map((n) => [n.order, n.name, n.title, n.prefix, n.pathId, n.encryption, n.genesisHash])).toEqual([
      [0, 'polkadot', 'Polkadot', 0, '//polkadot', 'sr25519', '0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3'],
      [1, 'kusama', 'Kusama', 2, '//kusama', 'sr25519', '0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe'],
      [2, 'westend', 'Westend', 42, '//westend', 'sr25519', '0xe143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e'],
    ]);
  });

  // flow_test_1 is #[ignore]d at v7.2.0 (tests.rs L757-758), so upstream CI does not run it; and the
  // root itself has no network to export in (interface_signer.rs L342): this is a key at the empty
  // path made in Westend, which has the root's public key.
  it('exports the empty-path key made in Westend as substrate:5DfhGyQd…:0x<westend> (rust/navigator/src/tests.rs flow_test_1, "Seed Key" details)', () => {
    const root = new VaultInstance().create({
      secret: { kind: 'phrase', phrase: DEV_PHRASE },
      path: '',
      type: 'sr25519',
      name: 'Alice',
      password: '',
      genesisHash: defaultNetwork('westend').genesisHash,
    });
    expect(vaultPublicKeyQr(root.identity.publicKey, defaultNetwork('westend'))).toBe(
      'substrate:5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV:0xe143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e',
    );
  });

  it('shows //Bob and //Alice/secret//secret on westend as in navigator tests (5FHneW46…, 5F1gaMEd…)', () => {
    const westend = defaultNetwork('westend');
    expect(vaultNetworkKey(DEV_PHRASE, 'Alice', { path: '//Bob' }, westend).address).toBe('5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty');
    expect(vaultNetworkKey(DEV_PHRASE, 'Alice', { path: '//Alice/secret//secret' }, westend).address).toBe('5F1gaMEdLTzoYFV6hYqX9AnZYg4bknuYE5HcVXmnKi1eSCXK');
  });

  it('lists //Alice on westend in the backup as {path, network: "westend"}, no encryption, no lock (rust/db_handling/tests/tests.rs backup_prep_alice)', () => {
    const vault = new VaultInstance();
    const alice = vault.create({
      secret: { kind: 'phrase', phrase: DEV_PHRASE },
      path: '//Alice',
      type: 'sr25519',
      name: 'Alice',
      password: '',
      genesisHash: defaultNetwork('westend').genesisHash,
    });
    const backup = vault.backup(alice, 'phrase-path-type', '');
    if (backup.kind !== 'phrase') throw new Error('not a phrase backup');
    expect(backup.derivations).toContainEqual({ path: '//Alice', network: 'westend' });
    expect(backup.derivations?.every((note) => note.type === undefined)).toBe(true);
  });

  it('keeps //Alice///password apart from //Alice and stores only has_pwd (rust/db_handling/tests/tests.rs test_validate_key_password)', () => {
    const vault = new VaultInstance();
    const spec = {
      secret: { kind: 'phrase' as const, phrase: DEV_PHRASE },
      type: 'sr25519' as const,
      name: 'Alice',
      password: '',
      genesisHash: defaultNetwork('westend').genesisHash,
    };
    const withPassword = vault.create({ ...spec, path: '//Alice///password' }).identity;
    expect([withPassword.path, withPassword.hasPassword]).toEqual(['//Alice', true]);
    expect(withPassword.publicKey).not.toBe('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
    expect(withPassword.publicKey).toBe(expectedPublicKey({ ...spec, path: '//Alice///password' }));
  });
});
