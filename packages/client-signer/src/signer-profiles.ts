import type { Capabilities, ClientInfo } from '@interop/core';
import { LEGACY_CAPABILITIES } from './legacy-capabilities.js';
import { VAULT_CAPABILITIES } from './vault-capabilities.js';

/** Which rules an instance follows. */
export type SignerProfileName = 'vault' | 'legacy';

export interface SignerProfile {
  readonly name: SignerProfileName;
  readonly info: ClientInfo;
  readonly capabilities: Capabilities;
}

/** The crypto this model runs on; Vault itself compiles the same crates from Rust. */
const PACKAGES = { '@polkadot/util-crypto': '14.0.3', '@polkadot/util': '14.0.3', '@scure/sr25519': '0.2.0' } as const;

/**
 * Polkadot Vault 7.2.0 (tag v7.2.0, 2025-12-15; commit f728768fe "bump apps version to 7.2.0",
 * which follows #2533, the soft-path Secret QR).
 */
export const VAULT_PROFILE: SignerProfile = {
  name: 'vault',
  info: {
    id: 'signer@7.2.0',
    client: 'signer',
    version: '7.2.0',
    realm: 'node',
    packages: { ...PACKAGES, '@noble/hashes': '2.4.0', 'secrets.js-grempe': '2.0.0', tweetnacl: '1.0.3' },
    description: 'Polkadot Vault 7.2 key rules (root + //network keys, REG_PATH, Secret QR, Banana Split) modelled over util-crypto',
  },
  capabilities: VAULT_CAPABILITIES,
};

/**
 * The last React Native Parity Signer, 4.5.3-beta (package.json at tag v4.5.3-beta, 2020-09-10;
 * the React Native sources were removed by the native ports, b9fa36934 #791).
 */
export const LEGACY_PROFILE: SignerProfile = {
  name: 'legacy',
  info: {
    id: 'signer@4.5.3-beta',
    client: 'signer',
    version: '4.5.3-beta',
    realm: 'node',
    packages: PACKAGES,
    description: 'Parity Signer 4.5 (React Native): //network keys on tap, BIP44 Ethereum accounts, phrase backups only',
  },
  capabilities: LEGACY_CAPABILITIES,
};

export const SIGNER_PROFILES: readonly SignerProfile[] = [VAULT_PROFILE, LEGACY_PROFILE];
