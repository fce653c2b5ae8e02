import { DEV_PHRASE, type ErrorCode, type KeystoreJson } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppsRealm } from './apps-realm.js';
import type { NodeAppsRealm } from './node-realm/node-realm.js';
import { refusal } from './testing/apps-instances.js';
import { type CreatedOnKusama, createOnKusama, startNodeRealm, withScryptN } from './testing/node-instances.js';

interface BadInput {
  readonly name: string;
  readonly code: ErrorCode;
  /** Apps' or the keyring's own text (exact, or a part of it). */
  readonly message: string | RegExp;
  readonly run: (realm: AppsRealm, fixture: CreatedOnKusama) => Promise<unknown>;
}

const seedHex = `0x${'42'.repeat(32)}`;
const badChecksum = DEV_PHRASE.replace(/walk$/, 'wall');
const create = (over: Partial<Parameters<AppsRealm['call']>[1] & object>) => (realm: AppsRealm) =>
  realm.call('create', { seed: DEV_PHRASE, seedType: 'bip', derivePath: '', pairType: 'sr25519', name: 'n', password: 'p', ...over } as never);
const importJson =
  (json: unknown, password = 'pinned-pw') =>
  (realm: AppsRealm) =>
    realm.call('importJson', typeof json === 'string' ? json : JSON.stringify(json), password);
const tweak = (f: CreatedOnKusama, change: (json: KeystoreJson) => unknown) => change(JSON.parse(JSON.stringify(f.json)) as KeystoreJson);

