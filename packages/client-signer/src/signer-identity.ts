import type { AccountRef, Identity } from '@interop/core';
import type { VaultAddressForm } from './vault-address.js';
import type { VaultEncryption } from './vault-encryption.js';

/**
 * A key as the signer shows it. Core's Identity plus what Vault adds: the network's name, its
 * encryption and the address exactly as the app prints it. A key of an Ethereum network has
 * `type: 'ecdsa'` (the key scheme) with `addressForm: 'h160'`; the legacy app's BIP44 keys have
 * `type: 'ethereum'`. The extra fields are plain data and cross the worker boundary unchanged.
 */
export interface SignerIdentity extends Identity {
  /** The key set ("seed") the key belongs to. */
  readonly name: string;
  /** The derivation Vault stores: without its `///password` (identities.rs keeps only `has_pwd`). */
  readonly path: string;
  /** Whether the derivation had a `///password`, which Vault never stores. */
  readonly hasPassword: boolean;
  /** The network's name; absent for the root key, which belongs to no network. */
  readonly network?: string;
  readonly encryption?: VaultEncryption;
  /** The address the app shows for this key. */
  readonly address: string;
  readonly addressForm: VaultAddressForm;
  /** Legacy Ethereum accounts are tied to a chain id, not a genesis hash. */
  readonly chainId?: string;
}

/** A handle to a key the signer created, with the key as the signer shows it. */
export interface SignerAccountRef extends AccountRef {
  readonly identity: SignerIdentity;
}
