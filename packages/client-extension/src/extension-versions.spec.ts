import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AccountSpec, DEV_PHRASE, expectedPublicKey, type KeystoreJson, readScryptHeader, UTIL_CRYPTO_RULES } from '@interop/core';
import { phraseArb } from '@interop/core/arbitraries';
import { findPackageDir } from '@interop/core/profile';
import { testSeed, withSeed } from '@interop/core/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionFactory } from './define-extension-profile.js';
import type { ExtensionClient } from './extension-client.js';
import { EXTENSION_0_55_1, EXTENSION_0_62_2, EXTENSION_0_62_3 } from './profiles.js';

/** The property below affords 3 runs: a fresh seed each run explores new phrases (replay one with INTEROP_TEST_SEED). */
const SEED = testSeed();
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'apps/cli/dist/main.js');
const ISSUE_1577 = 'https://github.com/polkadot-js/extension/issues/1577';
const ISSUE_11855 = 'https://github.com/polkadot-js/apps/issues/11855';

const spec = (over: Partial<AccountSpec>): AccountSpec => ({
  secret: { kind: 'phrase', phrase: DEV_PHRASE },
  path: '',
  type: 'sr25519',
  name: 'version test',
  password: 'version password',
  ...over,
});

/** The util-crypto file the profile's extension-base really loads (resolved from where extension-base is installed). */
function utilCryptoFile(factory: ExtensionFactory, file: string): string {
  const base = findPackageDir(factory.profileDir, '@polkadot/extension-base');
  const utilCrypto = base && findPackageDir(base, '@polkadot/util-crypto');
  if (utilCrypto === undefined) throw new Error(`@polkadot/util-crypto not found under ${factory.profileDir}`);
  return readFileSync(join(utilCrypto, file), 'utf8');
}

function profileFiles(factory: ExtensionFactory): { overrides: Record<string, string>; dependencies: Record<string, string>; lock: string } {
  const pkg = JSON.parse(readFileSync(join(factory.profileDir, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    pnpm: { overrides: Record<string, string> };
  };
  return { overrides: pkg.pnpm.overrides, dependencies: pkg.dependencies, lock: readFileSync(join(factory.profileDir, 'pnpm-lock.yaml'), 'utf8') };
}

/**
 * `interop restore` of the built CLI (the runner's registry: every client, Apps included). Its
 * limit leaves the calling test (300 s) time for its own work, so a hung child is killed before
 * the test gives up on it, never left running after.
 */
function cliRestore(client: string, file: string, passwordFile: string): Promise<{ code: number; out: { ok?: boolean; accounts?: { publicKey: string }[] } }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'restore', '--client', client, '--from', file, '--password-file', passwordFile, '--json'],
      { cwd: ROOT, encoding: 'utf8', timeout: 180_000 },
      (error, stdout) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: JSON.parse(stdout || '{}') });
      },
    );
  });
}

