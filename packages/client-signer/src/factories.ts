import type { ClientFactory } from '@interop/core/vocabulary';
import { signerFactory } from './signer-factory.js';
import { SIGNER_PROFILES } from './signer-profiles.js';

/**
 * The profiles of this client: Polkadot Vault 7.2 and the legacy React Native Signer. Plain data
 * until an instance starts, so this entry (`@interop/client-signer/factories`) is what listing
 * the clients imports.
 */
export const factories: readonly ClientFactory[] = SIGNER_PROFILES.map(signerFactory);
