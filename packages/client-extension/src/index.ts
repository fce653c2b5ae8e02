import type { ClientFactory } from '@interop/core';
import { EXTENSION_0_55_1_CHROMIUM, EXTENSION_0_62_2_CHROMIUM, EXTENSION_0_62_3_CHROMIUM, EXTENSION_PROFILES } from './profiles.js';

export type { ExtensionBackgroundRealm } from './background-realm.js';
export { ChromiumBackgroundRealm } from './chromium-realm/chromium-background-realm.js';
export { defineExtensionProfile, type ExtensionFactory } from './define-extension-profile.js';
export type { ExtensionAccount } from './extension-account.js';
export { callExtension, EXTENSION_CALLS, type ExtensionCall } from './extension-calls.js';
export { EXTENSION_CAPABILITIES } from './extension-capabilities.js';
export { type DeriveRequest, ExtensionClient, type ExtensionStartOptions, type ExternalRequest, IMPORT_NAME } from './extension-client.js';
export { EXTENSION_TRAIT_SOURCES, extensionTraits } from './extension-traits.js';
export type { JsonAccountInfo, PopupMessage, PopupMessages } from './popup-messages.js';
export { POPUP_REF, POPUP_RULES } from './popup-rules.js';
export {
  EXTENSION_0_55_1,
  EXTENSION_0_55_1_CHROMIUM,
  EXTENSION_0_62_2,
  EXTENSION_0_62_2_CHROMIUM,
  EXTENSION_0_62_3,
  EXTENSION_0_62_3_CHROMIUM,
  EXTENSION_CHROMIUM_PROFILES,
  EXTENSION_PROFILES,
} from './profiles.js';
export { type BatchPreviewEntry, type BatchPreviewRow, batchPreviewEntries } from './restore-json-batch-preview.js';

/**
 * The profiles of this client in the default matrix: every release in the Node realm, and the
 * newest as an MV3 extension in Chromium. The Chromium realm runs the same handler code as the
 * Node realm of its release; what it adds (the service worker, real storage, restarts) is the
 * same code in every release (background.ts and the stores are identical at v0.55.1 and v0.62.3),
 * so one Chromium profile carries that information, at a browser per cell.
 */
export const factories: readonly ClientFactory[] = [...EXTENSION_PROFILES, EXTENSION_0_62_3_CHROMIUM];

/** Profiles outside the default matrix, for runs that name them (`--clients extension@0.55.1-chromium`). */
export const selectableFactories: readonly ClientFactory[] = [EXTENSION_0_62_2_CHROMIUM, EXTENSION_0_55_1_CHROMIUM];
