import { expectedPublicKey, type Hex } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';

/** The secret of a Vault Secret QR (`secret:0x<hex>:<genesis>`), when the artifact is one. */
export function secretQrBytes(payload: string): Hex | undefined {
  const match = /^secret:(0x[0-9a-fA-F]+):/.exec(payload);
  return match === null ? undefined : (match[1] as Hex);
}

export const SECRET_QR_READ_AS_SR25519: KnownDivergence = {
  id: 'secret-qr-read-as-sr25519',
  claim:
    "the polkadot-js clients add every scanned `secret:` payload as an sr25519 account (Apps' Qr.tsx, the extension's ImportQr.tsx), so the Secret QR of an ed25519 or ecdsa key becomes the sr25519 key of the same seed: another address",
  sources: [
    'https://github.com/polkadot-js/apps/blob/4a5fed253571f1d75c6a5eabe5c84aa3c25377bf/packages/page-accounts/src/modals/Qr.tsx',
    'https://github.com/polkadot-js/extension/blob/v0.62.3/packages/extension-ui/src/Popup/ImportQr.tsx',
  ],
  scenario: 'scenarios/bugs/vault-ecdsa-secret-qr-apps.json',
  predict({ method, spec, artifact, target }) {
    // The polkadot-js clients' reading; SubWallet's (ethereum) is secret-qr-read-as-ethereum.
    if (method !== 'secret-qr' || artifact.kind !== 'secret-qr' || target.secretQrAs !== 'sr25519') return undefined;
    if (spec.type === target.secretQrAs) return undefined;
    const secret = secretQrBytes(artifact.payload);
    if (secret === undefined || secret.length !== 66) return undefined;
    const publicKey = expectedPublicKey({ secret: { kind: 'seed', seed: secret }, path: '', type: target.secretQrAs }, target.derivation);
    return { kind: 'keys', keys: [{ publicKey, type: target.secretQrAs }] };
  },
};
