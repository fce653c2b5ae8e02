import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { auditProfile, bundledPackages, bundleVersusRelease, findPackageDir, readReleaseManifest, realmBundleFile } from '@interop/core/profile';
import { describe, expect, it } from 'vitest';
import { SUBWALLET_ROOT } from './define-subwallet-profile.js';
import { SUBWALLET_1_3_88, SUBWALLET_PROFILES } from './profiles.js';
import { SUBWALLET_CAPABILITIES } from './subwallet-capabilities.js';
import { SUBWALLET_BUNDLE_OPTIONS, subwalletRealmModules } from './subwallet-keyring.js';

/** Each profile is its release's account core: the versions of the tag's yarn.lock, installed, pinned and locked. */
describe.each(SUBWALLET_PROFILES.map((f) => [f.info.id, f] as const))('%s', (id, factory) => {
  const audit = auditProfile(factory.profileDir, SUBWALLET_ROOT);

  it('is installed as its release.json says, one version per @polkadot package, pinned and locked', () => {
    expect(audit.manifest.profile).toBe(id);
    expect(factory.problems).toEqual([]);
    expect(audit.installed).toEqual([]);
    expect(audit.mixed).toEqual([]);
    expect(audit.pins).toEqual([]);
    expect(audit.lockfile).toEqual([]);
  });

  it('names a tag of Koniverse/SubWallet-Extension read from its lockfile', () => {
    expect(factory.info.release).toMatchObject({ repo: 'Koniverse/SubWallet-Extension', tag: `v${factory.info.version}`, pinnedFrom: 'lockfile' });
  });
});

/**
 * The realm loads SubWallet's modules from one bundle of them (core/profile/realm-bundle.ts): it
 * must hold the release's own packages, at the versions release.json pins, one copy of each
 * @polkadot package, with the .wasm import and the modules' own locations as the hooks give them.
 */
describe.each(SUBWALLET_PROFILES.map((f) => [f.info.id, f.profileDir] as const))('the %s realm bundle', (_id, dir) => {
  it('holds the keyring, its crypto and the Cardano and bitcoin libraries at the pinned versions', async () => {
    const file = await realmBundleFile(dir, subwalletRealmModules(dir), SUBWALLET_BUNDLE_OPTIONS);
    const packages = bundledPackages(file);
    for (const name of [
      '@subwallet/ui-keyring',
      '@subwallet/keyring',
      '@polkadot/util-crypto',
      '@polkadot/wasm-crypto-wasm',
      '@emurgo/cardano-message-signing-browser',
      '@emurgo/cardano-serialization-lib-nodejs',
      'tiny-secp256k1',
    ]) {
      expect(packages[name], name).toBeDefined();
    }
    expect(bundleVersusRelease(file, readReleaseManifest(dir))).toEqual([]);
    // One copy of each @polkadot/* package (two would be two module graphs of one client).
    for (const [name, version] of Object.entries(packages)) if (name.startsWith('@polkadot/')) expect(version, name).not.toContain(' ');
  });

  it("instantiates the message-signing .wasm from its file and reads each library's .wasm from beside it", async () => {
    const text = readFileSync(await realmBundleFile(dir, subwalletRealmModules(dir), SUBWALLET_BUNDLE_OPTIONS), 'utf8');
    const keyring = findPackageDir(findPackageDir(dir, SUBWALLET_ROOT) as string, '@subwallet/keyring') as string;
    const signing = findPackageDir(keyring, '@emurgo/cardano-message-signing-browser') as string;
    const wasmUrl = pathToFileURL(join(signing, 'cardano_message_signing_bg.wasm')).href;
    expect(text).toContain(`readFileSync(new URL(${JSON.stringify(wasmUrl)}))`);
    const tiny = findPackageDir(keyring, 'tiny-secp256k1') as string;
    expect(text).toContain(JSON.stringify(pathToFileURL(join(tiny, 'lib', 'wasm_path.js')).href));
    const serialization = findPackageDir(keyring, '@emurgo/cardano-serialization-lib-nodejs') as string;
    // esbuild may rename the variable in its module's scope (__dirname2), with every use of it.
    expect(text).toMatch(new RegExp(`__dirname\\d* = ${JSON.stringify(serialization).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('the release this profile is', () => {
  it('runs @subwallet/keyring and ui-keyring 0.1.14 over util-crypto 13.5.5, as v1.3.88 locks them', () => {
    expect(SUBWALLET_1_3_88.info.packages).toMatchObject({
      '@subwallet/keyring': '0.1.14',
      '@subwallet/ui-keyring': '0.1.14',
      '@polkadot/util': '13.5.5',
      '@polkadot/util-crypto': '13.5.5',
    });
  });

  it("carries the release's own patch of @polkadot/util (patches/@polkadot+util+13.5.3.patch): detectPackage accepts @subwallet", () => {
    const ui = findPackageDir(SUBWALLET_1_3_88.profileDir, SUBWALLET_ROOT) as string;
    const util = findPackageDir(ui, '@polkadot/util') as string;
    expect(readFileSync(join(util, 'detectPackage.js'), 'utf8')).toContain("!name.startsWith('@subwallet')");
  });

  it("states its traits: util-crypto 13.5.5's rules and scrypt, the root and ethereum index-0 keys of a phrase, words-only import, then Derive account", () => {
    expect(SUBWALLET_1_3_88.info.traits).toMatchObject({
      derivation: { junctions: 'util-crypto', nfc: true, bip39SeedRounds: 2048 },
      keystore: { writes: { N: 2 ** 17, p: 1, r: 8 } },
      phraseDefaults: [
        { path: '', type: 'sr25519' },
        { path: "/m/44'/60'/0'/0/0", type: 'ethereum' },
      ],
      ethereumPath: 'index-0-appended',
      phraseImport: 'words-only',
      phraseDerive: 'unified-derive-account',
    });
  });
});

describe("SubWallet's QR codes (audit 2026-11-30): they exist upstream; Import by QR code is driven, the others not yet", () => {
  it('restore secret-qr is its UI path, for every key type the QR was exported for', () => {
    for (const type of ['sr25519', 'ed25519', 'ecdsa', 'ethereum'] as const)
      expect(SUBWALLET_CAPABILITIES.restore['secret-qr'][type]).toMatchObject({ supported: true, ui: true });
  });

  // transform.ts L135-142 (EXPORT_QR), attach.ts L11-64 (the two scanners), Secret.ts L137-204 (accountsCreateWithSecret).
  it.each([
    ['backup', 'secret-qr', /Export > QR code/],
    ['restore', 'public-key-qr', /Attach Polkadot Vault/],
  ] as const)('%s %s is unsupported as "not driven by this harness yet", never as something SubWallet cannot do', (side, kind, says) => {
    for (const type of ['sr25519', 'ed25519', 'ecdsa', 'ethereum'] as const) {
      const support = SUBWALLET_CAPABILITIES[side][kind][type];
      expect(support.supported).toBe(false);
      if (!support.supported) {
        expect(support.reason).toMatch(/^not driven by this harness yet: /);
        expect(support.reason).toMatch(says);
      }
    }
  });
});
