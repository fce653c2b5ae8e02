import type { Hex } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';
import { secretQrBytes } from './secret-qr-read-as-sr25519.js';

/** The third field of a `secret:` QR as 0x-hex (Vault writes the genesis hash there, without 0x), when it is hex. */
function thirdField(payload: string): Hex | undefined {
  const field = payload.split(':')[2] ?? '';
  const hex = field.startsWith('0x') ? field.slice(2) : field;
  return /^[0-9a-fA-F]+$/.test(hex) && hex.length % 2 === 0 ? (`0x${hex.toLowerCase()}` as Hex) : undefined;
}

/**
 * A Secret QR whose secret is not 32 bytes, scanned by a client that pairs that secret key with the
 * QR's third field as its public key (`secretQrPair`, SubWallet): Vault's QR of a soft-derived
 * sr25519 key (64-byte secret key and nonce, genesis hash in the third field) becomes an sr25519
 * account whose public key, and so address, is the network's genesis hash.
 */
export const SECRET_QR_PAIR_THIRD_FIELD: KnownDivergence = {
  id: 'secret-qr-pair-third-field',
  claim:
    "SubWallet's Import by QR code reads secret:<secret>:<public key>: a secret that is not 32 bytes becomes an sr25519 pair of that secret key with the third field as its public key, never checked (createFromPair); Vault's Secret QR of a soft-derived key carries the network's genesis hash there, so the account SubWallet adds has the genesis hash as its address, and a secret key that does not match it",
  sources: [
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Secret.ts#L156-L161',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/utils/scanner/attach.ts#L41-L64',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportQrCode.tsx#L115-L125',
    'https://github.com/novasamatech/parity-signer/issues/2530',
  ],
  scenario: 'scenarios/bugs/subwallet-vault-soft-secret-qr-genesis.json',
  predict({ method, artifact, target }) {
    if (method !== 'secret-qr' || artifact.kind !== 'secret-qr' || target.secretQrPair !== 'third-field-as-public-key') return undefined;
    const secret = secretQrBytes(artifact.payload);
    const publicKey = thirdField(artifact.payload);
    if (secret === undefined || secret.length === 66 || publicKey === undefined) return undefined;
    return { kind: 'keys', keys: [{ publicKey, type: 'sr25519' }] };
  },
};
