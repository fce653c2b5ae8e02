import type { ClientFactory } from '@interop/core';
import { EXTENSION_PROFILES } from './profiles.js';

export { defineExtensionProfile, type ExtensionFactory } from './define-extension-profile.js';
export type { ExtensionAccount } from './extension-account.js';
export { callExtension, EXTENSION_CALLS, type ExtensionCall } from './extension-calls.js';
export { EXTENSION_CAPABILITIES } from './extension-capabilities.js';
export { type DeriveRequest, ExtensionClient, type ExtensionStartOptions, type ExternalRequest, IMPORT_NAME } from './extension-client.js';
export { EXTENSION_TRAIT_SOURCES, extensionTraits } from './extension-traits.js';
export type { JsonAccountInfo, PopupMessage, PopupMessages } from './popup-messages.js';
export { POPUP_REF, POPUP_RULES } from './popup-rules.js';
export { EXTENSION_0_55_1, EXTENSION_0_62_2, EXTENSION_0_62_3, EXTENSION_PROFILES } from './profiles.js';
export { type BatchPreviewEntry, type BatchPreviewRow, batchPreviewEntries } from './restore-json-batch-preview.js';

/** The profiles of this client (one factory per version and realm). */
export const factories: readonly ClientFactory[] = EXTENSION_PROFILES;
