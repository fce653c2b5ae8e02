import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedVersions, profileDir, readReleaseManifest } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { BUILD_INFO_FILE, MV3_PROFILES, type Mv3BuildInfo, mv3BuildDir } from './mv3-build-dir.js';

/**
 * The unpacked MV3 extension built for each release (dist/mv3/<profile>/, `pnpm build`): a
 * manifest v3 whose background is a module service worker, and bundles whose every @polkadot/*
 * package is the version the release shipped (profiles/<id>/release.json), never the workspace's.
 */
describe.each(MV3_PROFILES.map((id) => [id] as const))('the MV3 build of %s', (id) => {
  const dir = mv3BuildDir(id);
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const release = readReleaseManifest(profileDir(id));

  it('is built (pnpm exec turbo run build)', () => {
    for (const file of ['manifest.json', 'background.js', 'index.html', 'popup.js', BUILD_INFO_FILE]) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it('has a manifest v3 with the module service worker, the storage and tabs permissions and the popup, as manifest_chrome.json', () => {
    expect(read<Record<string, unknown>>('manifest.json')).toMatchObject({
      manifest_version: 3,
      short_name: 'polkadot{.js}',
      version: release.release,
      permissions: ['storage', 'tabs'],
      background: { service_worker: 'background.js', type: 'module' },
      action: { default_popup: 'index.html' },
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    });
  });

  it('bundles every @polkadot/* package at the version the release shipped', () => {
    const info = read<Mv3BuildInfo>(BUILD_INFO_FILE);
    const shipped = expectedVersions(release);
    expect(info.release).toBe(release.release);
    expect(info.polkadotPackages['@polkadot/extension-base']).toBe(shipped['@polkadot/extension-base']);
    expect(info.polkadotPackages['@polkadot/util-crypto']).toBe(shipped['@polkadot/util-crypto']);
    expect(info.polkadotPackages['@polkadot/ui-keyring']).toBe(shipped['@polkadot/ui-keyring']);
    const differing = Object.entries(info.polkadotPackages).filter(([name, version]) => shipped[name] !== undefined && shipped[name] !== version);
    expect(differing).toEqual([]);
  });

  it('runs the service worker module as one async function (no top-level await, which Chromium refuses in a service worker)', () => {
    const code = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(code.startsWith('(async () => {\n')).toBe(true);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    // extension-base handlers/index.ts's `await state.init()` is inside it, ahead of background.ts's listeners.
    expect(code.indexOf('await state.init()')).toBeGreaterThan(0);
    expect(code.indexOf('await state.init()')).toBeLessThan(code.indexOf('chrome.runtime.onConnect.addListener'));
  });

  it('names the popup’s port as the extension does: EXTENSION_PREFIX, the manifest’s 64-bit blake2 hash, -extension', () => {
    expect(read<Mv3BuildInfo>(BUILD_INFO_FILE).portName).toMatch(/^polkadot\{\.js\}-0x[0-9a-f]{16}-extension$/);
  });
});
