import { type Hex, NETWORKS } from '@interop/core/vocabulary';

/** A substrate network of the legacy React Native Signer: src/constants/networkSpecs.ts at v4.5.3-beta. */
export interface LegacySubstrateNetwork {
  readonly name: string;
  readonly genesisHash: Hex;
  readonly prefix: number;
  /** Without slashes: the network key is `//<pathId>` (src/modules/main/components/NetworkSelector.tsx). */
  readonly pathId: string;
  /** Its title, which names the key made by tapping it: `<title> root` (NetworkSelector.tsx:99). */
  readonly title: string;
}

/** An Ethereum network of the legacy Signer, keyed by chain id (EthereumNetworkKeys). */
export interface LegacyEthereumNetwork {
  readonly name: string;
  readonly chainId: string;
}

function fromCore(name: string): LegacySubstrateNetwork {
  const network = NETWORKS.find((n) => n.name === name);
  if (network === undefined) throw new Error(`core has no network ${name}`);
  return { name, genesisHash: network.genesisHash, prefix: network.prefix, pathId: name, title: `${name[0]?.toUpperCase()}${name.slice(1)}` };
}

export const LEGACY_SUBSTRATE_NETWORKS: readonly LegacySubstrateNetwork[] = [fromCore('polkadot'), fromCore('kusama'), fromCore('westend')];

/** The legacy default for an account with no network: kusama (src/utils/account.ts emptyAccount). */
export const LEGACY_DEFAULT_NETWORK: LegacySubstrateNetwork = LEGACY_SUBSTRATE_NETWORKS[1]!;

/** Ethereum mainnet ("FRONTIER", chain id 1), the first Ethereum network of the legacy list. */
export const LEGACY_ETHEREUM: LegacyEthereumNetwork = { name: 'ethereum', chainId: '1' };
