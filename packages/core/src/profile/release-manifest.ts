import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseInfo, Substitution } from '../client.js';
import { findPackageDir, readPackageJson } from './find-package.js';

/**
 * `profiles/<id>/release.json`: what an upstream release shipped, read from its tag, and what
 * the profile installs instead where a shipped version cannot be had here (each with evidence
 * that it is the same code). A key `a>b` is package b as package a loads it.
 */
export interface ReleaseManifest {
  readonly profile: string;
  readonly client: string;
  readonly release: string;
  readonly repo: string;
  readonly tag: string;
  readonly pinnedFrom: ReleaseInfo['pinnedFrom'];
  readonly note: string;
  readonly shipped: Readonly<Record<string, string>>;
  readonly substitutions: readonly Substitution[];
}

export const RELEASE_FILE = 'release.json';

export function readReleaseManifest(dir: string): ReleaseManifest {
  return JSON.parse(readFileSync(join(dir, RELEASE_FILE), 'utf8')) as ReleaseManifest;
}

/** Every version the profile must have installed: what shipped, with the substitutions applied. */
export function expectedVersions(manifest: ReleaseManifest): Record<string, string> {
  const expected: Record<string, string> = { ...manifest.shipped };
  for (const s of manifest.substitutions) {
    if (expected[s.package] !== s.shipped) throw new Error(`${manifest.profile}: substitution of ${s.package} names ${s.shipped}, which did not ship`);
    expected[s.package] = s.installed;
  }
  return expected;
}

/** The version of `key` (`name` or `parent>name`) as the profile's root package resolves it. */
export function installedVersion(dir: string, root: string, key: string): string | undefined {
  const rootDir = findPackageDir(dir, root);
  if (rootDir === undefined) return undefined;
  const chain = key.split('>');
  let from = rootDir;
  for (const name of chain) {
    const found = name === root ? rootDir : findPackageDir(from, name);
    if (found === undefined) return undefined;
    from = found;
  }
  return readPackageJson(from).version;
}

/** Differences between what the manifest says runs and what is installed: empty for a faithful profile. */
export function checkInstalled(dir: string, root: string, manifest: ReleaseManifest): string[] {
  if (!existsSync(join(dir, 'node_modules'))) return [`${manifest.profile} is not installed (run: npm run setup)`];
  const problems: string[] = [];
  for (const [key, version] of Object.entries(expectedVersions(manifest))) {
    const found = installedVersion(dir, root, key);
    if (found !== version) problems.push(`${key}: ${found ?? 'missing'}, release.json says ${version}`);
  }
  return problems;
}

export function releaseInfo(manifest: ReleaseManifest): ReleaseInfo {
  return { repo: manifest.repo, tag: manifest.tag, pinnedFrom: manifest.pinnedFrom, note: manifest.note, substitutions: manifest.substitutions };
}
