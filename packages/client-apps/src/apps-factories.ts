import type { Capabilities, Client, ClientFactory, ClientInfo } from '@interop/core';
import { APPS_CAPABILITIES } from './apps-capabilities.js';
import { AppsClient } from './apps-client.js';
import { appsInfo } from './apps-info.js';
import { appsPathsFor } from './apps-paths.js';
import { ChromiumAppsRealm } from './chromium-realm/chromium-realm.js';
import { resolveChain } from './connected-chains.js';
import { NodeAppsRealm } from './node-realm/node-realm.js';

/** Apps in a Node worker thread: one worker (own ui-keyring, own localStorage) per instance. */
export const appsNodeFactory: ClientFactory = {
  info: appsInfo('node'),
  capabilities: (): Capabilities => APPS_CAPABILITIES,
  pathsFor: appsPathsFor,
  async start(options = {}): Promise<Client> {
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
    const realm = await ChromiumAppsRealm.start(options.network === undefined ? {} : { network: options.network });
    return new AppsClient(appsChromiumFactory.info satisfies ClientInfo, realm);
  },
};
