import { checkInstalled, expectedVersions, readReleaseManifest, releaseInfo } from '@interop/core/profile';
import { ClientError, type ClientFactory, type ClientInfo } from '@interop/core/vocabulary';
import { PAPI_CAPABILITIES } from './papi-capabilities.js';
import type { PapiClient } from './papi-client.js';
import { PAPI_TRAITS } from './papi-traits.js';

export interface PapiFactory extends ClientFactory {
  readonly profileDir: string;
  /** What the profile's install differs from its release.json in (empty for a faithful profile). */
  readonly problems: readonly string[];
}

export const PAPI_ROOT = '@polkadot-labs/hdkd';

/**
 * One release of polkadot-api's key stack as a client profile: its own install in `profileDir`
 * (package.json, pnpm-lock.yaml, release.json), its own worker per instance.
 */
export function definePapiProfile(profileDir: string): PapiFactory {
  const manifest = readReleaseManifest(profileDir);
  const packages = expectedVersions(manifest);
  const problems = checkInstalled(profileDir, PAPI_ROOT, manifest);
  const info: ClientInfo = {
    id: manifest.profile,
    client: 'papi',
    version: manifest.release,
    realm: 'node',
    packages,
    description: `polkadot-api's key stack: ${PAPI_ROOT} ${packages[PAPI_ROOT]} with hdkd-helpers ${packages['@polkadot-labs/hdkd-helpers']}, derived as a dapp or script does, in a worker${problems.length > 0 ? ` [${problems[0]}]` : ''}`,
    release: releaseInfo(manifest),
    traits: PAPI_TRAITS,
  };
  return {
    info,
    profileDir,
    problems,
    capabilities: () => PAPI_CAPABILITIES,
    async start(): Promise<PapiClient> {
      if (problems.length > 0) throw new ClientError('E_INTERNAL', `profile ${manifest.profile} does not match its release.json: ${problems.join('; ')}`);
      // Loaded on first start: listing the profiles (`interop clients`) never loads the client's code.
      const { PapiClient } = await import('./papi-client.js');
      return new PapiClient(info, PAPI_CAPABILITIES, profileDir);
    },
  };
}
