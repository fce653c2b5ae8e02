import { DEV_PHRASE, ethereumAddress, expectedPublicKey, type Hex, POLKADOT, publicKeyOfSs58, ss58Address, WESTEND } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionClient } from './extension-client.js';
import { EXTENSION_0_62_3 } from './profiles.js';

const ALICE: Hex = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';

describe('account operations through the popup messages', () => {
  let ext: ExtensionClient;
  beforeAll(async () => {
    ext = await EXTENSION_0_62_3.start();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('loads one copy of each @polkadot package in the worker (no detectPackage warning)', () => {
    expect(ext.logs.join('')).not.toMatch(/has multiple versions/);
  });

  it('persists accounts in chrome.storage.local under account:0x<key> (ecdsa: blake2 of the key, ethereum: H160)', async () => {
    const sr = await ext.create({
      secret: { kind: 'phrase', phrase: DEV_PHRASE },
      path: '//store',
      type: 'sr25519',
      name: 'n"1',
      password: 'pw-store',
      genesisHash: POLKADOT.genesisHash,
    });
    const ec = await ext.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//store', type: 'ecdsa', name: 'n-2', password: 'pw-store' });
    const eth = await ext.create({ secret: { kind: 'seed', seed: `0x${'42'.repeat(32)}` }, path: '', type: 'ethereum', name: 'n-3', password: 'pw-store' });
    const dump = await ext.dumpStorage();
    const ecdsaKey = publicKeyOfSs58(ss58Address(ec.identity.publicKey, 'ecdsa'));
    const ethKey = ethereumAddress(eth.identity.publicKey).toLowerCase();
    expect(Object.keys(dump).sort()).toEqual([`account:${ecdsaKey}`, `account:${ethKey}`, `account:${sr.identity.publicKey}`].sort());
    expect(dump[`account:${sr.identity.publicKey}`]).toMatchObject({
      address: ss58Address(sr.identity.publicKey, 'sr25519'),
      encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
      meta: { name: 'n"1', genesisHash: POLKADOT.genesisHash },
    });
    expect((dump[`account:${ethKey}`] as { address: string }).address).toBe(eth.identity.publicKey);
    for (const ref of [sr, ec, eth]) await ext.forget(ref);
    // Forgetting also rewrites the site authorisations it was part of (Extension.ts accountsForget).
    expect(await ext.dumpStorage()).toEqual({ authUrls: '{}', defaultAuthAccounts: '[]' });
    expect(await ext.accounts()).toEqual([]);
  });

  it('derives a child with pri(derivation.create): //Alice of the dev phrase is Alice', async () => {
    const parent = await ext.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519', name: 'dev root', password: 'parent-pw' });
    // The page asks pri(accounts.validate) first and shows "Wrong password" (popup-rules.ts DERIVE_PARENT_PASSWORD).
    await expect(ext.derive(parent, { suri: '//Alice', parentPassword: 'wrong-pw', password: 'child-pw', name: 'x' })).rejects.toMatchObject({
      code: 'E_PASSWORD_WRONG',
      message: expect.stringMatching(/^Wrong password \(popup\.derive-parent-password, /),
    });
    const child = await ext.derive(parent, { suri: '//Alice', parentPassword: 'parent-pw', password: 'child-pw', name: 'Alice (derived)' });
    expect(child.identity).toMatchObject({ publicKey: ALICE, type: 'sr25519', hasSecret: true, name: 'Alice (derived)' });
    expect(child.handle).toBe('5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY');
    // The derived child was not typed as a phrase anywhere: there is nothing written down to give back.
    await expect(ext.backup(child, 'phrase', '')).rejects.toMatchObject({ code: 'E_UNSUPPORTED' });
  });

  it('changes a password with pri(accounts.changePassword) (handler only: no popup page sends it): the old one stops working', async () => {
    const ref = await ext.create({
      secret: { kind: 'phrase', phrase: DEV_PHRASE },
      path: '//pw',
      type: 'ed25519',
      name: 'pw account',
      password: 'old-password',
    });
    await expect(ext.changePassword(ref, 'not-the-old-one', 'new-password')).rejects.toMatchObject({ code: 'E_PASSWORD_WRONG', message: 'oldPass is invalid' });
    await ext.changePassword(ref, 'old-password', 'new-password');
    await expect(ext.backup(ref, 'json', 'old-password')).rejects.toMatchObject({ code: 'E_PASSWORD_WRONG' });
    await expect(ext.backup(ref, 'json', 'new-password')).resolves.toMatchObject({ kind: 'json-keystore' });
  });

  it('adds a watch-only account; a single export of it fails, the batch export carries it', async () => {
    const watched = await ext.createExternal({ address: ss58Address(ALICE, 'sr25519', 0), genesisHash: POLKADOT.genesisHash, name: 'watched' });
    expect(watched.identity).toMatchObject({ publicKey: ALICE, type: 'sr25519', hasSecret: false, genesisHash: POLKADOT.genesisHash });
    // The popup offers no "Export Account" for an external account (popup.export-not-external) ...
    await expect(ext.backup(watched, 'json', 'any-password')).rejects.toMatchObject({
      code: 'E_UNSUPPORTED',
      message: expect.stringContaining('(popup.export-not-external, https://github.com/polkadot-js/extension/blob/v0.62.3/'),
    });
    // ... and the handler, asked anyway, finds a body stored without a password and says the password is wrong.
    await expect(ext.send('pri(accounts.export)', { address: watched.handle, password: 'any-password' })).rejects.toMatchObject({
      code: 'E_PASSWORD_WRONG',
      message: 'Unable to decode using the supplied passphrase',
    });
    const batch = await ext.backup(watched, 'batch-json', 'batch-pw');
    const target = await EXTENSION_0_62_3.start();
    try {
      const restored = await target.restore(batch, { password: 'batch-pw' });
      expect(restored.find((i) => i.publicKey === ALICE)).toMatchObject({ hasSecret: false, name: 'watched' });
    } finally {
      await target.dispose();
    }
  });
});

describe('Import from QR (extension-ui/src/Popup/ImportQr.tsx)', () => {
  let ext: ExtensionClient;
  beforeAll(async () => {
    ext = await EXTENSION_0_62_3.start();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it("a Vault public-key QR becomes an external account at the QR's network", async () => {
    const restored = await ext.restore({ kind: 'public-key-qr', payload: `substrate:${ss58Address(ALICE, 'sr25519', 0)}:${POLKADOT.genesisHash}` }, {});
    expect(restored).toEqual([{ publicKey: ALICE, type: 'sr25519', hasSecret: false, name: 'Imported account', genesisHash: POLKADOT.genesisHash }]);
  });

  it("a Vault secret QR becomes an sr25519 account, its genesis stored as scanned (no 0x: Vault's layout)", async () => {
    const seed = `0x${'ab'.repeat(32)}` as const;
    const genesis = WESTEND.genesisHash.slice(2);
    const restored = await ext.restore({ kind: 'secret-qr', payload: `secret:${seed}:${genesis}` }, { password: 'qr-password' });
    expect(restored).toEqual([
      {
        publicKey: expectedPublicKey({ secret: { kind: 'seed', seed }, path: '', type: 'sr25519' }),
        type: 'sr25519',
        hasSecret: true,
        name: 'Imported account',
        genesisHash: genesis,
      },
    ]);
  });

  it('imports a phrase once per written-down derivation, each tied to its network', async () => {
    const restored = await ext.restore(
      { kind: 'phrase', phrase: DEV_PHRASE, derivations: [{ path: '//polkadot', network: 'polkadot' }] },
      { password: 'phrase-password' },
    );
    const root = expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519' });
    const polkadot = expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//polkadot', type: 'sr25519' });
    expect(restored.map((i) => [i.publicKey, i.genesisHash])).toEqual([
      [root, ''],
      [polkadot, POLKADOT.genesisHash],
    ]);
  });

  it('a soft-path secret QR (64-byte key + nonce) is refused (https://github.com/novasamatech/parity-signer/issues/2530)', async () => {
    await expect(
      ext.restore({ kind: 'secret-qr', payload: `secret:0x${'cd'.repeat(64)}:${WESTEND.genesisHash.slice(2)}` }, { password: 'qr-password' }),
    ).rejects.toMatchObject({
      code: 'E_PHRASE_INVALID',
      message: 'specified phrase is not a valid mnemonic and is invalid as a raw seed at > 32 bytes',
    });
  });
});
