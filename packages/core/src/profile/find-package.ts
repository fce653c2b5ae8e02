import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where Node finds a bare specifier's package when resolving from `fromDir`: the nearest
 * `node_modules/<name>` walking up, by real path. Node keys modules by real path, so a file URL
 * built from this is the very module instance the profile's own packages import (one
 * ui-keyring singleton, not two). Written out because Node 20 offers
 * `import.meta.resolve(specifier, parent)` only behind a flag.
 */
export function findPackageDir(fromDir: string, name: string): string | undefined {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The conditions Node 20 matches for `import()`, in its order of preference. */
const IMPORT_CONDITIONS = new Set(['node', 'import', 'default']);

function pickTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const picked = pickTarget(item);
      if (picked !== undefined) return picked;
    }
    return undefined;
  }
  if (typeof target === 'object' && target !== null) {
    // Object key order is the package author's preference order, as in Node's resolver.
    for (const [condition, value] of Object.entries(target)) {
      if (!IMPORT_CONDITIONS.has(condition)) continue;
      const picked = pickTarget(value);
      if (picked !== undefined) return picked;
    }
  }
  return undefined;
}

function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split('/');
  const take = specifier.startsWith('@') ? 2 : 1;
  const rest = parts.slice(take).join('/');
  return { name: parts.slice(0, take).join('/'), subpath: rest === '' ? '.' : `./${rest}` };
}

export interface PackageJson {
  readonly name?: string;
  readonly version?: string;
  readonly main?: string;
  readonly exports?: unknown;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

export function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
}

/**
 * The file URL `import(specifier)` would load from a module in `fromDir` (exact subpath
 * exports only: the polkadot-js packages publish no patterns for their ESM files).
 */
export function esmEntryUrl(fromDir: string, specifier: string): URL {
  const { name, subpath } = splitSpecifier(specifier);
  const dir = findPackageDir(fromDir, name);
  if (dir === undefined) throw new Error(`${name} is not installed under ${fromDir}`);
  const pkg = readPackageJson(dir);
  let target: string | undefined;
  if (pkg.exports === undefined) {
    target = subpath === '.' ? (pkg.main ?? 'index.js') : subpath;
  } else {
    const exportsMap =
      typeof pkg.exports === 'object' && pkg.exports !== null && !Array.isArray(pkg.exports) && Object.keys(pkg.exports).some((k) => k.startsWith('.'))
        ? (pkg.exports as Record<string, unknown>)
        : { '.': pkg.exports };
    target = pickTarget(exportsMap[subpath]);
  }
  if (target === undefined) throw new Error(`${specifier} has no ESM entry in ${dir}/package.json`);
  return pathToFileURL(join(dir, target));
}
