import { findPackageDir, readPackageJson } from './find-package.js';

export interface InstalledPackages {
  /** name -> the one installed version, for every package of the scope the root loads. */
  readonly versions: Readonly<Record<string, string>>;
  /** name -> every version found, for packages installed more than once (must be empty). */
  readonly conflicts: Readonly<Record<string, readonly string[]>>;
}

/**
 * Reads the exact versions a profile runs from the installed package.json files, following
 * dependencies (and installed peers) the way Node resolves them from each package's real
 * location. A name met at two versions is a mixed graph (e.g. util 13.x beside 14.x), which
 * the profile's pnpm.overrides exist to prevent.
 */
export function installedPackages(profileDir: string, root: string, scope = '@polkadot/'): InstalledPackages {
  const found = new Map<string, Set<string>>();
  const seenDirs = new Set<string>();
  const queue: { from: string; name: string }[] = [{ from: profileDir, name: root }];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const dir = findPackageDir(item.from, item.name);
    if (dir === undefined || seenDirs.has(dir)) continue;
    seenDirs.add(dir);
    const pkg = readPackageJson(dir);
    const versions = found.get(item.name) ?? new Set<string>();
    versions.add(pkg.version ?? 'unknown');
    found.set(item.name, versions);
    for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]) {
      if (dep.startsWith(scope)) queue.push({ from: dir, name: dep });
    }
  }
  const versions: Record<string, string> = {};
  const conflicts: Record<string, string[]> = {};
  for (const name of [...found.keys()].sort()) {
    const all = [...(found.get(name) ?? [])].sort();
    versions[name] = all.join(' + ');
    if (all.length > 1) conflicts[name] = all;
  }
  return { versions, conflicts };
}
