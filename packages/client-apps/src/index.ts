import type { ClientFactory } from '@interop/core';
import { appsChromiumFactory, appsNodeFactory } from './apps-factories.js';

/** The profiles of this client: ui-keyring 3.16.7 in a Node worker, and in Chromium. */
export const factories: readonly ClientFactory[] = [appsNodeFactory, appsChromiumFactory];

export { APPS_CAPABILITIES } from './apps-capabilities.js';
export { AppsClient, ETH_DEFAULT_PATH, identityOf, RESTORED_NAME } from './apps-client.js';
export { appsChromiumFactory, appsNodeFactory } from './apps-factories.js';
export { APPS_PACKAGES, APPS_UI_KEYRING_VERSION, appsInfo } from './apps-info.js';
export type { AppsRealm } from './apps-realm.js';
export { ChromiumAppsRealm } from './chromium-realm/chromium-realm.js';
export { HARNESS_ORIGIN } from './chromium-realm/harness-origin.js';
export { type AppsBrowserProfile, type LaunchOptions, launchAppsBrowserProfile } from './chromium-realm/launch-browser-profile.js';
export { APPS_CHAINS, DEFAULT_CHAIN_NAME, MOONBEAM, resolveChain } from './connected-chains.js';
export { NodeAppsRealm, type NodeRealmOptions } from './node-realm/node-realm.js';
export { createLocalStorage } from './node-realm/web-storage.js';
export type { AppsMethod, AppsView, ConnectedChain, ShownAccount, ShownAddress } from './operations/index.js';
