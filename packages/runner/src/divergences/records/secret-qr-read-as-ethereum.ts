import { expectedPublicKey } from '@interop/core';
import type { KnownDivergence } from '../divergence.js';
import { secretQrBytes } from './secret-qr-read-as-sr25519.js';

/**
 * A 32-byte Secret QR scanned by a client that keys every such secret as an ethereum private key
 * (`secretQrAs: 'ethereum'`, SubWallet's Import by QR code): Vault's QR of an sr25519 (hard path),
 * ed25519 or ecdsa key becomes the EVM account of the same 32 bytes.
 */
export const SECRET_QR_READ_AS_ETHEREUM: KnownDivergence = {
  id: 'secret-qr-read-as-ethereum',
  claim:
    "SubWallet's Import by QR code keys a 32-byte secret as an ethereum (EVM) private key (checkPublicAndSecretKey, accountsCreateWithSecret), whatever key it was exported for: Vault's Secret QR of an sr25519, ed25519 or ecdsa key comes back as the EVM account of those bytes, another address",
  sources: [
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Secret.ts#L137-L204',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Secret.ts#L206-L269',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/utils/scanner/attach.ts#L41-L64',
  ],
  scenario: 'scenarios/bugs/subwallet-vault-secret-qr-as-evm.json',
  predict({ method, artifact, sourceKey, target }) {
    if (method !== 'secret-qr' || artifact.kind !== 'secret-qr' || target.secretQrAs !== 'ethereum') return undefined;
    const secret = secretQrBytes(artifact.payload);
    if (secret === undefined || secret.length !== 66) return undefined;
    const publicKey = expectedPublicKey({ secret: { kind: 'seed', seed: secret }, path: '', type: 'ethereum' }, target.derivation);
    // The secret of an ethereum key is that key: it comes back.
    if (sourceKey.type === 'ethereum' && sourceKey.publicKey.toLowerCase() === publicKey.toLowerCase()) return undefined;
    return { kind: 'keys', keys: [{ publicKey, type: 'ethereum' }] };
  },
};
