import { DEV_PHRASE, expectedPublicKey, WESTEND } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appsPathsFor } from './apps-paths.js';
import { resolveChain } from './connected-chains.js';
import { NodeAppsRealm } from './node-realm/node-realm.js';
import {
  ACCOUNT_NAME,
  APPS_RULES,
  BACKUP_MENU,
  CREATE_RAW_SEED_KEEPS_PATH,
  CREATE_RAW_SEED_NO_PASSWORD,
  DERIVE_MENU,
  DERIVE_SOFT_ED25519,
  DERIVE_UNLOCK,
  IMPORT_JSON_PASSWORD,
  STORAGE_HIDES_CREATE_AND_JSON,
} from './operations/apps-rules.js';
import { refusal } from './testing/apps-instances.js';
import { createOnKusama, startNodeRealm } from './testing/node-instances.js';

const SEED = `0x${'42'.repeat(32)}` as const;
/**
 * An unencrypted keystore (type ['none']): @polkadot/keyring `pair.toJson()` without a password of
 * the public dev phrase at //unencrypted, meta.whenCreated removed.
 */
const UNENCRYPTED = {
  encoded:
    'MFMCAQEwBQYDK2VwBCIEIPCBTeK8vTkwWWbzqqVVt0hg/aLFJGqNFDrhUOonCvV/LPu78/TVPJBWIZ+2X6e2d3osw3kQ3hGbt3HaU0+LRa6hIwMhAFCPSSAbyCeoBVwgBUdXjD9LHuV/9s+2GAara9kA/CAZ',
  encoding: { content: ['pkcs8', 'sr25519'], type: ['none'], version: '3' },
  address: '5DtLFcDXmaJkPWoeLi5qjZPsfdhxrSpSp9mpb96EubkJHYcg',
  meta: { name: 'plain' },
};
const PASSWORD = 'account password';
const create = (over: Record<string, unknown>) => ({
  seed: DEV_PHRASE,
  seedType: 'bip',
  derivePath: '',
  pairType: 'sr25519',
  name: 'rules',
  password: PASSWORD,
  ...over,
});

/** A refusal made by a rule: the words first, then the rule id and the cited source. */
function byRule(id: string) {
  return new RegExp(`\\(${id.replace(/\./g, '\\.')}, https://github\\.com/polkadot-js/(apps|ui)/blob/`);
}

describe('the Apps rules are records that cite the file and lines they were read at', () => {
  it('ids are unique; each names a commit of polkadot-js/apps (or a tag of polkadot-js/ui) and lines', () => {
    expect(new Set(APPS_RULES.map((r) => r.id)).size).toBe(APPS_RULES.length);
    for (const rule of APPS_RULES) {
      expect(rule.id).toMatch(/^apps\.[a-z0-9-]+$/);
      if (rule.source.repo === 'polkadot-js/apps') expect(rule.source.ref).toMatch(/^[0-9a-f]{40}$/);
      else expect([rule.source.repo, rule.source.ref]).toEqual(['polkadot-js/ui', 'v3.16.7']);
      expect(rule.source.path).toMatch(/^packages\/[\w-]+\/src\/.+\.tsx?$/);
      expect(rule.source.lines).toMatch(/^\d+(-\d+)?$/);
    }
  });
});

