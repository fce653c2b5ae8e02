import { checkInstalled, expectedVersions, readReleaseManifest, releaseInfo } from '@interop/core/profile';
import { type Capabilities, ClientError, type ClientFactory, type ClientInfo } from '@interop/core/vocabulary';
import { EXTENSION_CAPABILITIES } from './extension-capabilities.js';
import type { ExtensionClient, ExtensionStartOptions } from './extension-client.js';
import { extensionPathsFor } from './extension-paths.js';
import { extensionTraits } from './extension-traits.js';

export interface ExtensionFactory extends ClientFactory {
  readonly profileDir: string;
  /** What the profile's install differs from its release.json in (empty for a faithful profile). */
  readonly problems: readonly string[];
  start(options?: ExtensionStartOptions): Promise<ExtensionClient>;
}

const ROOT = '@polkadot/extension-base';

/**
 * One extension release as a client profile: its own install in `profileDir` (package.json,
 * pnpm-lock.yaml, release.json), its own worker per instance. Another release is another
 * profile directory and one more call of this.
 */
export function defineExtensionProfile(profileDir: string, capabilities: Capabilities = EXTENSION_CAPABILITIES): ExtensionFactory {
  const manifest = readReleaseManifest(profileDir);
  const packages = expectedVersions(manifest);
  const problems = checkInstalled(profileDir, ROOT, manifest);
  const utilCrypto = packages['@polkadot/util-crypto'];
  if (utilCrypto === undefined) throw new Error(`${manifest.profile}: release.json names no @polkadot/util-crypto`);

  const info: ClientInfo = {
    id: manifest.profile,
    client: 'extension',
    version: manifest.release,
    realm: 'node',
    packages,
    description: `Polkadot{.js} extension ${manifest.release}: the background's Extension handler (${ROOT} ${packages[ROOT]}) driven with popup messages, in a worker${problems.length > 0 ? ` [${problems[0]}]` : ''}`,
    release: releaseInfo(manifest),
    traits: extensionTraits(utilCrypto),
  };

  return {
    info,
    profileDir,
    problems,
    capabilities: () => capabilities,
    pathsFor: extensionPathsFor,
    async start(options?: ExtensionStartOptions): Promise<ExtensionClient> {
      if (problems.length > 0) throw new ClientError('E_INTERNAL', `profile ${manifest.profile} does not match its release.json: ${problems.join('; ')}`);
      // Loaded on first start: listing the profiles (`interop clients`) never loads the client's code.
      const { ExtensionClient } = await import('./extension-client.js');
      return ExtensionClient.start(info, capabilities, profileDir, options);
    },
  };
}
