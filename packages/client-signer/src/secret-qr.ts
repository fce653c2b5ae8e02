import { ClientError, type Hex } from '@interop/core';
import { u8aToHex } from '@polkadot/util';

/**
 * Vault's Secret QR payload, rust/db_handling/src/identities.rs (generate_secret_qr):
 * `secret:0x<secret hex>:<genesis hex without 0x>`. The secret is 32 bytes (a seed) or, for
 * sr25519 keys below a soft junction, 64 bytes (parity-signer#2533): readers tell them by length.
 */
export function formatSecretQr(secret: Uint8Array, genesisHash: Hex): string {
  return `secret:${u8aToHex(secret)}:${genesisHash.slice(2).toLowerCase()}`;
}

export interface ParsedSecretQr {
  readonly secret: Hex;
  readonly genesisHash: Hex;
}

export function parseSecretQr(payload: string): ParsedSecretQr {
  const match = /^secret:(0x(?:[0-9a-f]{64}|[0-9a-f]{128})):([0-9a-f]{64})$/.exec(payload);
  if (match === null) throw new ClientError('E_ARTIFACT_UNKNOWN', 'not a Vault Secret QR (secret:0x<32 or 64 bytes>:<genesis hex>)');
  return { secret: match[1] as Hex, genesisHash: `0x${match[2]}` as Hex };
}
