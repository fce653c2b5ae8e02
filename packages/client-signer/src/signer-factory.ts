import type { ClientFactory, KeyType, StartOptions } from '@interop/core/vocabulary';
import { LEGACY_SUBSTRATE_NETWORKS } from './legacy-networks.js';
import type { SignerProfile } from './signer-profiles.js';

/**
 * The factory of one profile: every `start` is a fresh phone with no key sets, holding the specs
 * `addSpecs` brings. The instance code loads on the first start, so listing the profiles reads
 * plain data only.
 */
export function signerFactory(profile: SignerProfile): ClientFactory {
  return {
    info: profile.info,
    capabilities: () => profile.capabilities,
    // The legacy app derived its Ethereum account at m/44'/60'/0'/0/0 only (legacy-instance.ts).
    ...(profile.name === 'legacy'
      ? { pathsFor: (type: KeyType) => (type === 'ethereum' ? ["/m/44'/60'/0'/0/0"] : LEGACY_SUBSTRATE_NETWORKS.map((n) => `//${n.pathId}`)) }
      : {}),
    start: async (options: StartOptions = {}) => {
      const { startSignerClient } = await import('./signer-client.js');
      return startSignerClient(profile, options);
    },
  };
}
