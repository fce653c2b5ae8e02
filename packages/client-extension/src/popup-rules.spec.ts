import { type AccountSpec, type BatchJson, DEV_PHRASE, expectedPublicKey, type KeystoreJson, POLKADOT, ss58Address, WESTEND } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionClient } from './extension-client.js';
import {
  BATCH_PREVIEW_ADDRESS,
  DERIVE_NO_PASSWORD_JUNCTION,
  DERIVE_PARENT_GENESIS,
  DERIVE_PARENT_PASSWORD,
  DERIVE_PARENTS,
  DERIVE_PATH_REQUIRED,
  DERIVE_SOFT_SR25519_ONLY,
  DERIVE_VALIDATE_PATH,
  EXPORT_ALL_PASSWORD,
  EXPORT_PASSWORD,
  IMPORT_QR_NAME,
  IMPORT_SEED_VALIDATES,
  NAME_MIN_LENGTH,
  PASSWORD_MIN_LENGTH,
  POPUP_REF,
  POPUP_RULES,
  RESTORE_JSON_BATCH_BY_CONTENT,
  RESTORE_JSON_PASSWORD,
} from './popup-rules.js';
import { EXTENSION_0_62_3 } from './profiles.js';

const PASSWORD = 'account password';
const spec = (over: Partial<AccountSpec> = {}): AccountSpec => ({
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path: '//popup-rules',
  type: 'sr25519',
  name: 'popup rules',
  password: PASSWORD,
  ...over,
});
const key = (s: AccountSpec) => expectedPublicKey(s);

/** A refusal made by a rule: its code, the UI's own words first, then the rule id and the line it cites. */
function refusedBy(rule: { id: string; message?: string }, code: string) {
  return {
    code,
    message: expect.stringMatching(
      new RegExp(
        `^${(rule.message ?? '').replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}.*\\(${rule.id.replace('.', '\\.')}, https://github\\.com/polkadot-js/extension/blob/v0\\.62\\.3/`,
      ),
    ),
  };
}

describe('the popup rules are records that cite the line they were read at', () => {
  it('ids are unique and every source is a file and lines of polkadot-js at a release tag', () => {
    expect(new Set(POPUP_RULES.map((r) => r.id)).size).toBe(POPUP_RULES.length);
    for (const rule of POPUP_RULES) {
      expect(rule.id).toMatch(/^(popup|background)\.[a-z0-9-]+$/);
      expect(rule.source.repo).toMatch(/^polkadot-js\/(extension|ui)$/);
      expect(rule.source.ref).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(rule.source.path).toMatch(/^packages\/[\w-]+\/src\/.+\.tsx?$/);
      expect(rule.source.lines).toMatch(/^\d+(-\d+)?$/);
      if (rule.source.repo === 'polkadot-js/extension') expect(rule.source.ref).toBe(POPUP_REF);
    }
  });
});

