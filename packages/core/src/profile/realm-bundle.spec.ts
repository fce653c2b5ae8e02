import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPackageDir } from './find-package.js';
import { profileDir } from './profiles-dir.js';
import {
  bundledPackages,
  bundleVersusRelease,
  importRealmModules,
  REALM_BUNDLE_ENV,
  type RealmModule,
  realmBundleDir,
  realmBundleFile,
} from './realm-bundle.js';
import { readReleaseManifest } from './release-manifest.js';

// A pure module of an installed profile (no globals at import): @scure/base, as the Apps profile's util-crypto imports it.
const APPS = profileDir('apps@0.171.1');
const utilCrypto = findPackageDir(APPS, '@polkadot/util-crypto');
if (utilCrypto === undefined) throw new Error('the apps@0.171.1 profile is not installed: run scripts/setup.sh');
const BASE: RealmModule = { from: utilCrypto, specifier: '@scure/base' };
const UTIL: RealmModule = { from: APPS, specifier: '@polkadot/util' };

interface ScureBase {
  readonly base58: { encode(bytes: Uint8Array): string };
}

afterEach(() => {
  delete process.env[REALM_BUNDLE_ENV];
});

describe('importRealmModules', () => {
  it('loads the modules from one bundle of them', async () => {
    const [base] = (await importRealmModules(APPS, [BASE])) as [ScureBase];
    // Bitcoin's base58 of 0x00 0x01 0x02 0x03 (a leading zero byte is a leading '1').
    expect(base.base58.encode(Uint8Array.of(0, 1, 2, 3))).toBe('1Ldp');
    // esbuild's namespace is a plain object; Node's own module namespace is not extensible.
    expect(Object.isExtensible(base)).toBe(true);
  });

  it(`loads each module from its own file with ${REALM_BUNDLE_ENV}=0`, async () => {
    process.env[REALM_BUNDLE_ENV] = '0';
    const [base] = (await importRealmModules(APPS, [BASE])) as [ScureBase];
    expect(base.base58.encode(Uint8Array.of(0, 1, 2, 3))).toBe('1Ldp');
    expect(Object.isExtensible(base)).toBe(false);
  });

  it('loads the files when the bundle cannot be written', async () => {
    const readOnly = mkdtempSync(join(tmpdir(), 'interop-realm-'));
    try {
      // A file where the bundles' directory would go: the build fails before any module ran.
      mkdirSync(join(readOnly, 'node_modules'));
      writeFileSync(realmBundleDir(readOnly), '');
      const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      const [base] = (await importRealmModules(readOnly, [BASE])) as [ScureBase];
      expect(String(said.mock.calls[0]?.[0])).toMatch(/^realm bundle not built, loading the files: /);
      expect(base.base58.encode(Uint8Array.of(0, 1, 2, 3))).toBe('1Ldp');
      expect(Object.isExtensible(base)).toBe(false);
    } finally {
      vi.restoreAllMocks();
      rmSync(readOnly, { recursive: true, force: true });
    }
  });
});

describe('realmBundleFile', () => {
  it('builds one bundle per list of modules and reuses it', async () => {
    const first = await realmBundleFile(APPS, [BASE]);
    const built = statSync(first).mtimeMs;
    expect(await realmBundleFile(APPS, [BASE])).toBe(first);
    expect(statSync(first).mtimeMs).toBe(built);
    expect(await realmBundleFile(APPS, [BASE, UTIL])).not.toBe(first);
  });

  it('lists the packages it took, each at its installed version', async () => {
    const file = await realmBundleFile(APPS, [UTIL]);
    const packages = bundledPackages(file);
    expect(packages['@polkadot/util']).toBe('14.0.3');
    expect(packages['@scure/base']).toBeUndefined();
    // One copy of each @polkadot/* package (two would be two module graphs of one client).
    for (const [name, version] of Object.entries(packages)) if (name.startsWith('@polkadot/')) expect(version, name).not.toContain(' ');
  });

  it('compares what it took with what the release pins', async () => {
    const file = await realmBundleFile(APPS, [UTIL]);
    const manifest = readReleaseManifest(APPS);
    expect(bundleVersusRelease(file, manifest)).toEqual([]);
    const other = { ...manifest, shipped: { ...manifest.shipped, '@polkadot/util': '14.0.2' } };
    expect(bundleVersusRelease(file, other)).toEqual(['@polkadot/util: 14.0.3, release: 14.0.2']);
    // A package pinned as a dependency must be among the copies the bundle took.
    const withBase = await realmBundleFile(APPS, [BASE, UTIL]);
    const pinsBase = { ...manifest, shipped: { ...manifest.shipped, '@polkadot/util-crypto>@scure/base': '9.9.9' } };
    expect(bundleVersusRelease(withBase, pinsBase)).toEqual(['@scure/base: 1.2.6, release: 9.9.9']);
  });
});
