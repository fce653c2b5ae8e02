import type { ChromeStorageArea } from './chrome-storage-area.js';

const EXTENSION_ORIGIN = 'chrome-extension://interop-polkadot-js/';

/** A chrome event nobody fires here: the background is driven through its handler, not by the browser. */
function quietEvent() {
  return { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
}

/** Browser calls the background made (opening windows, badge text): recorded, never acted on. */
export interface ChromeCall {
  readonly api: string;
  readonly args: readonly unknown[];
}

/**
 * The `chrome` global the extension's background reads. It must exist before State is imported:
 * polkadot-js/extension packages/extension-base/src/background/handlers/State.ts calls
 * `chrome.runtime.getURL` at module level. Storage is the real thing (ChromeStorageArea); the
 * UI-facing APIs (action, tabs, windows) only record what was asked.
 */
export function installChrome(storage: ChromeStorageArea): { readonly calls: readonly ChromeCall[] } {
  const calls: ChromeCall[] = [];
  const record =
    (api: string, answer?: unknown) =>
    (...args: unknown[]) => {
      calls.push({ api, args });
      const callback = args.find((a) => typeof a === 'function') as ((value: unknown) => void) | undefined;
      callback?.(answer);
      return Promise.resolve(answer);
    };
  let windowId = 0;
  const chrome = {
    action: { setBadgeText: record('action.setBadgeText') },
    runtime: {
      id: 'interop-polkadot-js',
      lastError: undefined,
      getURL: (path: string) => `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`,
      connect: () => ({ name: '', onDisconnect: quietEvent(), onMessage: quietEvent(), postMessage: () => undefined, disconnect: () => undefined }),
      sendMessage: record('runtime.sendMessage'),
      onConnect: quietEvent(),
      onMessage: quietEvent(),
      onStartup: quietEvent(),
      onInstalled: quietEvent(),
    },
    storage: { local: storage, onChanged: quietEvent() },
    tabs: { create: record('tabs.create'), query: record('tabs.query', []), update: record('tabs.update'), onUpdated: quietEvent(), onActivated: quietEvent() },
    windows: {
      create: (...args: unknown[]) => record('windows.create', { id: ++windowId })(...args),
      remove: record('windows.remove'),
      onRemoved: quietEvent(),
    },
  };
  (globalThis as { chrome?: unknown }).chrome = chrome;
  return { calls };
}
