import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, encodeAddress, ethereumEncode, isEthereumAddress } from '@polkadot/util-crypto';
import type { Hex } from './hex.js';
import type { KeyType } from './key-type.js';
import { GENERIC_PREFIX } from './networks.js';

/**
 * The address forms one public key takes in the clients.
 * - sr25519/ed25519: ss58 of the 32-byte public key.
 * - ecdsa: ss58 of blake2-256 of the 33-byte compressed key (@polkadot/keyring pair/index.ts TYPE_ADDRESS).
 * - ethereum: the EIP-55 checksummed H160 of keccak-256 of the uncompressed key.
 */
export function ss58Address(publicKey: Hex, type: KeyType, prefix: number = GENERIC_PREFIX): string {
  if (type === 'ethereum') throw new TypeError('ethereum accounts have no ss58 address; use ethereumAddress');
  // encodeAddress does NOT hash: it accepts a 33-byte key as it is (a different, longer ss58).
  // The keyring hashes ecdsa keys longer than 32 bytes with blake2-256 first
  // (polkadot-js/common packages/keyring/src/pair/index.ts TYPE_ADDRESS).
  const key = hexToU8a(publicKey);
  return encodeAddress(type === 'ecdsa' && key.length > 32 ? blake2AsU8a(key) : key, prefix);
}

export function ethereumAddress(publicKey: Hex): string {
  return ethereumEncode(publicKey);
}

/** The address a report shows: ss58 at the network's prefix, checksummed H160 for ethereum. */
export function displayAddress(publicKey: Hex, type: KeyType, prefix: number = GENERIC_PREFIX): string {
  return type === 'ethereum' ? ethereumAddress(publicKey) : ss58Address(publicKey, type, prefix);
}

/**
 * The `address` field a polkadot-js keystore JSON carries: ss58 for sr25519/ed25519, but the
 * hex compressed public key for ecdsa and ethereum (by design: polkadot-js/apps#3717,
 * polkadot-js/common#688, keyring/src/pair/index.ts `encodeAddress`).
 */
export function jsonAddressField(publicKey: Hex, type: KeyType, prefix: number = GENERIC_PREFIX): string {
  return type === 'ecdsa' || type === 'ethereum' ? publicKey : ss58Address(publicKey, type, prefix);
}

/** Public key behind an ss58 address (sr25519/ed25519 only: ecdsa/ethereum addresses are hashes). */
export function publicKeyOfSs58(address: string): Hex {
  return u8aToHex(decodeAddress(address)) as Hex;
}

export { isEthereumAddress };
