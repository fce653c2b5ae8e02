import { type AccountSpec, type Artifact, ClientError, DEV_PHRASE, expectedPublicKey, type KeyType } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionAccount } from '../extension-account.js';
import type { ExtensionClient } from '../extension-client.js';
import { EXTENSION_0_62_3, EXTENSION_0_62_3_CHROMIUM } from '../profiles.js';
import { ChromiumBackgroundRealm } from './chromium-background-realm.js';

/**
 * The real MV3 extension in Chromium across its service worker's lifecycle: the worker stopped
 * between two user actions (as Chromium stops an idle one), the browser closed and opened again
 * on the same profile, and the worker stopped in the middle of a batch restore. After each, the
 * accounts must come back from chrome.storage.local exactly: count, addresses and public keys (the
 * oracle's), names, chains, the stored JSON itself, and each must still open with its own password.
 */

const spec = (path: string, type: KeyType, name: string, password: string): AccountSpec => ({
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path,
  type,
  name,
  password,
});

const ACCOUNTS = [
  spec('//Alice', 'sr25519', 'Alice', 'alice password'),
  spec('//Bob', 'ed25519', 'Bob', 'bob password'),
  // Ethereum from a phrase is BIP44 index 0, the path the handler appends itself (extension-paths.ts).
  spec("/m/44'/60'/0'/0/0", 'ethereum', 'Eve', 'eve password'),
];

/** The part of an account list entry that must survive a restart, by address. */
function byAddress(accounts: readonly ExtensionAccount[]): Record<string, ExtensionAccount> {
  return Object.fromEntries(accounts.map((a) => [a.address, a]));
}

async function opensWith(client: ExtensionClient, address: string, password: string): Promise<boolean> {
  return client.call<boolean>('unlock', address, password);
}

describe('extension@0.62.3-chromium: accounts come back from chrome.storage.local', () => {
  let client: ExtensionClient;
  let before: { accounts: ExtensionAccount[]; storage: Record<string, unknown> };

  beforeAll(async () => {
    client = await EXTENSION_0_62_3_CHROMIUM.start();
    for (const s of ACCOUNTS) await client.create(s);
    before = { accounts: await client.accounts(), storage: await client.dumpStorage() };
  });
  afterAll(() => client?.dispose());

  it('holds the created accounts, with the oracle’s public keys, each in its own storage entry', () => {
    expect(before.accounts.map((a) => [a.type, a.publicKey, a.name]).sort()).toEqual(ACCOUNTS.map((s) => [s.type, expectedPublicKey(s), s.name]).sort());
    expect(Object.keys(before.storage).filter((k) => k.startsWith('account:'))).toHaveLength(ACCOUNTS.length);
  });

  async function expectSameAsBefore(): Promise<void> {
    expect(byAddress(await client.accounts())).toEqual(byAddress(before.accounts));
    expect(await client.dumpStorage()).toEqual(before.storage);
    for (const [i, s] of ACCOUNTS.entries()) {
      const account = before.accounts.find((a) => a.publicKey === expectedPublicKey(s));
      expect(account, s.name).toBeDefined();
      expect(await opensWith(client, account?.address ?? '', s.password)).toBe(true);
      // Another account's password does not open it: the check can fail.
      expect(await opensWith(client, account?.address ?? '', ACCOUNTS[(i + 1) % ACCOUNTS.length]?.password ?? '')).toBe(false);
    }
  }

  it('after the service worker stopped (DevTools ServiceWorker.stopWorker), the next popup message wakes it and finds every account as it was', async () => {
    const realm = client.background as ChromiumBackgroundRealm;
    expect(realm).toBeInstanceOf(ChromiumBackgroundRealm);
    await client.call('stopWorker');
    // While stopped, storage is still there to read (the popup page reads it without the worker).
    expect(await client.dumpStorage()).toEqual(before.storage);
    await expectSameAsBefore();
  });

  it('after Chromium closed and opened again on the same profile, every account is as it was', async () => {
    await client.call('restartBrowser');
    await expectSameAsBefore();
  });
});