describe(`extension@0.55.1: @polkadot/* 13.2.1, scrypt N=2^15 only (${ISSUE_1577})`, () => {
  it('runs extension-base 0.55.1 with the @polkadot/* 13.2.1 its v0.55.1 lockfile ships', () => {
    expect(EXTENSION_0_55_1.info).toMatchObject({ id: 'extension@0.55.1', client: 'extension', version: '0.55.1', realm: 'node' });
    expect(EXTENSION_0_55_1.info.packages).toMatchObject({
      '@polkadot/extension-base': '0.55.1',
      '@polkadot/util': '13.2.1',
      '@polkadot/util-crypto': '13.2.1',
      '@polkadot/keyring': '13.2.1',
      '@polkadot/networks': '13.2.1',
      '@polkadot/ui-keyring': '3.11.1',
      '@polkadot/ui-settings': '3.11.1',
    });
    expect(profileFiles(EXTENSION_0_55_1).lock).toContain("'@polkadot/util-crypto': 13.2.1");
  });

  it('loads a scryptFromU8a that accepts only its default N=2^15, p=1, r=8', () => {
    const fromU8a = utilCryptoFile(EXTENSION_0_55_1, 'scrypt/fromU8a.js');
    expect(fromU8a).toContain("throw new Error('Invalid injected scrypt params found')");
    expect(fromU8a).toContain('N !== DEFAULT_PARAMS.N');
    expect(fromU8a).not.toContain('ALLOWED_PARAMS');
    expect(utilCryptoFile(EXTENSION_0_55_1, 'scrypt/defaults.js')).toMatch(/N: 1 << 15,\s*p: 1,\s*r: 8/);
  });

  describe('backups across the scrypt change', () => {
    let current: ExtensionClient;
    let old: ExtensionClient;
    const dir = mkdtempSync(join(tmpdir(), 'interop-ext-versions-'));
    beforeAll(async () => {
      [current, old] = await Promise.all([EXTENSION_0_62_3.start(), EXTENSION_0_55_1.start()]);
    });
    afterAll(async () => {
      await Promise.all([current?.dispose(), old?.dispose()]);
      rmSync(dir, { recursive: true, force: true });
    });

    it('a JSON exported by the current extension (N=2^17) fails in 0.55.1 with its own error text', async () => {
      const made = spec({ path: '//exported-by-0.62.3' });
      const ref = await current.create(made);
      const file = await current.backup(ref, 'json', made.password);
      if (file.kind !== 'json-keystore') throw new Error('expected a keystore');
      expect(readScryptHeader(file.json)).toMatchObject({ N: 2 ** 17, p: 1, r: 8 });
      await expect(old.restore(file, { password: made.password })).rejects.toMatchObject({
        code: 'E_SCRYPT_PARAMS',
        message: 'Invalid injected scrypt params found',
      });
      expect(await old.accounts()).toEqual([]);
    });

    it('a JSON exported by 0.55.1 (N=2^15) restores as the same key in the current extension and in Apps', async () => {
      const made = spec({ path: '//exported-by-0.55.1', password: 'old extension password' });
      const expected = expectedPublicKey(made);
      const ref = await old.create(made);
      expect(ref.identity.publicKey).toBe(expected);
      const file = await old.backup(ref, 'json', made.password);
      if (file.kind !== 'json-keystore') throw new Error('expected a keystore');
      expect(readScryptHeader(file.json)).toMatchObject({ N: 2 ** 15, p: 1, r: 8 });

      const [restored] = await current.restore(file, { password: made.password });
      expect(restored).toMatchObject({ publicKey: expected, type: 'sr25519', hasSecret: true });

      // Apps, through the CLI (this package does not load the Apps client itself).
      const jsonPath = join(dir, 'from-0.55.1.json');
      const passwordPath = join(dir, 'password');
      writeFileSync(jsonPath, JSON.stringify(file.json satisfies KeystoreJson));
      writeFileSync(passwordPath, made.password);
      const apps = await cliRestore('apps@0.171.1', jsonPath, passwordPath);
      expect(apps.code).toBe(0);
      expect(apps.out.accounts?.map((a) => a.publicKey)).toEqual([expected]);
    });
  });
});

describe(`extension@0.62.2: util-crypto 13.5.6, pbkdf2 at 210000 rounds (${ISSUE_11855})`, () => {
  it('runs the util-crypto 13.5.6 its v0.62.2 lockfile ships, whose pbkdf2Encode defaults to 210000 rounds', () => {
    expect(EXTENSION_0_62_2.info).toMatchObject({ id: 'extension@0.62.2', client: 'extension', version: '0.62.2' });
    expect(EXTENSION_0_62_2.info.packages).toMatchObject({ '@polkadot/util': '13.5.6', '@polkadot/util-crypto': '13.5.6', '@polkadot/keyring': '13.5.6' });
    expect(profileFiles(EXTENSION_0_62_2).lock).toContain("'@polkadot/util-crypto': 13.5.6");
    expect(utilCryptoFile(EXTENSION_0_62_2, 'pbkdf2/encode.js')).toMatch(/rounds = 210000/);
  });

  describe('the same phrase in 13.5.6 and in the current extension', () => {
    let current: ExtensionClient;
    let affected: ExtensionClient;
    beforeAll(async () => {
      [current, affected] = await Promise.all([EXTENSION_0_62_3.start(), EXTENSION_0_62_2.start()]);
    });
    afterAll(async () => {
      await Promise.all([current?.dispose(), affected?.dispose()]);
    });

    it(withSeed('gives another ethereum address there and the same sr25519 address (property)', SEED), async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(phraseArb(), async (phrase) => {
          n += 1;
          const eth = spec({ secret: { kind: 'phrase', phrase }, type: 'ethereum', name: `eth ${n}` });
          const sr = spec({ secret: { kind: 'phrase', phrase }, name: `sr ${n}` });
          // The extension imports ethereum at BIP44 index 0 (getSuri), so the oracle's spec carries that path.
          const expectedEth = expectedPublicKey({ ...eth, path: "/m/44'/60'/0'/0/0" });
          const [ethNow, ethThen, srNow, srThen] = [await current.create(eth), await affected.create(eth), await current.create(sr), await affected.create(sr)];
          expect(ethNow.identity.publicKey).toBe(expectedEth);
          // The independent oracle with 13.5.6's rounds gives the key the release really made.
          expect(ethThen.identity.publicKey).toBe(expectedPublicKey({ ...eth, path: "/m/44'/60'/0'/0/0" }, { ...UTIL_CRYPTO_RULES, bip39SeedRounds: 210000 }));
          expect(ethThen.identity.publicKey).not.toBe(expectedEth);
          expect(srNow.identity.publicKey).toBe(expectedPublicKey(sr));
          expect(srThen.identity.publicKey).toBe(srNow.identity.publicKey);
        }),
        { numRuns: 3, seed: SEED },
      );
    });
  });
});