describe('Apps rules replayed on ui-keyring (Node realm)', () => {
  let realm: NodeAppsRealm;
  beforeAll(async () => {
    realm = await startNodeRealm('westend');
  });
  afterAll(async () => {
    await realm?.close();
  });

  describe(CREATE_RAW_SEED_KEEPS_PATH.id, () => {
    it('a raw seed with the path typed before switching to "Raw seed" creates the derived key', async () => {
      const { account, json } = await realm.call('create', create({ seed: SEED, seedType: 'raw', derivePath: '//foo' }) as never);
      expect(account.publicKey).toBe(expectedPublicKey({ secret: { kind: 'seed', seed: SEED }, path: '//foo', type: 'sr25519' }));
      expect(account.publicKey).not.toBe(expectedPublicKey({ secret: { kind: 'seed', seed: SEED }, path: '', type: 'sr25519' }));
      expect(json.meta).toMatchObject({ name: 'rules', genesisHash: WESTEND.genesisHash });
    });

    it('hard paths on ed25519 and ecdsa raw seeds too', async () => {
      for (const pairType of ['ed25519', 'ecdsa'] as const) {
        const { account } = await realm.call('create', create({ seed: SEED, seedType: 'raw', derivePath: '//bar', pairType }) as never);
        expect(account.publicKey).toBe(expectedPublicKey({ secret: { kind: 'seed', seed: SEED }, path: '//bar', type: pairType }));
      }
    });

    it.each(['sr25519', 'ed25519', 'ecdsa'] as const)('every raw-seed path appsPathsFor offers the matrix for %s is one Create takes', async (pairType) => {
      const paths = appsPathsFor(pairType, 'raw-seed', 'seed') ?? [];
      expect(paths.length).toBeGreaterThan(5);
      for (const derivePath of paths) {
        const { account } = await realm.call('create', create({ seed: SEED, seedType: 'raw', derivePath, pairType, name: `seed ${derivePath}` }) as never);
        expect(account.publicKey, derivePath).toBe(expectedPublicKey({ secret: { kind: 'seed', seed: SEED }, path: derivePath, type: pairType }));
      }
    });

    it(`${CREATE_RAW_SEED_NO_PASSWORD.id}: a ///password on a raw seed is refused with Apps' words`, async () => {
      const before = await realm.dumpLocalStorage();
      const error = await refusal(realm.call('create', create({ seed: SEED, seedType: 'raw', derivePath: '//foo///secret' }) as never));
      expect(error.code).toBe('E_PATH_INVALID');
      expect(error.message).toMatch(/^Password are ignored for hex seed /);
      expect(error.message).toMatch(byRule(CREATE_RAW_SEED_NO_PASSWORD.id));
      expect(await realm.dumpLocalStorage()).toEqual(before);
    });
  });

  describe(IMPORT_JSON_PASSWORD.id, () => {
    it('an empty password reaches the keyring (Enter in the field), which refuses an encrypted file in its own words', async () => {
      const { json } = await realm.call('create', create({ derivePath: '//enter' }) as never);
      const other = await startNodeRealm('westend');
      try {
        const error = await refusal(other.call('importJson', JSON.stringify(json), ''));
        expect([error.code, error.message]).toEqual(['E_PASSWORD_REQUIRED', 'Password required to decode encrypted data']);
        expect((await other.call('view')).accounts).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('and restores an unencrypted file with it', async () => {
      const restored = await realm.call('importJson', JSON.stringify(UNENCRYPTED), '');
      expect(restored.publicKey).toBe(expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//unencrypted', type: 'sr25519' }));
    });
  });

  describe(`${DERIVE_MENU.id} and ${BACKUP_MENU.id}`, () => {
    it('offers no derivation and no backup file for a watch-only (QR) account', async () => {
      const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
      const watched = await realm.call('addQr', { payload: `substrate:${alice}:${WESTEND.genesisHash}`, name: 'watched' });
      const derive = await refusal(realm.call('derive', { from: watched.address, rootPassword: PASSWORD, suri: '//x', name: 'child', password: PASSWORD }));
      expect([derive.code, derive.message]).toEqual(['E_UNSUPPORTED', expect.stringMatching(byRule(DERIVE_MENU.id))]);
      const backup = await refusal(realm.call('backup', watched.address, PASSWORD));
      expect([backup.code, backup.message]).toEqual(['E_UNSUPPORTED', expect.stringMatching(byRule(BACKUP_MENU.id))]);
    });
  });

  it(`${DERIVE_UNLOCK.id} and ${DERIVE_SOFT_ED25519.id}: a stored account is unlocked first; soft junctions never under ed25519`, async () => {
    const kusama = await createOnKusama('//derive-rules');
    const reopened = await startNodeRealm('kusama', kusama.dump);
    try {
      const from = kusama.account.address;
      const locked = await refusal(reopened.call('derive', { from, rootPassword: '', suri: '//x', name: 'child', password: PASSWORD }));
      expect([locked.code, locked.message]).toEqual(['E_PASSWORD_REQUIRED', expect.stringMatching(byRule(DERIVE_UNLOCK.id))]);
      const { account } = await realm.call('create', create({ derivePath: '//ed-parent', pairType: 'ed25519' }) as never);
      const soft = await refusal(realm.call('derive', { from: account.address, rootPassword: PASSWORD, suri: '//x/y', name: 'child', password: PASSWORD }));
      expect([soft.code, soft.message]).toEqual(['E_PATH_INVALID', expect.stringMatching(byRule(DERIVE_SOFT_ED25519.id))]);
    } finally {
      await reopened.close();
    }
  });

  it(`${ACCOUNT_NAME.id}: a blank name is refused, a 1-character one taken (Apps has no minimum)`, async () => {
    const error = await refusal(realm.call('create', create({ derivePath: '//blank', name: ' \t ' }) as never));
    expect([error.code, error.message]).toEqual(['E_CLIENT_REFUSED', expect.stringMatching(byRule(ACCOUNT_NAME.id))]);
    const { account } = await realm.call('create', create({ derivePath: '//short', name: 'x', password: 'p' }) as never);
    expect(account.name).toBe('x');
  });
});

describe(`${STORAGE_HIDES_CREATE_AND_JSON.id}: with in-browser storage off (the ui-settings default)`, () => {
  let off: NodeAppsRealm;
  let on: NodeAppsRealm;
  beforeAll(async () => {
    off = await NodeAppsRealm.start({ chain: resolveChain('westend'), allowStorage: false });
    on = await startNodeRealm('westend');
  });
  afterAll(async () => {
    await off?.close();
    await on?.close();
  });

  it('"Account" and "From JSON" are hidden', async () => {
    const { json } = await on.call('create', create({ derivePath: '//storage' }) as never);
    for (const call of [off.call('create', create({}) as never), off.call('importJson', JSON.stringify(json), PASSWORD)]) {
      const error = await refusal(call);
      expect(error.code).toBe('E_UNSUPPORTED');
      expect(error.message).toMatch(byRule(STORAGE_HIDES_CREATE_AND_JSON.id));
    }
  });

  it('"Import", "Export" and "From Qr" are offered', async () => {
    const alice = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
    const watched = await off.call('addQr', { payload: `substrate:${alice}:${WESTEND.genesisHash}`, name: 'watched' });
    expect(watched).toMatchObject({ isExternal: true, hasSecret: false });
    const exported = JSON.parse(await off.call('exportAll', {})) as { address: string }[];
    expect(exported.map((x) => x.address)).toEqual([watched.address]);
    const file = JSON.parse(await on.call('exportAll', { password: PASSWORD })) as unknown[];
    const imported = await off.call('importAll', { fileText: JSON.stringify(file), password: PASSWORD });
    expect(imported.map((a) => a.publicKey)).toContain(
      expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//storage', type: 'sr25519' }),
    );
  });
});
