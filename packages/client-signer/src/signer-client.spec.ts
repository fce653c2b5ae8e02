import { DEV_PHRASE, isErrorInfo, type StartOptions } from '@interop/core';
import { encodeAddress } from '@polkadot/util-crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { factories } from './index.js';
import type { SignerIdentity } from './signer-identity.js';

// These run the built worker (dist/signer-worker.js): `pnpm exec turbo run build` first.
const clients: { dispose(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});

async function start(id: string, options?: StartOptions) {
  const factory = factories.find((f) => f.info.id === id);
  if (factory === undefined) throw new Error(`no factory ${id}`);
  const client = await factory.start(options);
  clients.push(client);
  return client;
}

describe('signer profiles', () => {
  it('registers Vault 7.2 and the legacy React Native Signer, each a node-realm profile', () => {
    expect(factories.map((f) => [f.info.id, f.info.client, f.info.version, f.info.realm])).toEqual([
      ['signer@7.2.0', 'signer', '7.2.0', 'node'],
      ['signer@4.5.3-beta', 'signer', '4.5.3-beta', 'node'],
    ]);
    const vault = factories[0]!.capabilities();
    expect(vault.restore['json-keystore'].sr25519).toMatchObject({ supported: false, reason: expect.stringMatching(/no JSON keystore/) });
    expect(vault.create.phrase.ethereum.supported).toBe(false);
    expect(vault.backup['banana-split'].sr25519.supported).toBe(true);
  });

  it('restores a phrase in a worker and keeps the fields Vault shows', async () => {
    const client = await start('signer@7.2.0', { network: 'westend' });
    const keys = (await client.restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//Alice' }, {})) as SignerIdentity[];
    expect(keys.map((k) => [k.path, k.network, k.address])).toEqual([
      // the root key (alice_sr_root) in the BareSr25519 format, prefix 1
      ['', undefined, encodeAddress('0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a', 1)],
      ['//polkadot', 'polkadot', '16Zaf6BT6xc6WeYCX6YNAf67RumWaEiumwawt7cTdKMU7HqW'],
      ['//kusama', 'kusama', 'ErGkNDDPmnaRZKxwe4VBLonyBJVmucqURFMatEJTwktsuTv'],
      ['//westend', 'westend', '5DVJWniDyUja5xnG4t5i3Rrd2Gguf1fzxPYfgZBbKcvFqk4N'],
      ['//Alice', 'westend', '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY'],
    ]);
  });

  it('carries refusals as {code, message} across the worker boundary', async () => {
    const client = await start('signer@7.2.0');
    const error = await client.restore({ kind: 'phrase', phrase: 'bottom drive obey lake' }, {}).catch((e: unknown) => e);
    expect(isErrorInfo(error) && [error.code, error.message]).toEqual([
      'E_PHRASE_INVALID',
      'invalid number of words in phrase: 4 (vault.phrase-word-count, https://github.com/maciejhirsz/tiny-bip39/blob/v1.0.0/src/mnemonic_type.rs#L54-L65)',
    ]);
  });

  it('creates, backs up as Banana Split and restores across two phones', async () => {
    const source = await start('signer@7.2.0');
    const ref = await source.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'sr25519', name: 'Alice', password: '' });
    const backup = await source.backup(ref, 'banana-split', 'excess-torch-unfold-fix');
    const target = await start('signer@7.2.0');
    if (backup.kind !== 'banana-split') throw new Error('not banana split');
    const keys = await target.restore({ kind: 'banana-split', shares: backup.shares.slice(0, 3) }, { passphrase: 'excess-torch-unfold-fix' });
    expect(keys.map((k) => k.publicKey)).toContain('0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a');
  });

  it('takes the add_specs step as a start option and as a call, and refuses ed25519 keys without it', async () => {
    const spec = { secret: { kind: 'phrase' as const, phrase: DEV_PHRASE }, path: '//Alice', type: 'ed25519' as const, name: 'Alice', password: '' };
    const fresh = await start('signer@7.2.0');
    const refused = await fresh.create(spec).catch((e: unknown) => e);
    expect(isErrorInfo(refused) && refused.code).toBe('E_CLIENT_REFUSED');
    await fresh.call?.('addSpecs', { network: 'polkadot', encryption: 'ed25519' });
    // rust/constants/src/test_values.rs ed(): //Alice, Ed25519
    expect((await fresh.create(spec)).identity.publicKey).toBe('0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee');
    const setup = factories[0]!.capabilities().create.phrase.ed25519;
    if (!setup.supported || setup.setup === undefined) throw new Error('ed25519 names no setup');
    const prepared = await start('signer@7.2.0', setup.setup);
    expect((await prepared.create(spec)).identity.publicKey).toBe('0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee');
    const legacy = await start('signer@4.5.3-beta');
    expect(await legacy.call?.('addSpecs', { network: 'polkadot', encryption: 'ed25519' }).catch((e: unknown) => isErrorInfo(e) && e.code)).toBe(
      'E_UNSUPPORTED',
    );
  });

  it('runs the legacy profile with its own key list', async () => {
    const client = await start('signer@4.5.3-beta');
    const keys = await client.restore({ kind: 'phrase', phrase: DEV_PHRASE }, {});
    expect(keys.map((k) => k.type)).toEqual(['sr25519', 'sr25519', 'sr25519', 'ethereum']);
  });
});
