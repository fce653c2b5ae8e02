import { defineExtensionProfile, type ExtensionFactory } from './define-extension-profile.js';

/** The repository's profiles/ directory (two levels above src/ and dist/ alike). */
const PROFILES = new URL('../../../profiles/', import.meta.url);

/** @polkadot/extension-base 0.62.3 with util, util-crypto, keyring and networks 14.0.3. */
export const EXTENSION_0_62_3: ExtensionFactory = defineExtensionProfile({ version: '0.62.3', dir: new URL('extension@0.62.3/', PROFILES) });

/** Every extension version, newest first. */
export const EXTENSION_PROFILES: readonly ExtensionFactory[] = [EXTENSION_0_62_3];
