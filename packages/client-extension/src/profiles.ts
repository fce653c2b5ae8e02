import { defineExtensionProfile, type ExtensionFactory } from './define-extension-profile.js';

/** The repository's profiles/ directory (two levels above src/ and dist/ alike). */
const PROFILES = new URL('../../../profiles/', import.meta.url);

/** @polkadot/extension-base 0.62.3 with util, util-crypto, keyring and networks 14.0.3. */
export const EXTENSION_0_62_3: ExtensionFactory = defineExtensionProfile({ version: '0.62.3', dir: new URL('extension@0.62.3/', PROFILES) });

/**
 * @polkadot/extension-base 0.61.5 with util, util-crypto, keyring and networks forced to 13.5.6:
 * the one util-crypto release whose pbkdf2Encode defaults to 210000 rounds, so ethereum
 * accounts from a phrase (mnemonicToLegacySeed, 64 bytes) get another address (apps#11855,
 * reverted in 13.5.7). Not a published combination: the id says so.
 */
export const EXTENSION_0_61_5_UTIL_CRYPTO_13_5_6: ExtensionFactory = defineExtensionProfile({
  version: '0.61.5',
  variant: 'util-crypto-13.5.6',
  dir: new URL('extension@0.61.5-util-crypto-13.5.6/', PROFILES),
});

/**
 * @polkadot/extension-base 0.55.1 (December 2024) with the @polkadot/* 13.2.3 of its time:
 * scrypt N=2^15 only, before util-crypto 13.5.3 (extension#1577, #1584).
 */
export const EXTENSION_0_55_1: ExtensionFactory = defineExtensionProfile({ version: '0.55.1', dir: new URL('extension@0.55.1/', PROFILES) });

/** Every extension version, newest first. */
export const EXTENSION_PROFILES: readonly ExtensionFactory[] = [EXTENSION_0_62_3, EXTENSION_0_61_5_UTIL_CRYPTO_13_5_6, EXTENSION_0_55_1];
