import { serveInWorker } from '@interop/core/rpc';
import { startExtensionBackground } from './extension-background.js';

/** What the main thread hands the worker. */
export interface ExtensionWorkerData {
  readonly profileDir: string;
}

/**
 * Worker entry: one extension background per worker thread (its own module graph, its own
 * chrome.storage). RPC surface: `ready`, `send` (one popup message), `accounts`, `dumpStorage`,
 * `shownAddress` (what the popup's Address component shows for an address).
 */
serveInWorker(async (data) => {
  const { profileDir } = data as ExtensionWorkerData;
  const background = await startExtensionBackground(profileDir);
  return {
    ready: () => true,
    send: (message: string, request: unknown) => background.send(message, request),
    accounts: () => background.accounts(),
    dumpStorage: () => background.dumpStorage(),
    shownAddress: (address: string, genesisHash: string | null) => background.shownAddress(address, genesisHash),
  };
});
