import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as fcTest } from '@fast-check/vitest';
import { type AccountSpec, DEV_PHRASE, expectedPublicKey, type KeyType, KNOWN_ANSWERS, ss58Address } from '@interop/core';
import { accountSpecArb } from '@interop/core/arbitraries';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppsClient } from '../apps-client.js';
import type { ChromiumAppsRealm } from '../chromium-realm/chromium-realm.js';
import { EXTENSION_BATCH_FILE, type RealmName, refusal, SEED, startApps } from './apps-instances.js';

/** One spec per key type, each with a published answer in core's KNOWN_ANSWERS. */
const SPECS: Readonly<Record<KeyType, AccountSpec>> = {
  sr25519: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice/westend', type: 'sr25519', name: 'sr', password: 'pw-sr' },
  ed25519: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'ed25519', name: 'ed', password: 'pw-ed' },
  ecdsa: { secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'ecdsa', name: 'ec', password: 'pw-ec' },
  ethereum: {
    secret: { kind: 'phrase', phrase: 'seed sock milk update focus rotate barely fade car face mechanic mercy' },
    path: "/m/44'/60'/0'/0/0",
    type: 'ethereum',
    name: 'eth',
    password: 'pw-eth',
  },
};

/** What Apps accepts in "Add account" on a substrate chain, decided from the spec alone (operations/apps-rules.ts). */
function appsAccepts(spec: AccountSpec): boolean {
  if (!spec.name.trim()) return false; // apps.account-name
  if (spec.secret.kind === 'seed' && spec.path.includes('///')) return false; // apps.create-raw-seed-no-password
  return true;
}

/** Phrases and raw seeds, both with paths: a raw seed keeps the path typed before (apps.create-raw-seed-keeps-path). */
const specArb = fc
  .constantFrom<KeyType>('sr25519', 'ed25519', 'ecdsa')
  .chain((type) => fc.oneof(accountSpecArb({ type, secret: 'phrase' }), accountSpecArb({ type, secret: 'seed' })))
  .filter(appsAccepts);

/**
 * The contract both realms pass. Public keys are checked against core's independent oracle
 * (expectedPublicKey) and published vectors, never against what Apps answered elsewhere.
 * Every scrypt at N=2^17 costs about a second: the runs here are few.
 */
