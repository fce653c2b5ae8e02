/** The upstream manifest this one is made from (identical at v0.55.1, v0.62.2 and v0.62.3). */
export const MANIFEST_SOURCE = 'https://github.com/polkadot-js/extension/blob/v0.62.3/packages/extension/manifest_chrome.json#L1-L42';

/** The popup page's file, as upstream's `action.default_popup`. */
export const POPUP_PAGE = 'index.html';
/** The service worker's file, as upstream's `background.service_worker`. */
export const SERVICE_WORKER = 'background.js';

/**
 * The extension's manifest for one release: upstream's manifest_chrome.json with the version
 * its webpack config writes (package.json's version without a `-beta.x` suffix), minus what
 * only dapp pages use (content_scripts with content.js, web_accessible_resources with page.js)
 * and the icons: no web page is opened here. What the background depends on is kept as it is:
 * manifest_version 3, the `storage` and `tabs` permissions, the background as a module service
 * worker, the action with its popup, and the extension pages' CSP (wasm allowed).
 */
export function mv3Manifest(release: string): Record<string, unknown> {
  return {
    author: 'polkadot.{js}',
    description: 'Manage your Polkadot accounts outside of dapps. Injects the accounts and allows signing transactions for a specific account.',
    homepage_url: 'https://github.com/polkadot-js/extension',
    name: 'polkadot{.js} extension',
    short_name: 'polkadot{.js}',
    manifest_version: 3,
    permissions: ['storage', 'tabs'],
    background: { service_worker: SERVICE_WORKER, type: 'module' },
    action: { default_title: 'polkadot{.js}', default_popup: POPUP_PAGE },
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    version: release.split('-')[0],
  };
}
