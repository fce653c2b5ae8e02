import { ClientError, NETWORKS, POLKADOT } from '@interop/core/vocabulary';
import type { ConnectedChain } from './operations/index.js';

/**
 * Moonbeam, an Ethereum chain: Apps switches to ethereum keys there (its specName is in
 * polkadot-js/apps packages/apps-config/src/api/constants.ts `ethereumChains`). Genesis hash
 * and prefix as published in moonbeam-foundation/xcm-sdk (packages/config/src/chains.ts, key
 * 'moonbeam', ss58Format 1284).
 */
export const MOONBEAM: ConnectedChain = {
  name: 'moonbeam',
  genesisHash: '0xfe58ea77779b7abda7da4ec526d14db9b1e9cd40a217c34892af80a9b332b76d',
  ss58Format: 1284,
  isEthereum: true,
};

/** The chains an Apps instance can be connected to: core's networks, plus one Ethereum chain. */
export const APPS_CHAINS: readonly ConnectedChain[] = [
  ...NETWORKS.map((n) => ({ name: n.name, genesisHash: n.genesisHash, ss58Format: n.prefix, isEthereum: false })),
  MOONBEAM,
];

/** Apps opens on Polkadot when no chain is chosen. */
export const DEFAULT_CHAIN_NAME = POLKADOT.name;

export function resolveChain(network: string | undefined): ConnectedChain {
  const name = network ?? DEFAULT_CHAIN_NAME;
  const chain = APPS_CHAINS.find((c) => c.name === name || c.genesisHash === name.toLowerCase());
  if (chain === undefined) {
    throw new ClientError('E_USAGE', `unknown network '${name}' for Apps; known: ${APPS_CHAINS.map((c) => c.name).join(', ')}`);
  }
  return chain;
}