export function describeAppsContract(realm: RealmName): void {
  describe(`Apps (${realm} realm) contract`, () => {
    let a: AppsClient;
    let b: AppsClient;

    beforeAll(async () => {
      [a, b] = await Promise.all([startApps(realm, 'polkadot'), startApps(realm, 'polkadot')]);
    });
    afterAll(async () => {
      await Promise.all([a?.dispose(), b?.dispose()]);
    });

    it('starts with one copy of each @polkadot package: no warning at load, in-browser storage allowed', async () => {
      expect(await a.realm.call('warnings')).toEqual([]);
      const dump = await a.realm.dumpLocalStorage();
      expect(JSON.parse(dump.settings ?? '{}')).toMatchObject({ storage: 'on', prefix: -1 });
    });

    it('restores the dev phrase at the published address (Add account with the mnemonic pasted)', async () => {
      const alice = KNOWN_ANSWERS.find((k) => k.suri === `${DEV_PHRASE}//Alice` && k.type === 'sr25519');
      const [identity] = await b.restore({ kind: 'phrase', phrase: DEV_PHRASE, path: '//Alice', type: 'sr25519' }, { password: 'pw' });
      expect(identity && ss58Address(identity.publicKey, 'sr25519', 42)).toBe(alice?.address);
      expect(identity?.hasSecret).toBe(true);
    });

    it.each(['sr25519', 'ed25519', 'ecdsa'] as const)('round trip of %s: the JSON Apps downloads at creation restores the same key elsewhere', async (type) => {
      const spec = SPECS[type];
      const created = await a.realm.call('create', {
        seed: DEV_PHRASE,
        seedType: 'bip',
        derivePath: spec.path,
        pairType: type,
        name: spec.name,
        password: spec.password,
      });
      expect(created.json.encoding.content).toEqual(['pkcs8', type]);
      const [restored] = await b.restore({ kind: 'json-keystore', json: created.json }, { password: spec.password });
      expect(restored?.type).toBe(type);
      expect(restored?.publicKey).toBe(expectedPublicKey(spec));
      const published = KNOWN_ANSWERS.find((k) => k.suri === `${DEV_PHRASE}${spec.path}` && k.type === type && k.publicKey);
      if (published?.publicKey) expect(restored?.publicKey).toBe(published.publicKey);
    });

    it("round trip of ethereum on an Ethereum chain (moonbeam): Create with m/44'/60'/0'/0/0, Import elsewhere", async () => {
      const [ea, eb] = await Promise.all([startApps(realm, 'moonbeam'), startApps(realm, 'moonbeam')]);
      try {
        const spec = SPECS.ethereum;
        const created = await ea.realm.call('create', {
          seed: spec.secret.kind === 'phrase' ? spec.secret.phrase : spec.secret.seed,
          seedType: 'bip',
          derivePath: spec.path.slice(1),
          pairType: 'ethereum',
          name: spec.name,
          password: spec.password,
        });
        const published = KNOWN_ANSWERS.find((k) => k.type === 'ethereum');
        expect(created.account.publicKey).toBe(published?.publicKey);
        expect(created.account.address).toBe(published?.address);
        const [restored] = await eb.restore({ kind: 'json-keystore', json: created.json }, { password: spec.password });
        expect(restored?.publicKey).toBe(expectedPublicKey(spec));
        expect(restored?.type).toBe('ethereum');
      } finally {
        await Promise.all([ea.dispose(), eb.dispose()]);
      }
    });

    fcTest.prop([specArb], { numRuns: 2, seed: SEED, endOnFailure: true })(
      // @fast-check/vitest appends "(with seed=N)" to the name: INTEROP_TEST_SEED=N replays it.
      'property: create -> Backup (JSON) -> restore in another instance gives the oracle public key',
      async (spec) => {
        const ref = await a.create(spec);
        expect(ref.identity.publicKey).toBe(expectedPublicKey(spec));
        const artifact = await a.backup(ref, 'json', spec.password);
        const [restored] = await b.restore(artifact, { password: spec.password });
        expect(restored?.publicKey).toBe(expectedPublicKey(spec));
        expect(restored?.type).toBe(spec.type);
      },
    );

    it("refuses the extension's batch file with Apps' own messages and writes nothing", async () => {
      const before = await b.realm.dumpLocalStorage();
      const importAll = await refusal(b.restore({ kind: 'batch-json', json: EXTENSION_BATCH_FILE }, { password: 'pw' }));
      expect(importAll.code).toBe('E_CLIENT_REFUSED');
      expect(importAll.message).toMatch(/^Invalid format: File content should be an array \(apps\.import-all-file, /);
      const single = await refusal(b.realm.call('importJson', JSON.stringify(EXTENSION_BATCH_FILE), 'pw'));
      expect(single.message).toContain('Unable to decode non-pkcs8 type, [batch-pkcs8] found');
      expect(await b.realm.dumpLocalStorage()).toEqual(before);
    });

    it("a wrong password is refused with the keyring's message and nothing is stored", async () => {
      const spec = SPECS.sr25519;
      const created = await a.realm.call('create', {
        seed: DEV_PHRASE,
        seedType: 'bip',
        derivePath: '//wrong-pw',
        pairType: 'sr25519',
        name: 'x',
        password: 'right',
      });
      const before = await b.realm.dumpLocalStorage();
      const shown = (await b.realm.call('view')).accounts.length;
      const error = await refusal(b.restore({ kind: 'json-keystore', json: created.json }, { password: `${spec.password}-wrong` }));
      expect(error.code).toBe('E_PASSWORD_WRONG');
      expect(error.message).toBe('Unable to decode using the supplied passphrase');
      expect(await b.realm.dumpLocalStorage()).toEqual(before);
      expect((await b.realm.call('view')).accounts).toHaveLength(shown);
    });

    it('local-storage: the dump of one instance, loaded into another, shows the same accounts', async () => {
      const artifact = await a.backup({ handle: '', identity: { publicKey: '0x', type: 'sr25519', hasSecret: true } }, 'local-storage', '');
      expect(artifact.kind).toBe('local-storage');
      const shownInA = (await a.realm.call('view')).accounts.map((x) => x.publicKey).sort();
      const c = await startApps(realm, 'polkadot');
      try {
        const restored = await c.restore(artifact, {});
        expect(restored.map((x) => x.publicKey).sort()).toEqual(shownInA);
        expect(await c.realm.dumpLocalStorage()).toEqual(artifact.kind === 'local-storage' ? artifact.dump : {});
      } finally {
        await c.dispose();
      }
    });

    if (realm === 'chromium') {
      it('the harness page shows the accounts it holds (screenshot)', async () => {
        const page = (a.realm as ChromiumAppsRealm).profile.page;
        const shown = (await a.realm.call('view')).accounts;
        expect(shown.length).toBeGreaterThan(0);
        const file = join(tmpdir(), `interop-apps-harness-${process.pid}.png`);
        rmSync(file, { force: true });
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        const png = readFileSync(file);
        expect(png.length).toBeGreaterThan(1000);
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const text = (await page.textContent('body')) ?? '';
        for (const account of shown) {
          expect(text).toContain(account.address);
          expect(text).toContain(account.name);
        }
        expect(text).toContain('connected to polkadot');
        rmSync(file, { force: true });
      });
    }
  });
}
