import type { ClientInfo, Realm } from '@interop/core';

export const APPS_UI_KEYRING_VERSION = '3.16.7';

/** Exactly what profiles/apps@3.16.7 pins (package.json pnpm.overrides). */
export const APPS_PACKAGES: Readonly<Record<string, string>> = {
  '@polkadot/ui-keyring': APPS_UI_KEYRING_VERSION,
  '@polkadot/ui-settings': APPS_UI_KEYRING_VERSION,
  '@polkadot/keyring': '14.0.3',
  '@polkadot/util': '14.0.3',
  '@polkadot/util-crypto': '14.0.3',
  '@polkadot/networks': '14.0.3',
};

export function appsInfo(realm: Realm): ClientInfo {
  const node = realm === 'node';
  return {
    id: node ? `apps@${APPS_UI_KEYRING_VERSION}` : `apps@${APPS_UI_KEYRING_VERSION}-chromium`,
    client: 'apps',
    version: APPS_UI_KEYRING_VERSION,
    realm,
    packages: APPS_PACKAGES,
    description: node
      ? "Polkadot-JS Apps' account modals on @polkadot/ui-keyring with its BrowserStore, in a Node worker over an emulated localStorage"
      : "Polkadot-JS Apps' account modals on @polkadot/ui-keyring with its BrowserStore, in headless Chromium on a real localStorage",
  };
}
