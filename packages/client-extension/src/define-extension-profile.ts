import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Capabilities, ClientError, type ClientFactory, type ClientInfo } from '@interop/core';
import { EXTENSION_CAPABILITIES } from './extension-capabilities.js';
import { ExtensionClient, type ExtensionStartOptions } from './extension-client.js';
import { extensionPathsFor } from './extension-paths.js';
import { readPackageJson } from './find-package.js';
import { type InstalledPackages, installedPackages } from './installed-packages.js';

export interface ExtensionProfile {
  /** The @polkadot/extension-base version the profile installs. */
  readonly version: string;
  /** The profile directory: a package.json pinning every @polkadot/* package, its own pnpm-lock.yaml. */
  readonly dir: string | URL;
  /** What this version can do, when it differs from 0.62.3's table. */
  readonly capabilities?: Capabilities;
  /**
   * Said after the version in the id when the profile is not the release as published, e.g.
   * 'util-crypto-13.5.6' for 0.61.5 with its @polkadot/* packages forced to 13.5.6.
   */
  readonly variant?: string;
}

export interface ExtensionFactory extends ClientFactory {
  readonly profileDir: string;
  /** Every @polkadot/* package the profile loads, read from its installed package.json files. */
  readonly installed: InstalledPackages | undefined;
  start(options?: ExtensionStartOptions): Promise<ExtensionClient>;
}

const ROOT = '@polkadot/extension-base';

/** What the profile asks for, shown while it is not installed yet. */
function declaredPackages(profileDir: string): Record<string, string> {
  try {
    const pkg = readPackageJson(profileDir) as { dependencies?: Record<string, string>; pnpm?: { overrides?: Record<string, string> } };
    return { ...(pkg.pnpm?.overrides ?? {}), ...(pkg.dependencies ?? {}) };
  } catch {
    return {};
  }
}

/**
 * One extension version as a client profile: its own install under `dir`, its own worker per
 * instance. Another version is another profile directory and one more call of this.
 */
export function defineExtensionProfile(profile: ExtensionProfile): ExtensionFactory {
  const profileDir = typeof profile.dir === 'string' ? profile.dir : fileURLToPath(profile.dir);
  const capabilities = profile.capabilities ?? EXTENSION_CAPABILITIES;
  const isInstalled = existsSync(join(profileDir, 'node_modules', ROOT, 'package.json'));
  const installed = isInstalled ? installedPackages(profileDir, ROOT) : undefined;
  const installedVersion = installed?.versions[ROOT];

  let problem: string | undefined;
  if (installed === undefined) problem = `profile ${profileDir} is not installed (run: npm run setup)`;
  else if (installedVersion !== profile.version) problem = `profile ${profileDir} installs ${ROOT}@${installedVersion}, not ${profile.version}`;
  else if (Object.keys(installed.conflicts).length > 0) problem = `profile ${profileDir} mixes versions of ${Object.keys(installed.conflicts).join(', ')}`;

  const info: ClientInfo = {
    id: `extension@${profile.version}${profile.variant ? `-${profile.variant}` : ''}`,
    client: 'extension',
    version: profile.version,
    realm: 'node',
    packages: installed?.versions ?? declaredPackages(profileDir),
    description: `Polkadot{.js} extension ${profile.version}${profile.variant ? ` (${profile.variant})` : ''}: the background's Extension handler (${ROOT}) driven with popup messages, in a worker${problem ? ` [${problem}]` : ''}`,
  };

  return {
    info,
    profileDir,
    installed,
    capabilities: () => capabilities,
    pathsFor: extensionPathsFor,
    async start(options?: ExtensionStartOptions): Promise<ExtensionClient> {
      if (problem !== undefined) throw new ClientError('E_INTERNAL', problem);
      return ExtensionClient.start(info, capabilities, profileDir, options);
    },
  };
}
