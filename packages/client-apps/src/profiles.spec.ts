import { auditProfile } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { APPS_PACKAGES, appsInfo } from './apps-info.js';
import { APPS_PROFILE_DIR, APPS_PROFILE_ID } from './apps-profile.js';

/**
 * The Apps profile is the release it names: its release.json (the packages Apps 0.171.1 declares,
 * its tag's lockfile being unreadable here) installed, pinned and locked at exactly those versions.
 */
describe(APPS_PROFILE_ID, () => {
  const audit = auditProfile(APPS_PROFILE_DIR, '@polkadot/ui-keyring');

  it('is installed as its release.json says, one version per @polkadot package, pinned and locked', () => {
    expect(audit.manifest.profile).toBe(APPS_PROFILE_ID);
    expect(audit.installed).toEqual([]);
    expect(audit.mixed).toEqual([]);
    expect(audit.pins).toEqual([]);
    expect(audit.lockfile).toEqual([]);
  });

  it('names an Apps release tag, says how its packages were pinned, and runs ui-keyring 3.16.7 on util-crypto 14.0.3', () => {
    expect(appsInfo('node').release).toMatchObject({ repo: 'polkadot-js/apps', tag: 'v0.171.1', pinnedFrom: 'declared' });
    expect(appsInfo('node').release.note).toMatch(/apps-config@0\.171\.1/);
    expect(APPS_PACKAGES).toMatchObject({ '@polkadot/ui-keyring': '3.16.7', '@polkadot/util-crypto': '14.0.3', '@polkadot/wasm-crypto': '7.5.4' });
    expect(appsInfo('chromium').id).toBe(`${APPS_PROFILE_ID}-chromium`);
  });
});
