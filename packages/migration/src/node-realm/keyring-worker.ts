import { createRequire } from 'node:module';
import { serveInWorker } from '@interop/core/rpc';
import { MemoryStorage } from './memory-storage.js';

/**
 * One Apps "computer" in a Node worker: the real @polkadot/ui-keyring of
 * the Apps profile (@interop/client-apps/profile) over an in-memory localStorage, loaded the way Apps loads it
 * (polkadot-js/apps packages/react-api/src/Api.tsx loadOnReady: isDevelopment false, keyring
 * type ed25519 on substrate chains). ui-keyring loads once per realm: a reload is a new worker
 * over the same storage. Used to make the example dumps and to check the Apps-view model
 * against the real loadAll without a browser.
 */
interface WorkerInput {
  readonly profileDir: string;
  readonly storage: Record<string, string>;
  readonly genesisHash?: string;
  /** Apps passes the relay chain's genesis for a system parachain (paraId < 2000), else none. */
  readonly genesisHashAdd?: readonly string[];
  /** Apps passes 'ethereum' on an Ethereum chain, else 'ed25519'. */
  readonly type?: 'ed25519' | 'ethereum';
}

interface Pair {
  address: string;
  publicKey: Uint8Array;
  meta: Record<string, unknown>;
}

serveInWorker(async (data) => {
  const input = data as WorkerInput;
  const storage = new MemoryStorage(input.storage);
  // The `store` package picks its backend when first required: localStorage must exist by then.
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const require = createRequire(`${input.profileDir}/package.json`);
  const { keyring } = require('@polkadot/ui-keyring') as { keyring: Record<string, (...args: unknown[]) => unknown> };
  const { settings } = require('@polkadot/ui-settings') as { settings: { set(v: Record<string, unknown>): void } };
  const { u8aToHex } = require('@polkadot/util') as { u8aToHex(u: Uint8Array): string };
  const { cryptoWaitReady } = require('@polkadot/util-crypto') as { cryptoWaitReady(): Promise<boolean> };
  await cryptoWaitReady();
  keyring.loadAll?.(
    { genesisHash: input.genesisHash, genesisHashAdd: input.genesisHashAdd ?? [], isDevelopment: false, ss58Format: 42, type: input.type ?? 'ed25519' },
    [],
  );
  const entry = (p: Pair) => ({
    publicKey: u8aToHex(p.publicKey),
    address: p.address,
    name: typeof p.meta.name === 'string' ? p.meta.name : '',
    isExternal: p.meta.isExternal === true,
  });
  const call = <T>(name: string, ...args: unknown[]) => (keyring[name] as (...a: unknown[]) => T).apply(keyring, args);
  return {
    view: () => ({
      accounts: call<Pair[]>('getAccounts').map(entry),
      addresses: call<Pair[]>('getAddresses').map(entry),
      contracts: call<Pair[]>('getContracts').map(entry),
    }),
    warnings: () => warnings,
    dump: () => storage.entries(),
    addUri: (suri: string, password: string, meta: Record<string, unknown>, type: string) =>
      call<{ pair: Pair }>('addUri', suri, password, meta, type).pair.address,
    addExternal: (address: string, meta: Record<string, unknown>) => call<{ pair: Pair }>('addExternal', address, meta).pair.address,
    saveAddress: (address: string, meta: Record<string, unknown>) => {
      call('saveAddress', address, meta);
    },
    saveContract: (address: string, meta: Record<string, unknown>) => {
      call('saveContract', address, meta);
    },
    setSettings: (values: Record<string, unknown>) => settings.set(values),
  };
});
