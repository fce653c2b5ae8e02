import type { ClientFactory } from '@interop/core';
import { signerFactory } from './signer-client.js';
import { SIGNER_PROFILES } from './signer-profiles.js';

/** The profiles of this client: Polkadot Vault 7.2 and the legacy React Native Signer. */
export const factories: readonly ClientFactory[] = SIGNER_PROFILES.map(signerFactory);

export { encodeBananaSplit, VAULT_DEFAULT_SHARES, vaultRequiredShares } from './banana-split-encode.js';
export { type BananaSplitSecret, recoverBananaSplit } from './banana-split-recover.js';
export { BANANA_RULES } from './banana-split-rules.js';
export { LEGACY_RULES } from './legacy-rules.js';
export type { SignerIdentity } from './signer-identity.js';
export { LEGACY_PROFILE, SIGNER_PROFILES, type SignerProfile, VAULT_PROFILE } from './signer-profiles.js';
export { type VaultAddressForm, vaultAddress } from './vault-address.js';
export type { VaultEncryption } from './vault-encryption.js';
export { VAULT_CHAINS, VAULT_DEFAULT_NETWORKS, VAULT_MYTHOS, type VaultChain, type VaultNetwork } from './vault-networks.js';
export { VAULT_RULES } from './vault-rules.js';
