import { type AccountSpec, DEV_PHRASE, displayAddress, expectedPublicKey, type Hex, ss58Address } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionClient } from './extension-client.js';
import { EXTENSION_0_62_3 } from './profiles.js';

const EXTENSION_TS = 'https://github.com/polkadot-js/extension/blob/v0.62.3/packages/extension-base/src/background/handlers/Extension.ts';
const ETH_INDEX_0 = "/m/44'/60'/0'/0/0";

const spec = (over: Partial<AccountSpec>): AccountSpec => ({
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path: '',
  type: 'sr25519',
  name: 'pinned',
  password: 'own-password',
  ...over,
});

describe('pinned behaviours of extension 0.62.3', () => {
  let ext: ExtensionClient;
  beforeAll(async () => {
    ext = await EXTENSION_0_62_3.start();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  async function fresh<T>(run: (target: ExtensionClient) => Promise<T>): Promise<T> {
    const target = await EXTENSION_0_62_3.start();
    try {
      return await run(target);
    } finally {
      await target.dispose();
    }
  }

  describe(`ethereum imports only BIP44 index 0: getSuri appends ${ETH_INDEX_0} (${EXTENSION_TS})`, () => {
    it('a phrase with no path gives index 0, not the BIP32 master key', async () => {
      const ref = await ext.create(spec({ type: 'ethereum', name: 'eth0' }));
      expect(ref.identity.publicKey).toBe(expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: ETH_INDEX_0, type: 'ethereum' }));
      expect(ref.identity.publicKey).not.toBe(expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'ethereum' }));
    });

    it.each(["/m/44'/60'/0'/0/1", ETH_INDEX_0])('a phrase carrying its own path (%s) is refused: "Invalid derivation path"', async (path) => {
      // create() types index 0 the way a user does (the phrase alone), so only other paths reach the handler there.
      if (path !== ETH_INDEX_0)
        await expect(ext.create(spec({ type: 'ethereum', path }))).rejects.toMatchObject({ code: 'E_PATH_INVALID', message: 'Invalid derivation path' });
      await expect(ext.restore({ kind: 'phrase', phrase: DEV_PHRASE, path, type: 'ethereum' }, { password: 'x-password' })).rejects.toMatchObject({
        code: 'E_PATH_INVALID',
        message: 'Invalid derivation path',
      });
    });
  });

  it('after a batch restore each account opens with its own password, not the batch password (https://github.com/polkadot-js/apps/issues/6341)', async () => {
    const source = await EXTENSION_0_62_3.start();
    let batch: Awaited<ReturnType<ExtensionClient['backup']>>;
    try {
      const ref = await source.create(spec({ path: '//batch', password: 'own-password' }));
      // ExportAll.tsx: the batch password is whatever the user types; nothing checks it against the accounts.
      batch = await source.backup(ref, 'batch-json', 'batch-password');
    } finally {
      await source.dispose();
    }
    await fresh(async (target) => {
      const [restored] = await target.restore(batch, { password: 'batch-password' });
      expect(restored?.publicKey).toBe(expectedPublicKey(spec({ path: '//batch' })));
      const ref = { handle: ss58Address(restored!.publicKey, 'sr25519'), identity: restored! };
      await expect(target.backup(ref, 'json', 'batch-password')).rejects.toMatchObject({
        code: 'E_PASSWORD_WRONG',
        message: 'Unable to decode using the supplied passphrase',
      });
      await expect(target.backup(ref, 'json', 'own-password')).resolves.toMatchObject({ kind: 'json-keystore' });
    });
  });

  it(`the JSON preview shows the file's address field even when the key inside is another account's (${EXTENSION_TS} jsonGetAccountInfo -> keyring createFromJson)`, async () => {
    const alice = await ext.create(spec({ path: '//Alice', name: 'Alice', password: 'alice-password' }));
    const bob = expectedPublicKey(spec({ path: '//Bob' }));
    const exported = await ext.backup(alice, 'json', 'alice-password');
    if (exported.kind !== 'json-keystore') throw new Error('expected a keystore');
    // For comparison with apps#3717 below: an sr25519 file carries the ss58 address (prefix 42).
    expect(exported.json.address).toBe('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    const tampered = { ...exported.json, address: ss58Address(bob, 'sr25519') };

    const preview = await ext.preview(tampered);
    expect(preview).toMatchObject({ address: ss58Address(bob, 'sr25519'), name: 'Alice', type: 'sr25519' });
    // ...and the restore takes the key from the decrypted body: Alice, not the Bob the user was shown.
    const restored = await fresh((target) => target.restore({ kind: 'json-keystore', json: tampered }, { password: 'alice-password' }));
    expect(restored.map((i) => i.publicKey)).toEqual([alice.identity.publicKey]);
    expect(alice.identity.publicKey).toBe('0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d');
  });

  it.each(['ecdsa', 'ethereum'] as const)(
    'a %s JSON carries the hex compressed public key as its address, not the address the extension shows (https://github.com/polkadot-js/apps/issues/3717)',
    async (type) => {
      const ref = await ext.create(spec({ type, path: type === 'ecdsa' ? '//Alice' : '', password: 'pw-3717' }));
      const exported = await ext.backup(ref, 'json', 'pw-3717');
      if (exported.kind !== 'json-keystore') throw new Error('expected a keystore');
      const publicKey: Hex = ref.identity.publicKey;
      expect(publicKey).toMatch(/^0x0[23][0-9a-f]{64}$/);
      expect(exported.json.address).toBe(publicKey);
      expect(ref.handle).toBe(displayAddress(publicKey, type));
      expect(exported.json.address).not.toBe(ref.handle);
    },
  );
});
