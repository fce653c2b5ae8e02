import { ClientError, type Hex } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { vaultAddress } from './vault-address.js';
import type { VaultNetwork } from './vault-networks.js';

/**
 * The public-key QR of a key in a network, rust/db_handling/src/interface_signer.rs (export_key):
 * `substrate:<address>:0x<genesis>`, or `ethereum:<H160>:0x<genesis>` for Ethereum networks,
 * where the address is the one Vault shows (vault-address.ts).
 */
export function vaultPublicKeyQr(publicKey: Hex, network: VaultNetwork): string {
  const scheme = network.encryption === 'ethereum' ? 'ethereum' : 'substrate';
  return `${scheme}:${vaultAddress(publicKey, network.encryption, network.prefix).address}:${network.genesisHash}`;
}

export interface ParsedPublicKeyQr {
  readonly scheme: 'substrate' | 'ethereum';
  readonly address: string;
  readonly genesisHash: Hex;
  /** The public key, when the address carries it (ss58); an H160 does not. */
  readonly publicKey?: Hex;
}

/** Reads a public-key QR payload; used by specs and by the legacy profile's `ethereum:…@chain` form. */
export function parseVaultPublicKeyQr(payload: string): ParsedPublicKeyQr {
  const match = /^(substrate|ethereum):([^:]+):(0x[0-9a-fA-F]{64})$/.exec(payload);
  if (match === null) throw new ClientError('E_ARTIFACT_UNKNOWN', 'not a Vault public-key QR (substrate|ethereum:<address>:0x<genesis>)');
  const scheme = match[1] as 'substrate' | 'ethereum';
  const address = match[2]!;
  const genesisHash = match[3]!.toLowerCase() as Hex;
  if (scheme === 'ethereum') return { scheme, address, genesisHash };
  let publicKey: Hex;
  try {
    publicKey = u8aToHex(decodeAddress(address)) as Hex;
  } catch {
    throw new ClientError('E_ARTIFACT_UNKNOWN', 'the QR address is not ss58');
  }
  return { scheme, address, genesisHash, publicKey };
}
