import type { KnownDivergence } from '../divergence.js';

export const ECDSA_PUBLIC_KEY_QR_ADDRESS: KnownDivergence = {
  id: 'ecdsa-public-key-qr-address',
  claim:
    "Vault's public-key QR of an ecdsa key carries the ss58 of the 33-byte public key (sp-core's Ss58Codec), not the account id (blake2 of the key) that the polkadot-js clients show for ecdsa; they store the 33 bytes as a watch-only entry under their default type, an address that is no account on chain",
  sources: [
    'https://github.com/novasamatech/parity-signer/blob/v7.2.0/rust/definitions/src/helpers.rs#L166-L171',
    'https://github.com/novasamatech/parity-signer/blob/v7.2.0/rust/db_handling/src/interface_signer.rs#L343-L358',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/keyring/src/pair/index.ts (ecdsa: address of blake2 of the public key)',
  ],
  scenario: 'scenarios/bugs/vault-ecdsa-public-key-qr-extension.json',
  predict({ method, spec, source, sourceKey }) {
    if (method !== 'public-key-qr' || spec.type !== 'ecdsa' || source.publicKeyQrAddress !== 'key-bytes') return undefined;
    return { kind: 'watch-only-bytes', publicKey: sourceKey.publicKey };
  },
};
