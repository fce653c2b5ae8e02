import type { Hex } from './hex.js';

/** A chain a client can be connected to: what decides the ss58 prefix and the genesisHash stored in meta. */
export interface Network {
  readonly name: string;
  readonly genesisHash: Hex;
  readonly prefix: number;
  /** Vault's path_id for this network: its default key is `//<pathId>` (rust/defaults/src/lib.rs). */
  readonly pathId: string;
}

export const POLKADOT: Network = {
  name: 'polkadot',
  genesisHash: '0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3',
  prefix: 0,
  pathId: '//polkadot',
};
export const KUSAMA: Network = {
  name: 'kusama',
  genesisHash: '0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe',
  prefix: 2,
  pathId: '//kusama',
};
export const WESTEND: Network = {
  name: 'westend',
  genesisHash: '0xe143f23803ac50e8f6f8e62695d1ce9e4e1d68aa36c1cd2cfd15340213f3423e',
  prefix: 42,
  pathId: '//westend',
};

export const NETWORKS: readonly Network[] = [POLKADOT, KUSAMA, WESTEND];

/** The generic substrate prefix, which reports use when no network is in play. */
export const GENERIC_PREFIX = 42;

export function networkByGenesis(genesisHash: string | undefined | null): Network | undefined {
  if (!genesisHash) return undefined;
  const lower = genesisHash.toLowerCase();
  return NETWORKS.find((n) => n.genesisHash === lower);
}

export function networkByName(name: string): Network | undefined {
  return NETWORKS.find((n) => n.name === name);
}
