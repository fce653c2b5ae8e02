import { ClientError, type Hex, NETWORKS } from '@interop/core';
import type { VaultEncryption } from './vault-encryption.js';

/** A Vault network spec: the fields of `NetworkSpecs` (rust/definitions/src/network_specs.rs) that keys depend on. */
export interface VaultNetwork {
  readonly name: string;
  readonly title: string;
  readonly genesisHash: Hex;
  readonly prefix: number;
  /** The default derivation of the network's key: `//<name>` (`path_id`). */
  readonly pathId: string;
  readonly encryption: VaultEncryption;
}

function fromCore(name: string, title: string): VaultNetwork {
  const network = NETWORKS.find((n) => n.name === name);
  if (network === undefined) throw new Error(`core has no network ${name}`);
  return { name, title, genesisHash: network.genesisHash, prefix: network.prefix, pathId: network.pathId, encryption: 'sr25519' };
}

/**
 * The networks a fresh Vault ships, in Vault's order (polkadot 0, kusama 1, westend 2):
 * rust/defaults/src/lib.rs (default_network_info). Genesis hashes and prefixes are the same
 * as core's; a spec checks that against the Vault values.
 */
export const VAULT_DEFAULT_NETWORKS: readonly VaultNetwork[] = [fromCore('polkadot', 'Polkadot'), fromCore('kusama', 'Kusama'), fromCore('westend', 'Westend')];

/**
 * An Ethereum-type network as Vault's own tests add it: rust/defaults/src/lib.rs
 * (substrate_chainspecs_with_ethereum, Mythos: prefix 29972, `Encryption::Ethereum`).
 */
export const VAULT_MYTHOS: VaultNetwork = {
  name: 'mythos',
  title: 'Mythos',
  genesisHash: '0xf6ee56e9c5277df5b4ce6ae9983ee88f3cbed27d31beeb98f9f84f997a1ab0b9',
  prefix: 29972,
  pathId: '//mythos',
  encryption: 'ethereum',
};

export const VAULT_KNOWN_NETWORKS: readonly VaultNetwork[] = [...VAULT_DEFAULT_NETWORKS, VAULT_MYTHOS];

/** The network Vault lists first (rust/db_handling/tests: first_standard_network is polkadot). */
export const VAULT_FIRST_NETWORK: VaultNetwork = VAULT_DEFAULT_NETWORKS[0]!;

/**
 * A network by name or genesis hash, with the asked encryption. Vault keys network specs by
 * genesis hash AND encryption (`NetworkSpecsKey::from_parts`, rust/definitions/src/keyring.rs),
 * so the same chain with another encryption is another network a user adds through an
 * add_specs QR; this returns that variant.
 */
export function vaultNetwork(nameOrGenesis: string, encryption?: VaultEncryption): VaultNetwork {
  const wanted = nameOrGenesis.toLowerCase();
  const network = VAULT_KNOWN_NETWORKS.find((n) => n.name === wanted || n.genesisHash === wanted);
  if (network === undefined) {
    throw new ClientError('E_CLIENT_REFUSED', `Vault has no network specs for '${nameOrGenesis}'; they must be added with an add_specs QR first`);
  }
  if (encryption === undefined || encryption === network.encryption) return network;
  return { ...network, title: `${network.title} (${encryption})`, encryption };
}
