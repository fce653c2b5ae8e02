// The extension's service worker: polkadot-js/extension packages/extension/src/background.ts
// (identical at v0.55.1, v0.62.2 and v0.62.3), statement for statement, bundled from the profile's
// own install by build-mv3.ts. Only two imports are added: the probe (service-worker-probe.ts),
// imported first, which adds no listener and is read through DevTools; and the scrypt memo hook
// (service-worker-scrypt.ts), through which a matrix run shares evaluations with its other realms.
// `handlers` is extension-base's background/handlers/index.ts, whose top-level `await state.init()`
// holds back everything below the imports, as the webpack build upstream ships does (see build-mv3.ts).

import './service-worker-probe.js';
import './service-worker-scrypt.js';
import '@polkadot/extension-inject/crossenv';

import { handlers, withErrorLog } from '@polkadot/extension-base/background';
import { PORT_CONTENT, PORT_EXTENSION } from '@polkadot/extension-base/defaults';
import { AccountsStore } from '@polkadot/extension-base/stores';
import { keyring } from '@polkadot/ui-keyring';
import { accounts } from '@polkadot/ui-keyring/observable/accounts';
import { assert } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { attachProbe, startFailed, watchLoad } from './service-worker-probe.js';

type Port = chrome.runtime.Port;
type Request = Parameters<typeof handlers>[0];

attachProbe(keyring, accounts, AccountsStore.prototype.set);

// background.ts line 20: setup the notification (same a FF default background, white text)
withErrorLog(() => chrome.action.setBadgeBackgroundColor({ color: '#d90000' }));

// lines 23-30: listen to all messages and handle appropriately
chrome.runtime.onConnect.addListener((port: Port): void => {
  // shouldn't happen, however... only listen to what we know about
  assert([PORT_CONTENT, PORT_EXTENSION].includes(port.name), `Unknown connection from ${port.name}`);

  // message and disconnect handlers
  port.onMessage.addListener((data: Request) => handlers(data, port));
  port.onDisconnect.addListener(() => console.log(`Disconnected from ${port.name}`));
});

// lines 32-40
function isValidUrl(url: string): boolean {
  try {
    const urlObj = new URL(url);

    return urlObj.protocol === 'http:' || urlObj.protocol === 'https:';
  } catch (_e) {
    return false;
  }
}

// lines 42-62
function getActiveTabs(): void {
  // queriing the current active tab in the current window should only ever return 1 tab
  // although an array is specified here
  chrome.tabs.query({ active: true, currentWindow: true }, (tabs) => {
    const urls: string[] = tabs.map(({ url }) => url).filter((url): url is string => !!url && isValidUrl(url));

    const request = {
      id: 'background',
      message: 'pri(activeTabsUrl.update)',
      origin: 'background',
      request: { urls },
    } as unknown as Request;

    handlers(request);
  });
}

// lines 64-68: the popup's wakeUpServiceWorker (extension-base utils/portUtils.ts) asks this first
chrome.runtime.onMessage.addListener((message: { type: string }, _, sendResponse) => {
  if (message.type === 'wakeup') {
    sendResponse({ status: 'awake' });
  }
});

// lines 70-95: listen to tab updates, window focus, activation and removal
chrome.tabs.onUpdated.addListener((_, changeInfo) => {
  if (!changeInfo.url) {
    return;
  }

  getActiveTabs();
});
chrome.windows.onFocusChanged.addListener(() => getActiveTabs());
chrome.tabs.onActivated.addListener(() => {
  getActiveTabs();
});
chrome.tabs.onRemoved.addListener(() => {
  getActiveTabs();
});

// lines 97-109: initial setup (the store is watched so the harness knows when the accounts are loaded)
cryptoWaitReady()
  .then((): void => {
    console.log('crypto initialized');

    // load all the keyring data
    keyring.loadAll({ store: watchLoad(new AccountsStore()), type: 'sr25519' });

    console.log('initialization completed');
  })
  .catch((error: unknown): void => {
    console.error('initialization failed', error);
    startFailed(error);
  });
