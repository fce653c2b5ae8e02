import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditProfile } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { EXTENSION_0_55_1, EXTENSION_0_62_2, EXTENSION_0_62_3, EXTENSION_PROFILES } from './profiles.js';

/**
 * Each profile is the release it names: the packages its release.json lists (read from the
 * tag's yarn.lock), installed, pinned and locked at exactly those versions, each substitute
 * carrying the evidence that it is the same code.
 */
describe.each(EXTENSION_PROFILES.map((f) => [f.info.id, f] as const))('%s', (id, factory) => {
  const audit = auditProfile(factory.profileDir, '@polkadot/extension-base');

  it('is installed as its release.json says, one version per @polkadot package, pinned and locked', () => {
    expect(audit.manifest.profile).toBe(id);
    expect(factory.problems).toEqual([]);
    expect(audit.installed).toEqual([]);
    expect(audit.mixed).toEqual([]);
    expect(audit.pins).toEqual([]);
    expect(audit.lockfile).toEqual([]);
  });

  it('names a tag of polkadot-js/extension read from its lockfile, and a reason for every substitute', () => {
    expect(factory.info.release).toMatchObject({ repo: 'polkadot-js/extension', tag: `v${factory.info.version}`, pinnedFrom: 'lockfile' });
    for (const s of audit.manifest.substitutions) {
      expect(s.why).toMatch(/not on the npm registry/);
      expect(s.evidence).toMatch(/changes no file under .* but packageInfo\.ts/);
    }
  });
});

describe('the releases these profiles are', () => {
  it('0.62.3 runs the util-crypto and ui-keyring its v0.62.3 lockfile ships (13.5.7 / 3.16.2, source-identical 3.16.3)', () => {
    expect(EXTENSION_0_62_3.info.packages).toMatchObject({
      '@polkadot/extension-base': '0.62.3',
      '@polkadot/util-crypto': '13.5.7',
      '@polkadot/keyring': '13.5.7',
      '@polkadot/wasm-crypto': '7.5.1',
      '@polkadot/ui-keyring': '3.16.3',
    });
    expect(readFileSync(join(EXTENSION_0_62_3.profileDir, 'release.json'), 'utf8')).toMatch(/"@polkadot\/ui-keyring": "3\.16\.2"/);
  });

  it('0.62.2 ships util-crypto 13.5.6; 0.55.1 ships 13.2.1', () => {
    expect(EXTENSION_0_62_2.info.packages['@polkadot/util-crypto']).toBe('13.5.6');
    expect(EXTENSION_0_55_1.info.packages['@polkadot/util-crypto']).toBe('13.2.1');
  });

  it('states the traits that follow from its util-crypto (NFC from 13.4.1, 210000 rounds in 13.5.6, scrypt N=2^17 from 13.5.3)', () => {
    expect(EXTENSION_0_62_3.info.traits.derivation).toEqual({ junctions: 'util-crypto', nfc: true, bip39SeedRounds: 2048 });
    expect(EXTENSION_0_62_2.info.traits.derivation).toEqual({ junctions: 'util-crypto', nfc: true, bip39SeedRounds: 210000 });
    expect(EXTENSION_0_55_1.info.traits.derivation).toEqual({ junctions: 'util-crypto', nfc: false, bip39SeedRounds: 2048 });
    expect(EXTENSION_0_55_1.info.traits.keystore?.writes).toEqual({ N: 2 ** 15, p: 1, r: 8 });
    expect(EXTENSION_0_62_3.info.traits.keystore?.writes).toEqual({ N: 2 ** 17, p: 1, r: 8 });
  });
});
