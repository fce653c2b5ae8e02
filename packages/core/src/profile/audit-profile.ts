import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInstalled, expectedVersions, type ReleaseManifest, readReleaseManifest } from './release-manifest.js';

/** Everything that makes a profile not the release its release.json names; all empty for a faithful one. */
export interface ProfileAudit {
  readonly manifest: ReleaseManifest;
  /** Installed versions that differ from release.json (shipped, with its substitutions). */
  readonly installed: readonly string[];
  /** @polkadot packages present at more than one version in the install. */
  readonly mixed: readonly string[];
  /** package.json pins (dependency and pnpm.overrides) that differ from release.json. */
  readonly pins: readonly string[];
  /** Pins the lockfile does not record. */
  readonly lockfile: readonly string[];
}

/**
 * Holds a profile directory against its release.json: what is installed, what package.json
 * pins, what pnpm-lock.yaml records. `root` is the client's own package (e.g.
 * @polkadot/extension-base), the one package.json depends on.
 */
export function auditProfile(dir: string, root: string): ProfileAudit {
  const manifest = readReleaseManifest(dir);
  const expected = expectedVersions(manifest);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    pnpm?: { overrides?: Record<string, string> };
  };
  const pinned: Record<string, string> = { ...(pkg.pnpm?.overrides ?? {}), ...(pkg.dependencies ?? {}) };
  const pins = Object.entries(expected)
    .filter(([name, version]) => pinned[name] !== version)
    .map(([name, version]) => `${name}: package.json pins ${pinned[name] ?? 'nothing'}, release.json says ${version}`);

  const lock = existsSync(join(dir, 'pnpm-lock.yaml')) ? readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8') : '';
  const lockfile = Object.entries(expected)
    .map(([key, version]) => [key.split('>').at(-1) ?? key, version] as const)
    .filter(([name, version]) => !lock.includes(`${name}@${version}`))
    .map(([name, version]) => `${name}@${version} is not in pnpm-lock.yaml`);

  const store = join(dir, 'node_modules', '.pnpm');
  const versions = new Map<string, Set<string>>();
  if (existsSync(store)) {
    for (const entry of readdirSync(store)) {
      const match = /^@polkadot\+([^@]+)@([^_]+)/.exec(entry);
      if (match === null) continue;
      const [, name = '', version = ''] = match;
      versions.set(name, (versions.get(name) ?? new Set()).add(version));
    }
  }
  const mixed = [...versions].filter(([, v]) => v.size > 1).map(([n, v]) => `@polkadot/${n}: ${[...v].sort().join(', ')}`);
  return { manifest, installed: checkInstalled(dir, root, manifest), mixed, pins, lockfile };
}
