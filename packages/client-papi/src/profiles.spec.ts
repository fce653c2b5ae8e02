import { auditProfile } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { PAPI_ROOT } from './define-papi-profile.js';
import { PAPI_0_0_28, PAPI_PROFILES } from './profiles.js';

/**
 * Each profile is the release it names: the packages its release.json lists (what the published
 * manifests' ranges resolve to; a library ships no lockfile to its users), installed, pinned and
 * locked at exactly those versions.
 */
describe.each(PAPI_PROFILES.map((f) => [f.info.id, f] as const))('%s', (id, factory) => {
  const audit = auditProfile(factory.profileDir, PAPI_ROOT);

  it('is installed as its release.json says, pinned and locked', () => {
    expect(audit.manifest.profile).toBe(id);
    expect(factory.problems).toEqual([]);
    expect(audit.installed).toEqual([]);
    expect(audit.pins).toEqual([]);
    expect(audit.lockfile).toEqual([]);
  });

  it('names a tag of polkadot-labs/hdkd and says how it was pinned', () => {
    expect(factory.info.release).toMatchObject({ repo: 'polkadot-labs/hdkd', tag: `hdkd-v${factory.info.version}`, pinnedFrom: 'declared' });
    expect(factory.info.release.substitutions).toEqual([]);
  });
});

describe('the release this profile is', () => {
  it('hdkd 0.0.28 over hdkd-helpers 0.0.30 and @scure/sr25519 1.0.0', () => {
    expect(PAPI_0_0_28.info.packages).toMatchObject({
      '@polkadot-labs/hdkd': '0.0.28',
      '@polkadot-labs/hdkd-helpers': '0.0.30',
      '@polkadot-labs/hdkd-helpers>@scure/sr25519': '1.0.0',
      '@polkadot-labs/hdkd-helpers>scale-ts': '1.6.1',
    });
  });

  it("states hdkd-helpers' derivation rules: its own junctions, no NFC, NFKD passwords", () => {
    expect(PAPI_0_0_28.info.traits.derivation).toEqual({ junctions: 'hdkd', nfc: false, bip39SeedRounds: 2048, passwordNormalisation: 'NFKD' });
    expect(PAPI_0_0_28.info.traits.keystore).toBeUndefined();
  });
});
