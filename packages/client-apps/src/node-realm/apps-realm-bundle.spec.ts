import { bundledPackages, bundleVersusRelease, readReleaseManifest, realmBundleFile } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { APPS_PROFILE_DIR } from '../apps-profile.js';
import { appsRealmModules } from './load-apps-profile.js';

/**
 * The Node realm loads Apps' keyring modules from one bundle of them (core/profile/realm-bundle.ts):
 * it must hold the profile's own packages, at the versions release.json pins, one copy each.
 */
describe('the Apps realm bundle', () => {
  it('holds ui-keyring, ui-settings and the crypto at the pinned versions', async () => {
    const file = await realmBundleFile(APPS_PROFILE_DIR, appsRealmModules(APPS_PROFILE_DIR));
    const packages = bundledPackages(file);
    for (const name of ['@polkadot/ui-keyring', '@polkadot/ui-settings', '@polkadot/util-crypto', '@polkadot/wasm-crypto-wasm']) {
      expect(packages[name], name).toBeDefined();
    }
    expect(bundleVersusRelease(file, readReleaseManifest(APPS_PROFILE_DIR))).toEqual([]);
    // One copy of each @polkadot/* package (two would be two module graphs of one client).
    for (const [name, version] of Object.entries(packages)) if (name.startsWith('@polkadot/')) expect(version, name).not.toContain(' ');
  });
});
