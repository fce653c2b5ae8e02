import { type Capabilities, type ClientInfo, type ClientTraits, SP_CORE_RULES } from '@interop/core/vocabulary';
import { ANDROID_PATH_REFUSES } from './android-path-chars.js';
import { LEGACY_CAPABILITIES } from './legacy-capabilities.js';
import { VAULT_CAPABILITIES } from './vault-capabilities.js';

/** Which rules an instance follows. */
export type SignerProfileName = 'vault' | 'legacy';

export interface SignerProfile {
  readonly name: SignerProfileName;
  readonly info: ClientInfo;
  readonly capabilities: Capabilities;
}

const SIGNER = 'novasamatech/parity-signer';

/**
 * Vault 7.2's traits: sp-core's derivation (the Rust crates it compiles); a recovered key set is
 * the root key and the //polkadot //kusama //westend keys of the default networks, all sr25519
 * (rust/defaults/src/lib.rs, db_handling identities.rs); no keystore JSON; no BIP44; it reads no
 * Secret QR and writes a soft-derived key's as 64 bytes (#2533); paths by REG_PATH.
 */
const VAULT_TRAITS: ClientTraits = {
  derivation: SP_CORE_RULES,
  phraseDefaults: [
    { path: '', type: 'sr25519' },
    { path: '//polkadot', type: 'sr25519' },
    { path: '//kusama', type: 'sr25519' },
    { path: '//westend', type: 'sr25519' },
  ],
  networkKeysPerSpec: ['//polkadot', '//kusama', '//westend'],
  softSecretQr: 'secret-key-64',
  publicKeyQrAddress: 'key-bytes',
  pathSyntax: 'vault-reg-path',
  typedPathRefuses: ANDROID_PATH_REFUSES,
};

/**
 * The React Native Signer's traits: sp-core's derivation through its rust/signer module; from a
 * phrase it makes the //<network> keys it is asked for and the BIP44 ethereum account at
 * index 0 (src/constants/networkSpecs.ts, src/utils/account.ts); its own path regexes.
 */
const LEGACY_TRAITS: ClientTraits = {
  derivation: SP_CORE_RULES,
  phraseDefaults: [
    { path: '//polkadot', type: 'sr25519' },
    { path: '//kusama', type: 'sr25519' },
    { path: '//westend', type: 'sr25519' },
    { path: "/m/44'/60'/0'/0/0", type: 'ethereum' },
  ],
  ethereumPath: 'index-0-only',
  pathSyntax: 'legacy-signer',
};

/** The crypto this model runs on; Vault itself compiles the same crates from Rust. */
const PACKAGES = { '@polkadot/util-crypto': '14.0.3', '@polkadot/util': '14.0.3', '@scure/sr25519': '0.2.0' } as const;

/**
 * Polkadot Vault 7.2.0 (tag v7.2.0 at commit 3c46e7dd, 2025-12-15; three commits after f728768fe
 * "bump apps version to 7.2.0", which follows #2533, the soft-path Secret QR). Where the Android and
 * iOS apps differ, the model follows Android (its derive screen: path-rules.ts checkAndroidDerivation).
 */
export const VAULT_PROFILE: SignerProfile = {
  name: 'vault',
  info: {
    id: 'signer@7.2.0',
    client: 'signer',
    version: '7.2.0',
    realm: 'node',
    packages: { ...PACKAGES, '@noble/hashes': '2.4.0', 'secrets.js-grempe': '2.0.0', tweetnacl: '1.0.3' },
    description:
      'Polkadot Vault 7.2 key rules as on Android (root + //network keys, REG_PATH and the derive screen, Secret QR, Banana Split) modelled over util-crypto',
    release: {
      repo: SIGNER,
      tag: 'v7.2.0',
      pinnedFrom: 'model',
      note: 'Vault is a Rust app with no JavaScript build: this profile models the rules of its rust/ crates at the v7.2.0 tag over well-kept JavaScript libraries, and passes its own test vectors.',
      substitutions: [],
    },
    traits: VAULT_TRAITS,
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
    release: {
      repo: SIGNER,
      tag: 'v4.5.3-beta',
      pinnedFrom: 'model',
      note: 'The last React Native Signer: this profile models the rules of its src/ and rust/signer at the v4.5.3-beta tag.',
      substitutions: [],
    },
    traits: LEGACY_TRAITS,
  },
  capabilities: LEGACY_CAPABILITIES,
};

export const SIGNER_PROFILES: readonly SignerProfile[] = [VAULT_PROFILE, LEGACY_PROFILE];