describe('popup rules replayed on extension 0.62.3 (each reachable, or refused with the popup’s words)', () => {
  let ext: ExtensionClient;
  let other: ExtensionClient;

  beforeAll(async () => {
    ext = await EXTENSION_0_62_3.start();
    other = await EXTENSION_0_62_3.start();
  });
  afterAll(async () => {
    await ext?.dispose();
    await other?.dispose();
  });

  describe(`${NAME_MIN_LENGTH.id} and ${PASSWORD_MIN_LENGTH.id}`, () => {
    it('a name of 2 characters is refused, one of 3 (even blanks) is taken', async () => {
      await expect(ext.create(spec({ name: 'ab' }))).rejects.toMatchObject(refusedBy(NAME_MIN_LENGTH, 'E_CLIENT_REFUSED'));
      const made = await ext.create(spec({ path: '//three-blanks', name: '   ' }));
      expect(made.identity).toMatchObject({ publicKey: key(spec({ path: '//three-blanks' })), name: '   ' });
    });

    it('a password of 5 characters is refused, none at all is missing, 6 UTF-16 code units are taken', async () => {
      await expect(ext.create(spec({ password: '12345' }))).rejects.toMatchObject(refusedBy(PASSWORD_MIN_LENGTH, 'E_CLIENT_REFUSED'));
      await expect(ext.create(spec({ password: '' }))).rejects.toMatchObject(refusedBy(PASSWORD_MIN_LENGTH, 'E_PASSWORD_REQUIRED'));
      // Three emoji are six code units: the popup counts `value.length`.
      const made = await ext.create(spec({ path: '//emoji', password: '🔑🔑🔑' }));
      expect(made.identity.publicKey).toBe(key(spec({ path: '//emoji' })));
    });

    it('the seed is validated on step 1, before the name and password of step 2 are looked at', async () => {
      const badChecksum = DEV_PHRASE.replace(/walk$/, 'wall');
      await expect(ext.create(spec({ secret: { kind: 'phrase', phrase: badChecksum }, password: '1' }))).rejects.toMatchObject({ code: 'E_PHRASE_INVALID' });
    });
  });

  describe(IMPORT_SEED_VALIDATES.id, () => {
    // SeedAndPath.tsx L54-60: one text for every refusal, naming the path only when one was typed.
    it('a refused seed shows the page\'s words beside the handler\'s reason: "Invalid mnemonic seed", with a path "... or derivation path"', async () => {
      const badChecksum = DEV_PHRASE.replace(/walk$/, 'wall');
      await expect(ext.restore({ kind: 'phrase', phrase: badChecksum }, { password: PASSWORD })).rejects.toMatchObject({
        code: 'E_PHRASE_INVALID',
        shown: 'Invalid mnemonic seed',
      });
      await expect(
        ext.restore({ kind: 'phrase', phrase: DEV_PHRASE, path: "/m/44'/60'/0'/0/1", type: 'ethereum' }, { password: PASSWORD }),
      ).rejects.toMatchObject({
        code: 'E_PATH_INVALID',
        message: expect.stringMatching(/^Invalid derivation path/),
        shown: 'Invalid mnemonic seed or derivation path',
      });
    });

    it('importing a phrase or a scanned secret also needs 6+ characters', async () => {
      await expect(ext.restore({ kind: 'phrase', phrase: DEV_PHRASE }, { password: 'short' })).rejects.toMatchObject(
        refusedBy(PASSWORD_MIN_LENGTH, 'E_CLIENT_REFUSED'),
      );
      await expect(ext.restore({ kind: 'secret-qr', payload: `secret:0x${'ab'.repeat(32)}:00` }, { password: 'short' })).rejects.toMatchObject(
        refusedBy(PASSWORD_MIN_LENGTH, 'E_CLIENT_REFUSED'),
      );
    });
  });

  describe(RESTORE_JSON_BATCH_BY_CONTENT.id, () => {
    let single: KeystoreJson;
    let batch: BatchJson;
    const made = spec({ path: '//by-content' });

    beforeAll(async () => {
      const ref = await other.create(made);
      const json = await other.backup(ref, 'json', PASSWORD);
      const all = await other.backup(ref, 'batch-json', 'file password');
      if (json.kind !== 'json-keystore' || all.kind !== 'batch-json') throw new Error('unexpected backup kinds');
      single = json.json;
      batch = all.json;
    });

    it('a batch-pkcs8 file is restored as a batch even when called a single keystore', async () => {
      const target = await EXTENSION_0_62_3.start();
      try {
        const restored = await target.restore({ kind: 'json-keystore', json: batch as unknown as KeystoreJson }, { password: 'file password' });
        expect(restored.map((i) => i.publicKey)).toContain(key(made));
      } finally {
        await target.dispose();
      }
    });

    it('a pkcs8 file is restored as a single account even when called a batch', async () => {
      const target = await EXTENSION_0_62_3.start();
      try {
        const restored = await target.restore({ kind: 'batch-json', json: single as unknown as BatchJson }, { password: PASSWORD });
        expect(restored).toEqual([expect.objectContaining({ publicKey: key(made), type: 'sr25519', hasSecret: true })]);
      } finally {
        await target.dispose();
      }
    });

    it("a file without encoding.content stops at the page's TypeError, nothing sent", async () => {
      const before = await ext.dumpStorage();
      const { encoding: _, ...noEncoding } = single;
      await expect(ext.restore({ kind: 'json-keystore', json: noEncoding as unknown as KeystoreJson }, { password: PASSWORD })).rejects.toMatchObject({
        code: 'E_JSON_MALFORMED',
        message: expect.stringMatching(/^Cannot read properties of undefined \(reading 'content'\) \(popup\.restore-json-batch-by-content, /),
      });
      expect(await ext.dumpStorage()).toEqual(before);
    });

    it(`${RESTORE_JSON_PASSWORD.id}: without a password nothing is sent, with any non-empty one the file is opened`, async () => {
      const target = await EXTENSION_0_62_3.start();
      try {
        await expect(target.restore({ kind: 'json-keystore', json: single }, {})).rejects.toMatchObject(
          refusedBy(RESTORE_JSON_PASSWORD, 'E_PASSWORD_REQUIRED'),
        );
        await expect(target.restore({ kind: 'batch-json', json: batch }, { password: '' })).rejects.toMatchObject(
          refusedBy(RESTORE_JSON_PASSWORD, 'E_PASSWORD_REQUIRED'),
        );
        expect(await target.accounts()).toEqual([]);
        // A one-character file password is sent (the field has no minimum); jsonDecrypt checks it.
        await expect(target.restore({ kind: 'batch-json', json: batch }, { password: 'x' })).rejects.toMatchObject({
          code: 'E_PASSWORD_WRONG',
          message: 'Unable to decode using the supplied passphrase',
        });
      } finally {
        await target.dispose();
      }
    });
  });

  describe(`${EXPORT_PASSWORD.id} and ${EXPORT_ALL_PASSWORD.id}`, () => {
    it('Export account needs a password; a short one is sent (the page only colours it) and the handler answers', async () => {
      const ref = await ext.create(spec({ path: '//export' }));
      await expect(ext.backup(ref, 'json', '')).rejects.toMatchObject(refusedBy(EXPORT_PASSWORD, 'E_PASSWORD_REQUIRED'));
      await expect(ext.backup(ref, 'json', 'abc')).rejects.toMatchObject({
        code: 'E_PASSWORD_WRONG',
        message: 'Unable to decode using the supplied passphrase',
      });
    });

    it('Export all takes a one-character password, which then encrypts the file and is checked on restore (jsonDecrypt)', async () => {
      const source = await EXTENSION_0_62_3.start();
      const target = await EXTENSION_0_62_3.start();
      try {
        const made = spec({ path: '//export-all' });
        const ref = await source.create(made);
        await expect(source.backup(ref, 'batch-json', '')).rejects.toMatchObject(refusedBy(EXPORT_ALL_PASSWORD, 'E_PASSWORD_REQUIRED'));
        const file = await source.backup(ref, 'batch-json', 'y');
        await expect(target.restore(file, { password: 'z' })).rejects.toMatchObject({ code: 'E_PASSWORD_WRONG' });
        expect(await target.accounts()).toEqual([]);
        const restored = await target.restore(file, { password: 'y' });
        expect(restored.map((i) => i.publicKey)).toEqual([key(made)]);
      } finally {
        await source.dispose();
        await target.dispose();
      }
    });
  });

  describe(BATCH_PREVIEW_ADDRESS.id, () => {
    it("shows an ethereum entry's 33-byte key as ss58 at 42, and an sr25519 entry at its chain's prefix", async () => {
      const source = await EXTENSION_0_62_3.start();
      const target = await EXTENSION_0_62_3.start();
      try {
        const eth = spec({ path: '', type: 'ethereum', name: 'ethereum account' });
        const sr = spec({ path: '//preview', name: 'polkadot account', genesisHash: POLKADOT.genesisHash });
        const ethRef = await source.create(eth);
        await source.create(sr);
        const file = await source.backup(ethRef, 'batch-json', 'file password');
        if (file.kind !== 'batch-json') throw new Error('expected a batch file');
        const rows = await target.batchPreview(file.json);
        const ethRow = rows.find((r) => r.name === 'ethereum account');
        // Computed apart from util-crypto: SS58PRE blake2b-512 checksum and base58 over 0x2a || the 33 bytes.
        expect(ethRow).toMatchObject({
          address: '0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f',
          shown: 'KW4kJuiZKeoieurj3Fi3MhtcAKtEMTcvLPx4vCRM2PEkjSvfE',
        });
        expect(rows.find((r) => r.name === 'polkadot account')?.shown).toBe(ss58Address(key(sr), 'sr25519', POLKADOT.prefix));
      } finally {
        await source.dispose();
        await target.dispose();
      }
    });
  });

  describe('Derive (Popup/Derive)', () => {
    let sr: Awaited<ReturnType<ExtensionClient['create']>>;
    let ed: Awaited<ReturnType<ExtensionClient['create']>>;
    const parentSr = spec({ path: '//parent', name: 'sr parent', genesisHash: WESTEND.genesisHash });
    const parentEd = spec({ path: '//parent', type: 'ed25519', name: 'ed parent' });
    const child = { parentPassword: PASSWORD, name: 'child', password: 'child password' };

    beforeAll(async () => {
      sr = await ext.create(parentSr);
      ed = await ext.create(parentEd);
    });

    it(`${DERIVE_NO_PASSWORD_JUNCTION.id}: a path with /// is refused as typed`, async () => {
      await expect(ext.derive(sr, { ...child, suri: '//x///secret' })).rejects.toMatchObject(refusedBy(DERIVE_NO_PASSWORD_JUNCTION, 'E_PATH_INVALID'));
    });

    it(`${DERIVE_SOFT_SR25519_ONLY.id}: soft junctions only under an sr25519 parent`, async () => {
      await expect(ext.derive(ed, { ...child, suri: '//a/b' })).rejects.toMatchObject(refusedBy(DERIVE_SOFT_SR25519_ONLY, 'E_PATH_INVALID'));
      const made = await ext.derive(sr, { ...child, suri: '//a/b' });
      expect(made.identity.publicKey).toBe(key(spec({ path: `${parentSr.path}//a/b` })));
      const hard = await ext.derive(ed, { ...child, suri: '//a' });
      expect(hard.identity.publicKey).toBe(key(spec({ path: `${parentEd.path}//a`, type: 'ed25519' })));
    });

    it(`${DERIVE_PARENT_PASSWORD.id} and ${DERIVE_VALIDATE_PATH.id}: accounts.validate, then derivation.validate, before anything is created`, async () => {
      const before = await ext.dumpStorage();
      await expect(ext.derive(sr, { ...child, suri: '//c', parentPassword: 'not the password' })).rejects.toMatchObject(
        refusedBy(DERIVE_PARENT_PASSWORD, 'E_PASSWORD_WRONG'),
      );
      await expect(ext.derive(sr, { ...child, suri: 'x' })).rejects.toMatchObject(refusedBy(DERIVE_VALIDATE_PATH, 'E_PATH_INVALID'));
      await expect(ext.derive(sr, { ...child, suri: '//c', name: 'ab' })).rejects.toMatchObject(refusedBy(NAME_MIN_LENGTH, 'E_CLIENT_REFUSED'));
      expect(await ext.dumpStorage()).toEqual(before);
    });

    it(`${DERIVE_PATH_REQUIRED.id} and ${DERIVE_PARENTS.id}: no empty path, no external parent`, async () => {
      await expect(ext.derive(sr, { ...child, suri: '' })).rejects.toMatchObject(refusedBy(DERIVE_PATH_REQUIRED, 'E_PATH_INVALID'));
      const watched = await ext.createExternal({ address: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty', name: 'watched' });
      await expect(ext.derive(watched, { ...child, suri: '//x' })).rejects.toMatchObject(refusedBy(DERIVE_PARENTS, 'E_UNSUPPORTED'));
    });

    it(`${DERIVE_PARENT_GENESIS.id}: the child is tied to the parent's network`, async () => {
      const made = await ext.derive(sr, { ...child, suri: '//on-westend' });
      expect(made.identity.genesisHash).toBe(WESTEND.genesisHash);
    });
  });

  describe(IMPORT_QR_NAME.id, () => {
    const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
    const bob = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';

    it('takes the name a QR carries as it is (even 2 characters), and the typed one when the QR has none or an empty one', async () => {
      const target = await EXTENSION_0_62_3.start();
      try {
        const [named] = await target.restore({ kind: 'public-key-qr', payload: `substrate:${alice}:${WESTEND.genesisHash}:ab` }, {});
        expect(named?.name).toBe('ab');
        const [unnamed] = await target.restore({ kind: 'public-key-qr', payload: `substrate:${bob}:${WESTEND.genesisHash}:` }, {});
        expect(unnamed?.name).toBe('Imported account');
      } finally {
        await target.dispose();
      }
    });
  });
});
