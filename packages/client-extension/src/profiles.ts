import { profileDir } from '@interop/core/profile';
import { defineExtensionProfile, type ExtensionFactory } from './define-extension-profile.js';

/**
 * Each profile is one extension release, its packages pinned from the release tag's lockfile
 * (profiles/<id>/release.json says what shipped, what runs, and why any substitute is the same code).
 * Each release runs in two realms: its background's handlers in a Node worker over a storage
 * shim, and (`-chromium`) the MV3 extension built from the same install in Chromium.
 */

/** Release 0.62.3 (Oct 2025): util-crypto 13.5.7, ui-keyring 3.16.2. */
export const EXTENSION_0_62_3: ExtensionFactory = defineExtensionProfile(profileDir('extension@0.62.3'));

/**
 * Release 0.62.2: util-crypto 13.5.6, the one release whose BIP39 seed of ethereum keys runs
 * 210000 PBKDF2 rounds (polkadot-js/apps#11855; 0.61.7 and 0.62.1 shipped it too).
 */
export const EXTENSION_0_62_2: ExtensionFactory = defineExtensionProfile(profileDir('extension@0.62.2'));

/** Release 0.55.1 (24 October 2024, its CHANGELOG): util-crypto 13.2.1, scrypt N=2^15 only (extension#1577, #1584), no NFC. */
export const EXTENSION_0_55_1: ExtensionFactory = defineExtensionProfile(profileDir('extension@0.55.1'));

/** Release 0.62.3 as users run it: the MV3 service worker in Chromium on real chrome.storage.local. */
export const EXTENSION_0_62_3_CHROMIUM: ExtensionFactory = defineExtensionProfile(profileDir('extension@0.62.3'), { realm: 'chromium' });

/** Release 0.62.2 as an MV3 extension in Chromium. */
export const EXTENSION_0_62_2_CHROMIUM: ExtensionFactory = defineExtensionProfile(profileDir('extension@0.62.2'), { realm: 'chromium' });

/** Release 0.55.1 as an MV3 extension in Chromium. */
export const EXTENSION_0_55_1_CHROMIUM: ExtensionFactory = defineExtensionProfile(profileDir('extension@0.55.1'), { realm: 'chromium' });

/** Every extension release in the Node realm, newest first. */
export const EXTENSION_PROFILES: readonly ExtensionFactory[] = [EXTENSION_0_62_3, EXTENSION_0_62_2, EXTENSION_0_55_1];

/** Every extension release in the Chromium realm, newest first. */
export const EXTENSION_CHROMIUM_PROFILES: readonly ExtensionFactory[] = [EXTENSION_0_62_3_CHROMIUM, EXTENSION_0_62_2_CHROMIUM, EXTENSION_0_55_1_CHROMIUM];