describe('extension@0.62.3-chromium: the service worker stopped during a restore', () => {
  let source: ExtensionClient;
  let target: ExtensionClient;
  let batch: Artifact;
  let single: Artifact;
  const batchPassword = 'batch password';
  const sr = ACCOUNTS.filter((s) => s.type !== 'ethereum');

  beforeAll(async () => {
    source = await EXTENSION_0_62_3_CHROMIUM.start();
    const refs = [];
    for (const s of sr) refs.push(await source.create(s));
    batch = await source.backup(refs[0] as NonNullable<(typeof refs)[0]>, 'batch-json', batchPassword);
    single = await source.backup(refs[0] as NonNullable<(typeof refs)[0]>, 'json', 'alice password');
    target = await EXTENSION_0_62_3_CHROMIUM.start();
  });
  afterAll(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it('between backup and restore, and again before the read-back: the restored account is there', async () => {
    await target.call('stopWorker');
    const restored = await target.restore(single, { password: 'alice password' });
    expect(restored.map((r) => r.publicKey)).toEqual([expectedPublicKey(ACCOUNTS[0] as AccountSpec)]);
    await target.call('stopWorker');
    expect((await target.accounts()).map((a) => a.publicKey)).toEqual([expectedPublicKey(ACCOUNTS[0] as AccountSpec)]);
    await target.call('forget', restored);
    expect(await target.accounts()).toEqual([]);
  });

  it('at the second account write of a batch restore: the popup gets no answer, and storage keeps the first account only', async () => {
    if (batch.kind !== 'batch-json') throw new Error('expected a batch file');
    const [first, second] = batch.json.accounts;
    expect(await target.call('restoreStoppingWorker', batch, batchPassword, 2)).toEqual({ answered: false, stopped: true });
    // Written in file order, one chrome.storage.local.set each (ui-keyring restoreAccounts): the first entry only.
    const firstSpec = sr.find((s) => s.name === (first?.meta as { name?: string } | undefined)?.name);
    expect(firstSpec).toBeDefined();
    const held = await target.accounts();
    expect(held.map((a) => [a.address, a.publicKey])).toEqual([[first?.address, expectedPublicKey(firstSpec as AccountSpec)]]);
    expect(held.map((a) => a.address)).not.toContain(second?.address);
    const storage = await target.dumpStorage();
    expect(Object.keys(storage).filter((k) => k.startsWith('account:'))).toEqual([`account:${expectedPublicKey(firstSpec as AccountSpec)}`]);
    // What did land is whole: it opens with its own password (the batch keeps account passwords, apps#6341).
    expect(await opensWith(target, held[0]?.address ?? '', firstSpec?.password ?? '')).toBe(true);
  });

  it('the same file restored again completes the set: nothing was lost but the popup’s answer', async () => {
    await target.restore(batch, { password: batchPassword });
    expect((await target.accounts()).map((a) => a.publicKey).sort()).toEqual(sr.map((s) => expectedPublicKey(s)).sort());
  });

  it('a stop armed past the last write does not fire: the restore is answered', async () => {
    for (const a of await target.accounts()) await target.call('forget', a.address);
    expect(await target.call('restoreStoppingWorker', batch, batchPassword, sr.length + 1)).toEqual({ answered: true, stopped: false });
    expect(await target.accounts()).toHaveLength(sr.length);
  });
});

describe('the Node realm has no service worker', () => {
  let node: ExtensionClient;
  beforeAll(async () => {
    node = await EXTENSION_0_62_3.start();
  });
  afterAll(() => node?.dispose());

  it.each(['stopWorker', 'restartBrowser'])('%s is refused with E_UNSUPPORTED, naming the Chromium profile', async (method) => {
    const refusal = await node.call(method).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(ClientError);
    expect(refusal).toMatchObject({ code: 'E_UNSUPPORTED', message: expect.stringContaining('extension@0.62.3-chromium') });
  });
});
