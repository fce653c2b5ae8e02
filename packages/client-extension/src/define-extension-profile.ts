import { checkInstalled, expectedVersions, readReleaseManifest, releaseInfo } from '@interop/core/profile';
import { type Capabilities, ClientError, type ClientFactory, type ClientInfo, type Realm } from '@interop/core/vocabulary';
import { EXTENSION_CAPABILITIES } from './extension-capabilities.js';
import type { ExtensionClient, ExtensionStartOptions, OpenBackground } from './extension-client.js';
import { extensionPathsFor } from './extension-paths.js';
import { extensionTraits } from './extension-traits.js';

export interface ExtensionFactory extends ClientFactory {
  readonly profileDir: string;
  /** What the profile's install differs from its release.json in (empty for a faithful profile). */
  readonly problems: readonly string[];
  start(options?: ExtensionStartOptions): Promise<ExtensionClient>;
}

export interface ExtensionProfileOptions {
  /** What the popup reaches (default: the v0.62.3 popup's, extension-capabilities.ts). */
  readonly capabilities?: Capabilities;
  /** 'node' (default): the handlers in a worker over a storage shim; 'chromium': the MV3 extension in Chromium. */
  readonly realm?: Realm;
}

const ROOT = '@polkadot/extension-base';

/**
 * One extension release as a client profile: its own install in `profileDir` (package.json,
 * pnpm-lock.yaml, release.json), its own worker (Node realm) or browser profile (Chromium realm,
 * id `<release id>-chromium`) per instance. Another release is another profile directory and one
 * more call of this.
 */
export function defineExtensionProfile(profileDir: string, options: ExtensionProfileOptions = {}): ExtensionFactory {
  const capabilities = options.capabilities ?? EXTENSION_CAPABILITIES;
  const realm = options.realm ?? 'node';
  const manifest = readReleaseManifest(profileDir);
  const packages = expectedVersions(manifest);
  const problems = checkInstalled(profileDir, ROOT, manifest);
  const utilCrypto = packages['@polkadot/util-crypto'];
  if (utilCrypto === undefined) throw new Error(`${manifest.profile}: release.json names no @polkadot/util-crypto`);
  const where =
    realm === 'node'
      ? `the background's Extension handler (${ROOT} ${packages[ROOT]}) driven with popup messages, in a worker`
      : `the MV3 extension built from ${ROOT} ${packages[ROOT]} (background.ts as its service worker, real chrome.storage.local), driven from its popup page in headless Chromium`;

  const info: ClientInfo = {
    id: realm === 'node' ? manifest.profile : `${manifest.profile}-chromium`,
    client: 'extension',
    version: manifest.release,
    realm,
    packages,
    description: `Polkadot{.js} extension ${manifest.release}: ${where}${problems.length > 0 ? ` [${problems[0]}]` : ''}`,
    release: releaseInfo(manifest),
    traits: extensionTraits(utilCrypto),
  };
  // The realm's code (a worker's, or playwright-core's and the MV3 build's) loads when an instance starts.
  const open: OpenBackground =
    realm === 'node'
      ? async (o) => (await import('./node-background-realm.js')).NodeBackgroundRealm.start(profileDir, o.timeoutMs)
      : async () => (await import('./chromium-realm/chromium-background-realm.js')).ChromiumBackgroundRealm.start(manifest.profile);

  return {
    info,
    profileDir,
    problems,
    capabilities: () => capabilities,
    pathsFor: extensionPathsFor,
    async start(startOptions?: ExtensionStartOptions): Promise<ExtensionClient> {
      if (problems.length > 0) throw new ClientError('E_INTERNAL', `profile ${manifest.profile} does not match its release.json: ${problems.join('; ')}`);
      // Loaded on first start: listing the profiles (`interop clients`) never loads the client's code.
      const { ExtensionClient } = await import('./extension-client.js');
      return ExtensionClient.start(info, capabilities, open, startOptions);
    },
  };
}
