import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importRealmModules, type RealmModule } from '@interop/core/profile';
import { countScrypt } from '@interop/core/rpc';
import { type AppsDeps, AppsError } from '../operations/index.js';

type ProfileModules = Pick<AppsDeps, 'keyring' | 'settings' | 'util' | 'utilCrypto'>;

/** Node's ESM conditions, in the order Node tries them (types never names a runtime file). */
const CONDITIONS = new Set(['node', 'import', 'module', 'default']);

function pickExport(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (typeof target !== 'object' || target === null) return undefined;
  for (const [condition, value] of Object.entries(target)) {
    if (!CONDITIONS.has(condition)) continue;
    const picked = pickExport(value);
    if (picked !== undefined) return picked;
  }
  return undefined;
}

/** The ESM entry file of the package in `dir`, as Node resolves `exports["."]`, at its real path. */
function packageEntryUrl(dir: string, name: string, profileDir: string): URL {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) {
    throw new AppsError(
      'E_INTERNAL',
      `${name} is not installed in ${profileDir}: run scripts/setup.sh (pnpm install --frozen-lockfile --ignore-workspace in that directory)`,
    );
  }
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, unknown>; module?: string; main?: string };
  const entry = pickExport(pkg.exports?.['.']) ?? pkg.module ?? pkg.main ?? 'index.js';
  return pathToFileURL(realpathSync(join(dir, entry)));
}

/**
 * The ESM entry file of a package installed in the profile, resolved as Node would from inside
 * the profile (package.json `exports["."]`), then to its real path so that every import of it
 * from the profile's other packages is the same module instance.
 */
export function profileModuleUrl(profileDir: string, name: string): URL {
  return packageEntryUrl(join(profileDir, 'node_modules', name), name, profileDir);
}

// Runs inside the worker: no runtime import of @interop/core's root (it loads the workspace's own
// @polkadot/util, a second copy next to the profile's); errors are AppsError, which carry a code.

/**
 * The modules the Apps realm loads from the profile: util-crypto's wasm-crypto from beside it, the
 * very instance util-crypto imports (pnpm links it beside util-crypto's real path).
 */
export function appsRealmModules(profileDir: string): RealmModule[] {
  // Fails with the set-up hint when the profile is not installed.
  const utilCryptoDir = dirname(fileURLToPath(profileModuleUrl(profileDir, '@polkadot/util-crypto')));
  return [
    { from: profileDir, specifier: '@polkadot/util' },
    { from: profileDir, specifier: '@polkadot/util-crypto' },
    { from: utilCryptoDir, specifier: '@polkadot/wasm-crypto' },
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
  const [util, utilCrypto, wasmCrypto, settingsModule, keyringModule] = (await importRealmModules(profileDir, appsRealmModules(profileDir))) as [
    typeof import('@polkadot/util'),
    typeof import('@polkadot/util-crypto'),
    Parameters<typeof countScrypt>[0],
    typeof import('@polkadot/ui-settings'),
    typeof import('@polkadot/ui-keyring'),
  ];
  await utilCrypto.cryptoWaitReady();
  // Count this realm's scrypt runs for `pnpm bench` (core/rpc/scrypt-census.ts).
  countScrypt(wasmCrypto);
  return { keyring: keyringModule.keyring, settings: settingsModule.settings, util, utilCrypto };
}
