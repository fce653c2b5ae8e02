import { checkInstalled, expectedVersions, readReleaseManifest, releaseInfo } from '@interop/core/profile';
import { ClientError, type ClientFactory, type ClientInfo, type KeyType, type Method } from '@interop/core/vocabulary';
import { SUBWALLET_CAPABILITIES } from './subwallet-capabilities.js';
import type { SubWalletClient } from './subwallet-client.js';
import { SUBWALLET_ETHEREUM_PATH, SUBWALLET_TRAITS } from './subwallet-traits.js';

export interface SubWalletFactory extends ClientFactory {
  readonly profileDir: string;
  readonly problems: readonly string[];
}

export const SUBWALLET_ROOT = '@subwallet/ui-keyring';

/** The keys SubWallet makes: from a phrase the root sr25519 key and the ethereum key at index 0; from a private key, that key. */
function subwalletPathsFor(type: KeyType, _method: Method, secret: 'phrase' | 'seed'): readonly string[] {
  if (secret === 'seed') return [''];
  return type === 'ethereum' ? [SUBWALLET_ETHEREUM_PATH] : [''];
}

/** One SubWallet release as a client profile: its own install in `profileDir`, its own worker per instance. */
export function defineSubWalletProfile(profileDir: string): SubWalletFactory {
  const manifest = readReleaseManifest(profileDir);
  const packages = expectedVersions(manifest);
  const problems = checkInstalled(profileDir, SUBWALLET_ROOT, manifest);
  const info: ClientInfo = {
    id: manifest.profile,
    client: 'subwallet',
    version: manifest.release,
    realm: 'node',
    packages,
    description: `SubWallet ${manifest.release}: its account handlers replayed on its own keyring (${SUBWALLET_ROOT} ${packages[SUBWALLET_ROOT]}, @subwallet/keyring ${packages['@subwallet/keyring']}), one master password, in a worker${problems.length > 0 ? ` [${problems[0]}]` : ''}`,
    release: releaseInfo(manifest),
    traits: SUBWALLET_TRAITS,
  };
  return {
    info,
    profileDir,
    problems,
    capabilities: () => SUBWALLET_CAPABILITIES,
    pathsFor: subwalletPathsFor,
    async start(): Promise<SubWalletClient> {
      if (problems.length > 0) throw new ClientError('E_INTERNAL', `profile ${manifest.profile} does not match its release.json: ${problems.join('; ')}`);
      // Loaded on first start: listing the profiles (`interop clients`) never loads the client's code.
      const { SubWalletClient } = await import('./subwallet-client.js');
      return new SubWalletClient(info, SUBWALLET_CAPABILITIES, profileDir);
    },
  };
}
