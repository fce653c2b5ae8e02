import { type Hex, NETWORKS } from '@interop/core';
import type { VaultEncryption } from './vault-encryption.js';

/** A Vault network spec: the fields of `NetworkSpecs` (rust/definitions/src/network_specs.rs) that keys depend on, and its order. */
export interface VaultNetwork {
  /** The chain's name (`polkadot`); what the backup screen and the network list show. */
  readonly name: string;
  /** The display title (`Polkadot`; `westend-ed25519` for a spec added with another encryption). */
  readonly title: string;
  readonly genesisHash: Hex;
  readonly prefix: number;
  /** The default derivation of the network's key: `//<name>` (`path_id`). */
  readonly pathId: string;
  readonly encryption: VaultEncryption;
  /** Place in Vault's network list. */
  readonly order: number;
}

/** A chain an add_specs QR can bring: what Vault's generate_message reads from a node. */
export interface VaultChain {
  readonly name: string;
  readonly title: string;
  readonly genesisHash: Hex;
  readonly prefix: number;
}

function chainFromCore(name: string, title: string): VaultChain {
  const network = NETWORKS.find((n) => n.name === name);
  if (network === undefined) throw new Error(`core has no network ${name}`);
  return { name, title, genesisHash: network.genesisHash, prefix: network.prefix };
}

/**
 * The chains this model knows: the three of a fresh Vault (genesis hashes and prefixes as core's;
 * a spec checks them against rust/defaults/src/lib.rs) and Mythos, the Ethereum-type chain of
 * Vault's own tests (defaults/src/lib.rs substrate_chainspecs_with_ethereum: prefix 29972).
 */
export const VAULT_CHAINS: readonly VaultChain[] = [
  chainFromCore('polkadot', 'Polkadot'),
  chainFromCore('kusama', 'Kusama'),
  chainFromCore('westend', 'Westend'),
  { name: 'mythos', title: 'Mythos', genesisHash: '0xf6ee56e9c5277df5b4ce6ae9983ee88f3cbed27d31beeb98f9f84f997a1ab0b9', prefix: 29972 },
];

export function vaultChain(nameOrGenesis: string): VaultChain | undefined {
  const wanted = nameOrGenesis.toLowerCase();
  return VAULT_CHAINS.find((c) => c.name === wanted || c.genesisHash === wanted);
}

function spec(chain: VaultChain, encryption: VaultEncryption, order: number, title: string): VaultNetwork {
  return { name: chain.name, title, genesisHash: chain.genesisHash, prefix: chain.prefix, pathId: `//${chain.name}`, encryption, order };
}

/**
 * The specs of a fresh Vault (VAULT_RULES.freshNetworks): sr25519 polkadot, kusama, westend, in
 * Vault's order.
 */
export const VAULT_DEFAULT_NETWORKS: readonly VaultNetwork[] = VAULT_CHAINS.slice(0, 3).map((chain, order) => spec(chain, 'sr25519', order, chain.title));

/**
 * The spec an add_specs QR made by Vault's generate_message brings for a chain and an
 * encryption (VAULT_RULES.addSpecsDefaults): the chain's name and path_id, titled
 * `<name>-<encryption>`, ordered after the `held` specs (VAULT_RULES.networkOrder).
 */
export function addedSpec(chain: VaultChain, encryption: VaultEncryption, held: number): VaultNetwork {
  return spec(chain, encryption, held, `${chain.name}-${encryption}`);
}

/** Mythos as Vault's tests add it: Ethereum encryption (defaults/src/lib.rs substrate_chainspecs_with_ethereum). */
export const VAULT_MYTHOS: VaultNetwork = spec(VAULT_CHAINS[3]!, 'ethereum', 3, 'Mythos');
