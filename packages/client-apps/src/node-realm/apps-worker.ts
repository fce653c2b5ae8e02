import { type RpcHandlers, serveInWorker } from '@interop/core/rpc';
import { AppsError, type ConnectedChain, isConnectedChain, startAppsInstance } from '../operations/index.js';
import { loadAppsProfile } from './load-apps-profile.js';
import { createLocalStorage } from './web-storage.js';

/** What the main thread gives one Apps instance (node-realm.ts). */
export interface AppsWorkerData {
  readonly profileDir: string;
  readonly chain: ConnectedChain;
  /** localStorage at start: empty for a new computer, the previous content for a reload. */
  readonly storage: Readonly<Record<string, string>>;
  readonly allowStorage: boolean;
}

// Captured before anything of the profile loads: ui-keyring's loadAll reports skipped entries
// with console.warn, and @polkadot/util warns about duplicate packages at import.
const warnings: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  warnings.push(args.map((a) => (typeof a === 'string' ? a : String(a))).join(' '));
  originalWarn(...args);
};

function parse(data: unknown): AppsWorkerData {
  const d = data as Partial<AppsWorkerData> | null;
  if (!d || typeof d.profileDir !== 'string' || !isConnectedChain(d.chain) || typeof d.storage !== 'object' || d.storage === null) {
    throw new AppsError('E_INTERNAL', 'the Apps worker was started without a profile, a chain and a storage');
  }
  return { profileDir: d.profileDir, chain: d.chain, storage: d.storage, allowStorage: d.allowStorage !== false };
}

/**
 * Only '@interop/core/rpc' and type imports of '@interop/core' here: the core's root entry
 * imports the workspace's @polkadot/util, which would put a second copy into this realm.
 *
 * One Apps instance per worker thread (ui-keyring's keyring, accounts and options are module
 * singletons, and loadAll runs once per realm). The worker gets a fresh localStorage on
 * globalThis, then loads the profile's ui-keyring onto it and serves the modal operations.
 */
serveInWorker(async (data) => {
  const { profileDir, chain, storage, allowStorage } = parse(data);
  const localStorage = createLocalStorage(storage);
  Object.defineProperty(globalThis, 'localStorage', { value: localStorage, configurable: true, writable: true, enumerable: true });
  const modules = await loadAppsProfile(profileDir);
  const rpc = await startAppsInstance({ ...modules, storage: localStorage, warnings: () => warnings }, { chain, allowStorage });
  return rpc as unknown as RpcHandlers;
});