const CASES: readonly BadInput[] = [
  { name: 'a mnemonic given as a JSON file', code: 'E_JSON_MALFORMED', message: /JSON/, run: (r) => importJson(DEV_PHRASE)(r) },
  { name: 'JSON that is no keystore', code: 'E_JSON_MALFORMED', message: /Cannot read properties of undefined/, run: (r) => importJson({})(r) },
  { name: 'null', code: 'E_JSON_MALFORMED', message: /null/, run: (r) => importJson('null')(r) },
  {
    name: 'an unknown key type',
    code: 'E_JSON_MALFORMED',
    message: 'Unknown crypto type bls12',
    run: (r, f) => importJson(tweak(f, (j) => ({ ...j, encoding: { ...j.encoding, content: ['pkcs8', 'bls12'] } })))(r),
  },
  {
    name: 'an encoded body shorter than the scrypt header',
    code: 'E_ENCODING',
    message: 'Invalid input length: expected 44 bytes, found 30',
    run: (r, f) => importJson(tweak(f, (j) => ({ ...j, encoded: Buffer.from(j.encoded, 'base64').subarray(0, 30).toString('base64') })))(r),
  },
  {
    name: 'scrypt N = 2^20 (off the allow-list)',
    code: 'E_SCRYPT_PARAMS',
    message: 'Invalid injected scrypt params found',
    run: (r, f) => importJson(withScryptN(f.json, 2 ** 20))(r),
  },
  {
    name: 'scrypt N = 2^24 (beyond the limits)',
    code: 'E_SCRYPT_PARAMS',
    message: 'Scrypt parameters exceed safe limits',
    run: (r, f) => importJson(withScryptN(f.json, 2 ** 24))(r),
  },
  // Enter in the password field saves with an empty password (apps.import-json-password): the keyring answers.
  {
    name: 'no password for an encrypted file',
    code: 'E_PASSWORD_REQUIRED',
    message: 'Password required to decode encrypted data',
    run: (r, f) => importJson(f.json, '')(r),
  },
  {
    name: 'an ethereum keystore on a substrate chain',
    code: 'E_CLIENT_REFUSED',
    message: 'JSON contains an ethereum keytype, this is not available on this network',
    run: (r, f) => importJson(tweak(f, (j) => ({ ...j, address: `0x02${'11'.repeat(32)}`, encoding: { ...j.encoding, content: ['pkcs8', 'ethereum'] } })))(r),
  },
  {
    name: 'Import all of an object',
    code: 'E_CLIENT_REFUSED',
    message: 'Invalid format: File content should be an array',
    run: (r) => r.call('importAll', { fileText: '{}' }),
  },
  {
    name: 'Import all of items without meta',
    code: 'E_JSON_MALFORMED',
    message: 'Invalid format: Each item must have a string "address" and an object "meta"',
    run: (r) => r.call('importAll', { fileText: '[{"address":"5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"}]' }),
  },
  { name: 'Import all of [null]', code: 'E_JSON_MALFORMED', message: /null/, run: (r) => r.call('importAll', { fileText: '[null]' }) },
  { name: 'a mnemonic with a bad checksum', code: 'E_PHRASE_INVALID', message: /\(apps\.create-seed-valid, /, run: create({ seed: badChecksum }) },
  {
    name: 'a soft junction on ed25519',
    code: 'E_PATH_INVALID',
    message: 'Soft derivation paths are not allowed on ed25519',
    run: create({ pairType: 'ed25519', derivePath: '//a/b' }),
  },
  { name: 'a soft junction on ecdsa', code: 'E_PATH_INVALID', message: /soft/i, run: create({ pairType: 'ecdsa', derivePath: '/soft' }) },
  {
    name: 'a path that is no secret URI',
    code: 'E_PATH_INVALID',
    message: 'Unable to match provided value to a secret URI',
    run: create({ derivePath: ' //a' }),
  },
  {
    name: 'a raw seed with a ///password',
    code: 'E_PATH_INVALID',
    message: /^Password are ignored for hex seed \(apps\.create-raw-seed-no-password, /,
    run: create({ seed: seedHex, seedType: 'raw', derivePath: '//a///secret' }),
  },
  {
    name: 'a raw seed that is neither hex nor short',
    code: 'E_PHRASE_INVALID',
    message: /\(apps\.create-seed-valid, /,
    run: create({ seed: 'x'.repeat(40), seedType: 'raw' }),
  },
  {
    name: 'an ethereum key on a substrate chain',
    code: 'E_UNSUPPORTED',
    message: /not ethereum/,
    run: create({ pairType: 'ethereum', derivePath: "m/44'/60'/0'/0/0" }),
  },
  { name: 'a blank name', code: 'E_CLIENT_REFUSED', message: /requires a name/, run: create({ name: '  \n ' }) },
  { name: 'no password', code: 'E_PASSWORD_REQUIRED', message: /requires a password/, run: create({ password: '' }) },
  {
    name: 'a QR that is a typed mnemonic',
    code: 'E_CLIENT_REFUSED',
    message: /^Invalid prefix received, expected 'substrate or secret' , found/,
    run: (r) => r.call('addQr', { payload: DEV_PHRASE, name: 'q' }),
  },
  {
    name: 'an address QR with a bad address',
    code: 'E_CLIENT_REFUSED',
    message: /Decoding 5notAnAddress/,
    run: (r) => r.call('addQr', { payload: 'substrate:5notAnAddress:0x00', name: 'q' }),
  },
  {
    name: 'a Secret QR without a password',
    code: 'E_PASSWORD_REQUIRED',
    message: /password/,
    run: (r) => r.call('addQr', { payload: `secret:${seedHex}:00`, name: 'q' }),
  },
  // Alice is in ui-keyring's in-memory test keyring (createTestKeyring), hidden outside development mode.
  {
    name: 'a backup of an account Apps does not list',
    code: 'E_NOT_FOUND',
    message: /lists no account/,
    run: (r) => r.call('backup', '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', 'p'),
  },
  {
    name: 'a derivation from an account Apps does not list',
    code: 'E_NOT_FOUND',
    message: /lists no account/,
    run: (r) => r.call('derive', { from: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', rootPassword: 'p', suri: '//x', name: 'n', password: 'p' }),
  },
  // Enter in the password field runs the backup with an empty password (apps.backup-password): the keyring answers.
  {
    name: 'a backup without password',
    code: 'E_PASSWORD_REQUIRED',
    message: 'Password required to decode encrypted data',
    run: (r, f) => r.call('backup', f.account.address, ''),
  },
  { name: 'a 1 MiB file of garbage', code: 'E_JSON_MALFORMED', message: /JSON/, run: (r) => importJson(`{${'\u0000garbage'.repeat(131072)}`)(r) },
];

/**
 * Bad input never crashes Apps or leaves something half-written: each case is refused with a
 * core code and Apps' (or the keyring's) own text, localStorage and the account list stay as
 * they were, and no message quotes a secret.
 */
describe('bad input to the Apps modals (Node realm)', () => {
  let fixture: CreatedOnKusama;
  let realm: NodeAppsRealm;

  beforeAll(async () => {
    fixture = await createOnKusama('//bad-input');
    realm = await startNodeRealm('kusama', fixture.dump);
  });
  afterAll(async () => {
    await realm?.close();
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.code}, nothing written`, async () => {
      const before = await realm.dumpLocalStorage();
      const shown = await realm.call('view');
      const error = await refusal(c.run(realm, fixture));
      expect(error.code).toBe(c.code);
      if (typeof c.message === 'string') expect(error.message).toContain(c.message);
      else expect(error.message).toMatch(c.message);
      for (const word of DEV_PHRASE.split(' ')) expect(error.message).not.toContain(`${word} `);
      expect(await realm.dumpLocalStorage()).toEqual(before);
      expect(await realm.call('view')).toEqual(shown);
    });
  }

  it('ethereum paths on an Ethereum chain: empty (getSuri appends "/"), or not BIP32 (Create.tsx deriveValidate)', async () => {
    const moonbeam = await startNodeRealm('moonbeam');
    try {
      const empty = await refusal(create({ pairType: 'ethereum', derivePath: '' })(moonbeam));
      expect([empty.code, empty.message]).toEqual(['E_PATH_INVALID', expect.stringMatching(/^Unable to match provided value to a secret URI \(apps\./)]);
      const notBip32 = await refusal(create({ pairType: 'ethereum', derivePath: 'x/44' })(moonbeam));
      expect([notBip32.code, notBip32.message]).toEqual([
        'E_PATH_INVALID',
        expect.stringMatching(/^This is an invalid derivation path\. \(apps\.create-ethereum-path, /),
      ]);
      expect(Object.keys(await moonbeam.dumpLocalStorage())).toEqual(['settings']);
    } finally {
      await moonbeam.close();
    }
  });
});
