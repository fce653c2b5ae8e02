import type { Capabilities, Client, ClientFactory } from '@interop/core/vocabulary';
import { APPS_CAPABILITIES } from './apps-capabilities.js';
import { appsInfo } from './apps-info.js';
import { appsPathsFor } from './apps-paths.js';
import { resolveChain } from './connected-chains.js';

// The realms and the client load on the first start: listing the profiles (`interop clients`)
// reads only the plain data above, and playwright-core loads only when a browser starts.

/** Apps in a Node worker thread: one worker (own ui-keyring, own localStorage) per instance. */
export const appsNodeFactory: ClientFactory = {
  info: appsInfo('node'),
  capabilities: (): Capabilities => APPS_CAPABILITIES,
  pathsFor: appsPathsFor,
  async start(options = {}): Promise<Client> {
    const [{ NodeAppsRealm }, { AppsClient }] = await Promise.all([import('./node-realm/node-realm.js'), import('./apps-client.js')]);
    const realm = await NodeAppsRealm.start({ chain: resolveChain(options.network) });
    return new AppsClient(appsNodeFactory.info, realm);
  },
};

/** Apps in headless Chromium: one browser profile (own user-data dir, own localStorage) per instance. */
export const appsChromiumFactory: ClientFactory = {
  info: appsInfo('chromium'),
  capabilities: (): Capabilities => APPS_CAPABILITIES,
  pathsFor: appsPathsFor,
  async start(options = {}): Promise<Client> {
    const [{ ChromiumAppsRealm }, { AppsClient }] = await Promise.all([import('./chromium-realm/chromium-realm.js'), import('./apps-client.js')]);
    const realm = await ChromiumAppsRealm.start(options.network === undefined ? {} : { network: options.network });
    return new AppsClient(appsChromiumFactory.info, realm);
  },
};
