import { type AccountSpec, type Client, DEV_PHRASE, expectedPublicKey, readScryptHeader, toErrorInfo } from '@interop/core';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBWALLET_1_3_88 } from './profiles.js';

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return toErrorInfo(error);
  }
  return { code: 'accepted', message: '' };
}

const sr: AccountSpec = { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '', type: 'sr25519', name: 'dev', password: 'wallet password' };
const eth: AccountSpec = { ...sr, path: "/m/44'/60'/0'/0/0", type: 'ethereum', name: 'alith' };

/**
 * SubWallet's account core in a worker. Keys are held against published answers (the dev
 * phrase's root sr25519 key from subkey; Moonbeam's Alith at m/44'/60'/0'/0/0) and the oracle;
 * every scrypt is SubWallet's own (N=2^17), so the runs are few.
 */
describe('subwallet@1.3.88', () => {
  let source: Client;
  let target: Client;
  beforeAll(async () => {
    await cryptoWaitReady();
    [source, target] = await Promise.all([SUBWALLET_1_3_88.start(), SUBWALLET_1_3_88.start()]);
  });
  afterAll(async () => {
    await Promise.all([source?.dispose(), target?.dispose()]);
  });

  it('imports a phrase as the root sr25519 key and the ethereum key at index 0 (subkey; Moonbeam Alith), as the oracle under its traits', async () => {
    const ref = await source.create(sr);
    expect(ref.identity).toMatchObject({ publicKey: '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a', type: 'sr25519' });
    expect(ref.identity.publicKey).toBe(expectedPublicKey(sr, SUBWALLET_1_3_88.info.traits.derivation));
    // The same phrase again is the account the wallet holds (SubWallet adds no second copy).
    const again = await source.create(eth);
    expect(again.identity).toMatchObject({ publicKey: '0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f', type: 'ethereum' });
    expect(again.identity.publicKey).toBe(expectedPublicKey(eth, SUBWALLET_1_3_88.info.traits.derivation));
  });

  it('exports a keystore polkadot{.js} reads the same way, marked isSubWallet, scrypt N=2^17; it restores to the same key', async () => {
    const ref = await source.create({
      ...sr,
      secret: { kind: 'phrase', phrase: 'moral movie very draw assault whisper awful rebuild speed purity repeat card' },
      name: 'second',
    });
    const file = await source.backup(ref, 'json', sr.password);
    if (file.kind !== 'json-keystore') throw new Error(`expected a keystore, got ${file.kind}`);
    expect(file.json.encoding.content).toEqual(['pkcs8', 'sr25519']);
    expect(file.json.meta).toMatchObject({ isSubWallet: true, isMasterPassword: true, name: 'second' });
    expect(readScryptHeader(file.json)).toMatchObject({ N: 2 ** 17, p: 1, r: 8 });
    const pjs = new Keyring().createFromJson(file.json as never);
    pjs.decodePkcs8(sr.password);
    expect(`0x${Buffer.from(pjs.publicKey).toString('hex')}`).toBe(ref.identity.publicKey);
    const restored = await target.restore(file, { password: sr.password });
    expect(restored.map((i) => i.publicKey)).toEqual([ref.identity.publicKey]);
  });

  it("restores a polkadot{.js} keyring's ed25519 keystore to the same key; the wrong password is 'Incorrect password'", async () => {
    const pair = new Keyring({ type: 'ed25519' }).addFromUri(`${DEV_PHRASE}//Alice`, { name: 'pjs' });
    const json = pair.toJson('pjs password');
    expect(await refusal(() => target.restore({ kind: 'json-keystore', json: json as never }, { password: 'nope' }))).toEqual({
      code: 'E_PASSWORD_WRONG',
      message: 'Incorrect password',
    });
    const restored = await target.restore({ kind: 'json-keystore', json: json as never }, { password: 'pjs password' });
    expect(restored).toEqual([{ publicKey: `0x${Buffer.from(pair.publicKey).toString('hex')}`, type: 'ed25519', hasSecret: true, name: 'pjs' }]);
  });

  it('has one password: an account made with another one is made in a fresh wallet, whose export opens with it', async () => {
    const wallet = await SUBWALLET_1_3_88.start();
    try {
      const first = await wallet.create({ ...sr, name: 'first', password: 'password one' });
      const second = await wallet.create({ ...eth, name: 'second', password: 'password two' });
      const file = await wallet.backup(second, 'json', 'password two');
      if (file.kind !== 'json-keystore') throw new Error(`expected a keystore, got ${file.kind}`);
      expect(file.json.address.toLowerCase()).toBe(second.identity.publicKey.toLowerCase());
      expect(await refusal(() => wallet.backup(second, 'json', 'password one'))).toMatchObject({ code: 'E_PASSWORD_WRONG' });
      expect((await refusal(() => wallet.backup(first, 'json', 'password one'))).code).toBe('E_NOT_FOUND');
    } finally {
      await wallet.dispose();
    }
  });

  it('refuses with codes: a bad phrase, ed25519 from a phrase, a path, a substrate private key, files it does not read', async () => {
    const fresh = await SUBWALLET_1_3_88.start();
    try {
      expect(await refusal(() => fresh.create({ ...sr, secret: { kind: 'phrase', phrase: DEV_PHRASE.replace('walk', 'wall') } }))).toMatchObject({
        code: 'E_PHRASE_INVALID',
        message: 'Invalid seed phrase. Please try again.',
      });
      expect((await refusal(() => fresh.create({ ...sr, type: 'ed25519' }))).code).toBe('E_UNSUPPORTED');
      expect((await refusal(() => fresh.create({ ...sr, path: '//Alice' }))).code).toBe('E_UNSUPPORTED');
      expect((await refusal(() => fresh.create({ ...sr, secret: { kind: 'seed', seed: `0x${'11'.repeat(32)}` } }))).code).toBe('E_UNSUPPORTED');
      expect((await refusal(() => fresh.restore({ kind: 'export-all', json: [] }, { password: 'x' }))).code).toBe('E_UNSUPPORTED');
      expect((await refusal(() => fresh.restore({ kind: 'json-keystore', json: { encoded: 1 } as never }, { password: 'x' }))).code).toBe('E_JSON_MALFORMED');
    } finally {
      await fresh.dispose();
      await fresh.dispose();
    }
    expect((await refusal(() => fresh.create(sr))).code).toBe('E_WORKER_CRASHED');
  });
});
