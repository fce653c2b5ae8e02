import type { Hex } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import type { ParsedPath } from './path-rules.js';
import type { SignerIdentity } from './signer-identity.js';
import { vaultAddress } from './vault-address.js';
import { keyTypeOfEncryption } from './vault-encryption.js';
import type { VaultNetwork } from './vault-networks.js';
import { vaultPair } from './vault-pair.js';

/**
 * The root key of a key set: `create_address(path "", network None)`, always sr25519
 * (rust/db_handling/src/identities.rs populate_addresses with make_seed_keys).
 */
export function vaultRootKey(phrase: string, seedName: string): SignerIdentity {
  const publicKey = u8aToHex(vaultPair(phrase, { path: '' }, 'sr25519').publicKey) as Hex;
  const shown = vaultAddress(publicKey, 'sr25519');
  return {
    publicKey,
    type: 'sr25519',
    hasSecret: true,
    name: seedName,
    path: '',
    hasPassword: false,
    encryption: 'sr25519',
    address: shown.address,
    addressForm: shown.form,
  };
}

/**
 * A key of a network: `create_address(path, Some(network))`. The stored path is the part before
 * `///` (cropped by REG_PATH); the password only sets `has_pwd`.
 */
export function vaultNetworkKey(phrase: string, seedName: string, parsed: ParsedPath, network: VaultNetwork): SignerIdentity {
  const publicKey = u8aToHex(vaultPair(phrase, parsed, network.encryption).publicKey) as Hex;
  const shown = vaultAddress(publicKey, network.encryption, network.prefix);
  return {
    publicKey,
    type: keyTypeOfEncryption(network.encryption),
    hasSecret: true,
    name: seedName,
    path: parsed.path,
    hasPassword: parsed.password !== undefined,
    genesisHash: network.genesisHash,
    network: network.name,
    encryption: network.encryption,
    address: shown.address,
    addressForm: shown.form,
  };
}

/**
 * The keys a new or recovered key set starts with: the root key, then `path_id` of every selected
 * network (rust/db_handling/src/identities.rs create_key_set; Vault 6.2+). The apps preselect
 * polkadot, kusama and westend (ios/.../CreateKeysForNetworksView.swift preselectedNetworks).
 */
export function vaultKeySet(phrase: string, seedName: string, networks: readonly VaultNetwork[]): SignerIdentity[] {
  return [vaultRootKey(phrase, seedName), ...networks.map((network) => vaultNetworkKey(phrase, seedName, { path: network.pathId }, network))];
}

/** Same key in the same network: Vault keeps one entry (`AddressKey` = public key + genesis hash). */
export function sameVaultKey(a: SignerIdentity, b: SignerIdentity): boolean {
  return a.publicKey === b.publicKey && a.encryption === b.encryption && a.genesisHash === b.genesisHash;
}
