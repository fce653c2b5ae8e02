import { DEV_PHRASE, expectedPublicKey, KUSAMA, POLKADOT, publicKeyOfSs58, WESTEND } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeAppsRealm } from './node-realm/node-realm.js';
import { refusal } from './testing/apps-instances.js';
import { type CreatedOnKusama, createOnKusama, startNodeRealm } from './testing/node-instances.js';

// Apps' files as their rules cite them, each at the commit it was read at (operations/apps-rules.ts).
const APPS = 'polkadot-js/apps packages/page-accounts/src/modals';
const UI_KEYRING = 'https://github.com/polkadot-js/ui/blob/v3.16.7/packages/ui-keyring/src/Keyring.ts#L295-L312';

/** Behaviours of Apps and ui-keyring 3.16.7 that shape what a backup restores into, each with its source. */
describe('pinned Apps behaviours (Node realm)', () => {
  let kusama: CreatedOnKusama;
  const open: NodeAppsRealm[] = [];
  const start = async (network: string, storage?: Readonly<Record<string, string>>) => {
    const realm = await startNodeRealm(network, storage);
    open.push(realm);
    return realm;
  };

  beforeAll(async () => {
    kusama = await createOnKusama();
  });
  afterAll(async () => {
    await Promise.all(open.map((r) => r.close()));
  });

  it(`Import replaces the file's meta.genesisHash with the connected chain's (${APPS}/Import.tsx parseFile)`, async () => {
    expect(kusama.json.meta.genesisHash).toBe(KUSAMA.genesisHash);
    const polkadot = await start('polkadot');
    const restored = await polkadot.call('importJson', JSON.stringify(kusama.json), kusama.password);
    expect(restored.genesisHash).toBe(POLKADOT.genesisHash);
    const stored = JSON.parse((await polkadot.dumpLocalStorage())[`account:${restored.publicKey}`] ?? '{}') as { meta?: { genesisHash?: string } };
    expect(stored.meta?.genesisHash).toBe(POLKADOT.genesisHash);
    await polkadot.reload();
    expect((await polkadot.call('view')).accounts.map((a) => a.publicKey)).toEqual([restored.publicKey]);
  });

  it(`Import all keeps the file's genesisHash: shown at once, hidden after the next load (${APPS}/ImportAll.tsx, https://github.com/polkadot-js/apps/issues/3722)`, async () => {
    const polkadot = await start('polkadot');
    const [restored] = await polkadot.call('importAll', { fileText: JSON.stringify([kusama.json]), password: kusama.password });
    expect(restored?.genesisHash).toBe(KUSAMA.genesisHash);
    expect((await polkadot.call('view')).accounts).toHaveLength(1);
    await polkadot.reload();
    expect((await polkadot.call('view')).accounts).toEqual([]);
    expect(Object.keys(await polkadot.dumpLocalStorage())).toContain(`account:${restored?.publicKey}`);
  });

  it("accounts whose genesisHash is another chain's are hidden, not dropped (https://github.com/polkadot-js/apps/issues/3722)", async () => {
    const polkadot = await start('polkadot', kusama.dump);
    expect((await polkadot.call('view')).accounts).toEqual([]);
    expect(await polkadot.call('warnings')).toEqual([]);
    expect(await polkadot.dumpLocalStorage()).toEqual(kusama.dump);
    const onKusama = await start('kusama', kusama.dump);
    expect((await onKusama.call('view')).accounts.map((a) => a.publicKey)).toEqual([kusama.account.publicKey]);
  });

  it(`loadAll skips a malformed entry with a console warning and leaves it in storage (${UI_KEYRING} loadAll)`, async () => {
    const notJson = `account:0x${'ab'.repeat(32)}`;
    const noMeta = `account:0x${'cd'.repeat(32)}`;
    const storage = { ...kusama.dump, [notJson]: '{"address": truncated', [noMeta]: '{"address":"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"}' };
    const realm = await start('kusama', storage);
    expect((await realm.call('view')).accounts.map((a) => a.publicKey)).toEqual([kusama.account.publicKey]);
    const warnings = await realm.call('warnings');
    expect(warnings).toHaveLength(2);
    expect(warnings.some((w) => w.startsWith(`Keyring: Unable to load ${notJson}:`))).toBe(true);
    expect(warnings.some((w) => w.startsWith(`Keyring: Unable to load ${noMeta}:`))).toBe(true);
    const dump = await realm.dumpLocalStorage();
    expect(dump[notJson]).toBe(storage[notJson]);
    expect(dump[noMeta]).toBe(storage[noMeta]);
  });

  it(`Derive: //child of an account is the oracle's key for path + //child, and ///password is refused (${APPS}/Derive.tsx)`, async () => {
    const realm = await start('kusama', kusama.dump);
    const refused = await refusal(
      realm.call('derive', { from: kusama.account.address, rootPassword: kusama.password, suri: '//x///secret', name: 'n', password: 'p' }),
    );
    expect(refused.message).toMatch(/^Password paths are not supported on keys derived from others \(apps\.derive-no-password-path, /);
    const { account, json } = await realm.call('derive', {
      from: kusama.account.address,
      rootPassword: kusama.password,
      suri: '//child',
      name: 'child',
      password: 'child-pw',
    });
    expect(account.publicKey).toBe(expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: `${kusama.path}//child`, type: 'sr25519' }));
    expect(json.meta).toMatchObject({ parentAddress: kusama.account.address, genesisHash: KUSAMA.genesisHash, name: 'child' });
  });

  describe('QR codes from Polkadot Vault (Qr.tsx, polkadot-js/ui packages/react-qr/src/ScanAddress.tsx)', () => {
    let westend: NodeAppsRealm;
    const seed = `0x${'42'.repeat(32)}` as const;
    const vaultGenesis = WESTEND.genesisHash.slice(2); // Vault writes the genesis hash without 0x

    beforeAll(async () => {
      westend = await start('westend');
    });

    it(`a Secret QR becomes an sr25519 account whatever its key type, stored with the genesis hash as written, so hidden after the next load (${APPS}/Qr.tsx)`, async () => {
      const account = await westend.call('addQr', { payload: `secret:${seed}:${vaultGenesis}`, name: 'vault key', password: 'qr-pw' });
      expect(account.type).toBe('sr25519');
      expect(account.publicKey).toBe(expectedPublicKey({ secret: { kind: 'seed', seed }, path: '', type: 'sr25519' }));
      expect(account.publicKey).not.toBe(expectedPublicKey({ secret: { kind: 'seed', seed }, path: '', type: 'ed25519' }));
      expect(account.genesisHash).toBe(vaultGenesis);
      await westend.reload();
      expect((await westend.call('view')).accounts).toEqual([]);
    });

    it('a Secret QR of a soft-derived key (64-byte secret) is refused (https://github.com/novasamatech/parity-signer/issues/2530)', async () => {
      const before = await westend.dumpLocalStorage();
      const error = await refusal(westend.call('addQr', { payload: `secret:0x${'11'.repeat(64)}:${vaultGenesis}`, name: 'soft', password: 'pw' }));
      expect(error.code).toBe('E_PHRASE_INVALID');
      expect(error.message).toBe('specified phrase is not a valid mnemonic and is invalid as a raw seed at > 32 bytes');
      expect(await westend.dumpLocalStorage()).toEqual(before);
    });

    it("a public-key QR is a watch-only external entry, stored with the keyring's default type (ui-keyring Keyring.ts addExternal)", async () => {
      const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
      const account = await westend.call('addQr', { payload: `substrate:${alice}:${WESTEND.genesisHash}`, name: 'watch' });
      expect(account).toMatchObject({ hasSecret: false, isExternal: true, group: 'qr', type: 'ed25519', genesisHash: WESTEND.genesisHash });
      expect(account.publicKey).toBe(publicKeyOfSs58(alice));
      await westend.reload();
      expect((await westend.call('view')).accounts.map((a) => a.publicKey)).toEqual([account.publicKey]);
    });

    it(`Export all writes an array (in-browser backups and QR pairs) that Import all restores (${APPS}/ExportAll.tsx, ImportAll.tsx)`, async () => {
      await westend.call('addQr', { payload: `secret:${seed}:${WESTEND.genesisHash}`, name: 'vault key', password: 'qr-pw' });
      const file = JSON.parse(await westend.call('exportAll', { password: 'qr-pw' })) as {
        address: string;
        encoded?: string;
        meta: { isExternal?: boolean };
      }[];
      expect(Array.isArray(file)).toBe(true);
      expect(file.filter((x) => x.encoded !== undefined)).toHaveLength(1);
      expect(file.filter((x) => x.meta.isExternal === true && x.encoded === undefined)).toHaveLength(1);
      const other = await start('westend');
      const restored = await other.call('importAll', { fileText: JSON.stringify(file), password: 'qr-pw' });
      expect(restored.map((a) => [a.publicKey, a.hasSecret]).sort()).toEqual(
        (await westend.call('view')).accounts.map((a) => [a.publicKey, a.hasSecret]).sort(),
      );
    });
  });
});
