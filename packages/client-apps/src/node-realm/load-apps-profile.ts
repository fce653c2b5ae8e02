import { realpathSync } from 'node:fs';
import { findPackageDir, importRealmModules, type RealmModule } from '@interop/core/profile';
import { countScrypt } from '@interop/core/rpc';
import { type AppsDeps, AppsError } from '../operations/index.js';

type ProfileModules = Pick<AppsDeps, 'keyring' | 'networks' | 'settings' | 'util' | 'utilCrypto'>;

// Runs inside the worker: no runtime import of @interop/core's root (it loads the workspace's own
// @polkadot/util, a second copy next to the profile's); errors are AppsError, which carry a code.

/**
 * The modules the Apps realm loads from the profile: util-crypto's wasm-crypto and networks from
 * beside it, the very instances util-crypto imports (pnpm links them beside util-crypto's real path).
 */
export function appsRealmModules(profileDir: string): RealmModule[] {
  const utilCryptoDir = findPackageDir(profileDir, '@polkadot/util-crypto');
  // Only the profile's own install: a copy found further up (the workspace's) is another release.
  if (utilCryptoDir === undefined || !utilCryptoDir.startsWith(realpathSync(profileDir))) {
    throw new AppsError(
      'E_INTERNAL',
      `@polkadot/util-crypto is not installed in ${profileDir}: run scripts/setup.sh (pnpm install --frozen-lockfile --ignore-workspace in that directory)`,
    );
  }
  return [
    { from: profileDir, specifier: '@polkadot/util' },
    { from: profileDir, specifier: '@polkadot/util-crypto' },
    { from: utilCryptoDir, specifier: '@polkadot/wasm-crypto' },
    { from: utilCryptoDir, specifier: '@polkadot/networks/defaults' },
    { from: profileDir, specifier: '@polkadot/ui-settings' },
    { from: profileDir, specifier: '@polkadot/ui-keyring' },
  ];
}

/**
 * Loads the Apps keyring code from the profile. Must run after the realm's localStorage is on
 * globalThis: the `store` package (ui-keyring's BrowserStore, ui-settings) picks its storage when
 * it loads (store/src/util.js: `Global = typeof window !== 'undefined' ? window : global`, then
 * store/storages/localStorage.js reads `Global.localStorage`).
 */
export async function loadAppsProfile(profileDir: string): Promise<ProfileModules> {
  const [util, utilCrypto, wasmCrypto, networks, settingsModule, keyringModule] = (await importRealmModules(profileDir, appsRealmModules(profileDir))) as [
    typeof import('@polkadot/util'),
    typeof import('@polkadot/util-crypto'),
    Parameters<typeof countScrypt>[0],
    AppsDeps['networks'],
    typeof import('@polkadot/ui-settings'),
    typeof import('@polkadot/ui-keyring'),
  ];
  await utilCrypto.cryptoWaitReady();
  // Count this realm's scrypt runs for `pnpm bench` (core/rpc/scrypt-census.ts).
  countScrypt(wasmCrypto);
  return {
    keyring: keyringModule.keyring,
    networks: { knownGenesis: networks.knownGenesis, knownLedger: networks.knownLedger },
    settings: settingsModule.settings,
    util,
    utilCrypto,
  };
}
