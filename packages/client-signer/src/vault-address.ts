import type { Hex } from '@interop/core';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { encodeAddress, keccakAsU8a, secp256k1Expand } from '@polkadot/util-crypto';
import type { VaultEncryption } from './vault-encryption.js';

/** How Vault prints a key: an ss58 address or an Ethereum H160. */
export type VaultAddressForm = 'ss58' | 'h160';

/** ss58 prefixes of the registry's "bare" formats Vault uses for keys with no network. */
const BARE_PREFIX = { sr25519: 1, ed25519: 3 } as const;

/**
 * The H160 Vault shows for a key of an Ethereum network: keccak-256 of the 64-byte uncompressed
 * public key, last 20 bytes, printed lower-case with 0x and no EIP-55 checksum
 * (rust/definitions/src/helpers.rs ecdsa_public_to_eth_address, print_ethereum_address).
 */
export function vaultEthereumAddress(compressedPublicKey: Hex): string {
  const uncompressed = secp256k1Expand(hexToU8a(compressedPublicKey));
  return u8aToHex(keccakAsU8a(uncompressed).subarray(12));
}

/**
 * The address Vault shows for a key, rust/definitions/src/helpers.rs
 * print_multisigner_as_base58_or_eth_address:
 * - in a network: ss58 at the network's prefix, or the H160 for `Encryption::Ethereum`;
 *   an ecdsa key's ss58 carries the raw 33-byte key (sp-core `Ss58Codec`, not blake2-hashed);
 * - with no network (the root key): the "BareSr25519" (prefix 1) or "BareEd25519" (prefix 3)
 *   format, ecdsa at the default 42 (rust/db_handling/src/interface_signer.rs keys_by_seed_name
 *   passes `None`; the Vault test test_print_multisigner_address_no_network pins it).
 */
export function vaultAddress(publicKey: Hex, encryption: VaultEncryption, prefix?: number): { readonly address: string; readonly form: VaultAddressForm } {
  if (encryption === 'ethereum') return { address: vaultEthereumAddress(publicKey), form: 'h160' };
  const ss58Prefix = prefix ?? (encryption === 'ecdsa' ? 42 : BARE_PREFIX[encryption]);
  return { address: encodeAddress(publicKey, ss58Prefix), form: 'ss58' };
}
