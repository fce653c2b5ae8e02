export type { ExtensionBackgroundRealm } from './background-realm.js';
export { ChromiumBackgroundRealm } from './chromium-realm/chromium-background-realm.js';
export { defineExtensionProfile, type ExtensionFactory } from './define-extension-profile.js';
export type { ExtensionAccount } from './extension-account.js';
export { callExtension, EXTENSION_CALLS, type ExtensionCall } from './extension-calls.js';
export { EXTENSION_CAPABILITIES } from './extension-capabilities.js';
export { type DeriveRequest, ExtensionClient, type ExtensionStartOptions, type ExternalRequest, IMPORT_NAME } from './extension-client.js';
export { EXTENSION_TRAIT_SOURCES, extensionTraits } from './extension-traits.js';
export { factories, selectableFactories } from './factories.js';
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
