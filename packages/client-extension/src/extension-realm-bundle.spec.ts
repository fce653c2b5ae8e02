import { bundledPackages, bundleVersusRelease, readReleaseManifest, realmBundleFile } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { extensionRealmModules } from './extension-background.js';
import { EXTENSION_PROFILES } from './profiles.js';

/**
 * The Node realm loads the background's modules from one bundle of them (core/profile/realm-bundle.ts):
 * it must hold the release's own packages, at the versions release.json pins, one copy each.
 */
describe.each(EXTENSION_PROFILES.map((f) => [f.info.id, f.profileDir] as const))('the %s realm bundle', (_id, dir) => {
  it('holds the background, its keyring and its crypto at the pinned versions', async () => {
    const file = await realmBundleFile(dir, extensionRealmModules(dir));
    const packages = bundledPackages(file);
    const manifest = readReleaseManifest(dir);
    for (const name of ['@polkadot/extension-base', '@polkadot/ui-keyring', '@polkadot/util-crypto', '@polkadot/wasm-crypto-wasm']) {
      expect(packages[name], name).toBeDefined();
    }
    expect(bundleVersusRelease(file, manifest)).toEqual([]);
    // One copy of each @polkadot/* package (two would be two module graphs of one client).
    for (const [name, version] of Object.entries(packages)) if (name.startsWith('@polkadot/')) expect(version, name).not.toContain(' ');
  });
});
