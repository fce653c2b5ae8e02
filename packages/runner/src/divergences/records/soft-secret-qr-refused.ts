import type { KnownDivergence } from '../divergence.js';
import { secretQrBytes } from './secret-qr-read-as-sr25519.js';

export const SOFT_SECRET_QR_REFUSED: KnownDivergence = {
  id: 'soft-secret-qr-refused',
  claim:
    "Vault exports a soft-derived sr25519 key's Secret QR as its 64-byte secret key and nonce (such a key has no 32-byte mini-secret); the polkadot-js clients read a Secret QR only as a phrase or a 32-byte seed and refuse it",
  sources: ['https://github.com/novasamatech/parity-signer/issues/2530', 'https://github.com/novasamatech/parity-signer/pull/2533'],
  scenario: 'scenarios/bugs/vault-soft-secret-qr-apps.json',
  predict({ method, artifact, source, target }) {
    if (method !== 'secret-qr' || artifact.kind !== 'secret-qr' || source.softSecretQr !== 'secret-key-64' || target.secretQrAs === undefined) return undefined;
    // A client that makes a pair of a 64-byte secret does not refuse it (secret-qr-pair-third-field).
    if (target.secretQrPair !== undefined) return undefined;
    const secret = secretQrBytes(artifact.payload);
    if (secret === undefined || secret.length !== 130) return undefined;
    return { kind: 'refusal', codes: ['E_CLIENT_REFUSED', 'E_PHRASE_INVALID', 'E_PATH_INVALID'] };
  },
};
