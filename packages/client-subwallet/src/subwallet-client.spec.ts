import { type AccountSpec, type Client, DEV_PHRASE, expectedPublicKey, readScryptHeader, toErrorInfo } from '@interop/core';
import { withCallTimeout } from '@interop/core/rpc';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, ethereumEncode, jsonDecrypt } from '@polkadot/util-crypto';
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

/** A call that does a batch's ten keys of scrypt: ten times a one-key call's default limit. */
const BATCH_CALL_MS = 1_200_000;

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

  // Export > JSON file is exportAccountBatch of the account (v1.3.88 AccountExport.tsx L193-200), and a
  // phrase import makes one key of each "general" type (Mnemonic.ts L65): sr25519, EthereumKeypairTypes,
  // 'ton', CardanoKeypairTypes, BitcoinKeypairTypes (@subwallet/keyring 0.1.14 types.ts).
  it(
    'exports a JSON file: a batch of every key of the account, which polkadot{.js} decrypts, scrypt N=2^17; no single keystore',
    async () => {
      const ref = await source.create({
        ...sr,
        secret: { kind: 'phrase', phrase: 'moral movie very draw assault whisper awful rebuild speed purity repeat card' },
        name: 'second',
      });
      expect((await refusal(() => source.backup(ref, 'json', sr.password))).code).toBe('E_UNSUPPORTED');
      // Ten keys, each a scrypt at N=2^17 to write the batch and two more to restore it: about 30 s on an
      // idle 2-core machine, past a call's default 120 s when it is shared, so these two calls get the
      // limit a restore of this much work gets (call-budget.ts) rather than turn load into a failure.
      const file = await withCallTimeout(BATCH_CALL_MS, () => source.backup(ref, 'batch-json', sr.password));
      if (file.kind !== 'batch-json') throw new Error(`expected a batch, got ${file.kind}`);
      expect(file.json.encoding.content).toEqual(['batch-pkcs8']);
      expect(readScryptHeader(file.json as never)).toMatchObject({ N: 2 ** 17, p: 1, r: 8 });
      const inner = JSON.parse(Buffer.from(jsonDecrypt(file.json as never, sr.password)).toString('utf8')) as {
        encoding: { content: string[] };
        address: string;
      }[];
      expect(inner.map((j) => j.encoding.content[1])).toEqual([
        'sr25519',
        'ethereum',
        'ton',
        'cardano',
        'bitcoin-44',
        'bitcoin-84',
        'bitcoin-86',
        'bittest-44',
        'bittest-84',
        'bittest-86',
      ]);
      // The profile's traits say the same (the known divergence batch-key-types-unknown reads them).
      expect(SUBWALLET_1_3_88.info.traits.batchExtraKeyTypes).toEqual(inner.map((j) => j.encoding.content[1]).slice(2));
      const pjs = new Keyring().createFromJson(inner[0] as never);
      pjs.decodePkcs8(sr.password);
      expect(`0x${Buffer.from(pjs.publicKey).toString('hex')}`).toBe(ref.identity.publicKey);
      const restored = await withCallTimeout(BATCH_CALL_MS, () => target.restore(file, { password: sr.password }));
      expect(restored.map((i) => i.publicKey)).toContain(ref.identity.publicKey);
    },
    3 * BATCH_CALL_MS,
  );

  // Import from private key and Export private key (v1.3.88 Secret.ts L83-135, L271-280; transform.ts
  // L128-133, L653-688). Moonbeam's published dev account Alith: private key 0x5fb9…2133, address
  // 0xf24FF3a9CF04c71Dbc94D0b566f7A27B94566cac.
  it('imports an EVM private key and exports it again; a phrase account has no Export private key', async () => {
    const alith = '0x5fb92d6e98884f76de468fa3f6278f8807c48bebc13595d45af5bdc4da702133';
    const ref = await source.create({ ...eth, secret: { kind: 'seed', seed: alith }, path: '', name: 'alith key' });
    expect(ref.identity).toMatchObject({ publicKey: '0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f', type: 'ethereum' });
    expect(await source.backup(ref, 'raw-seed', sr.password)).toEqual({ kind: 'raw-seed', seed: alith, type: 'ethereum' });
    const fromPhrase = await source.create(sr);
    expect(await refusal(() => source.backup(fromPhrase, 'raw-seed', sr.password))).toMatchObject({ code: 'E_UNSUPPORTED' });
  });

  it("reads a raw seed as an EVM private key whatever it was (Alice's sr25519 seed becomes 0x8097…678A); 33 bytes are refused", async () => {
    // The mini secret `subkey inspect //Alice` prints; the EVM key of those bytes, the oracle's (scenario subwallet-raw-seed-as-evm.json).
    const alice = { kind: 'raw-seed', seed: '0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a', type: 'sr25519' } as const;
    expect(await target.restore(alice, { password: sr.password })).toMatchObject([
      { publicKey: '0x037051bed73458951b45ca6376f4096c85bf1a370da94d5336d04867cfaaad019e', type: 'ethereum', hasSecret: true },
    ]);
    expect(await refusal(() => target.restore({ kind: 'raw-seed', seed: `0x${'12'.repeat(33)}` }, { password: sr.password }))).toEqual({
      code: 'E_CLIENT_REFUSED',
      message: 'Invalid private key',
    });
  });

  it('Import by QR code: a 32-byte secret is an EVM key, a 64-byte one an sr25519 pair with the third field as its public key; no secret: prefix is "Invalid QR code"', async () => {
    // The seed of ecdsa //Alice (`subkey inspect --scheme ecdsa //Alice`): as an EVM key, the published ecdsa key's bytes.
    const evm = await target.restore(
      { kind: 'secret-qr', payload: 'secret:0xcb6df9de1efca7a3998a8ead4e02159d5fa99c3e0d4fd6432667390bb4726854:00' },
      { password: sr.password },
    );
    expect(evm).toMatchObject([{ publicKey: '0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1', type: 'ethereum', hasSecret: true }]);
    const third = `0x${'5a'.repeat(32)}`;
    const pair = await target.restore({ kind: 'secret-qr', payload: `secret:0x${'ab'.repeat(64)}:${third}:a name` }, { password: sr.password });
    expect(pair).toMatchObject([{ publicKey: third, type: 'sr25519', hasSecret: true }]);
    expect(await refusal(() => target.restore({ kind: 'secret-qr', payload: 'substrate:0x00:00' }, { password: sr.password }))).toEqual({
      code: 'E_ARTIFACT_UNKNOWN',
      message: 'Invalid QR code',
    });
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

  // Derive account (v1.3.88 derive/validate.ts, Derive.ts L230-387, solo.ts derivePair): the written path
  // typed under the account Import seed phrase made. Published keys: subkey's //Alice; Moonbeam's
  // Baltathar and Charleth, the dev phrase at m/44'/60'/0'/0/1 and /2.
  it(
    'restores a phrase written with its path through Derive account: //Alice, //1 (every key), an EVM index; a path it refuses leaves the imported keys',
    async () => {
      const wallet = await SUBWALLET_1_3_88.start();
      try {
        const restore = (path: string, type: AccountSpec['type']) =>
          withCallTimeout(BATCH_CALL_MS, () => wallet.restore({ kind: 'phrase', phrase: DEV_PHRASE, path, type }, { password: sr.password }));
        const alice = await restore('//Alice', 'sr25519');
        expect(alice.map((i) => i.publicKey)).toEqual([
          '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a',
          '0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f',
          '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
        ]);
        const one = await restore('//1', 'sr25519');
        expect(one.slice(2).map((i) => i.type)).toEqual(['sr25519', 'ethereum']);
        expect(one[2]?.publicKey).toBe(expectedPublicKey({ ...sr, path: '//1' }, SUBWALLET_1_3_88.info.traits.derivation));
        expect(ethereumEncode(one[3]?.publicKey as string)).toBe('0x3Cd0A705a2DC65e5b1E1205896BaA2be8A07c6e0');
        const charleth = await restore("/m/44'/60'/0'/0/2", 'ethereum');
        expect(charleth.slice(2).map((i) => ethereumEncode(i.publicKey))).toEqual(['0x798d4Ba9baf0064Ec19eB4F0a1a45785ae9D6DFc']);
        for (const refused of ['//a//b//c', '//Alice///password']) {
          expect((await restore(refused, 'sr25519')).map((i) => i.type)).toEqual(['sr25519', 'ethereum']);
        }
        expect((await restore('//1', 'ed25519')).map((i) => i.type)).toEqual(['sr25519', 'ethereum']);
      } finally {
        await wallet.dispose();
      }
    },
    3 * BATCH_CALL_MS,
  );

  it('has one password: an account made with another one is made in a fresh wallet, whose export opens with it', async () => {
    const wallet = await SUBWALLET_1_3_88.start();
    try {
      const first = await wallet.create({ ...sr, name: 'first', password: 'password one' });
      const second = await wallet.create({ ...eth, name: 'second', password: 'password two' });
      const file = await wallet.backup(second, 'batch-json', 'password two');
      if (file.kind !== 'batch-json') throw new Error(`expected a batch, got ${file.kind}`);
      expect(file.json.accounts.map((a) => a.address.toLowerCase())).toContain(second.identity.publicKey.toLowerCase());
      expect(await refusal(() => wallet.backup(second, 'batch-json', 'password one'))).toMatchObject({ code: 'E_PASSWORD_WRONG' });
      expect((await refusal(() => wallet.backup(first, 'batch-json', 'password one'))).code).toBe('E_NOT_FOUND');
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
      // 24 words @ton/crypto 3.3.0's mnemonicNew made (the profile's own): BIP39 refuses them, SubWallet's TON check takes them.
      const ton =
        'banner thumb soup enroll pipe aspect hub deny shadow state bunker beauty myself purse side banner better sniff impose portion step file state motor';
      expect(await refusal(() => fresh.restore({ kind: 'phrase', phrase: ton }, { password: 'x' }))).toMatchObject({
        code: 'E_UNSUPPORTED',
        message: expect.stringMatching(/TON wallet's phrase/),
      });
      expect(await refusal(() => fresh.restore({ kind: 'phrase', phrase: ton.replace('motor', 'moral') }, { password: 'x' }))).toMatchObject({
        code: 'E_PHRASE_INVALID',
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
