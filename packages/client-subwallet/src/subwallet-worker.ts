import type { AccountRef, AccountSpec, Artifact, Method, RestoreSecret } from '@interop/core';
import { serveInWorker } from '@interop/core/rpc';
import { SubWalletInstance } from './subwallet-instance.js';
import { loadSubWallet } from './subwallet-keyring.js';

/** What the factory hands the worker. */
export interface SubWalletWorkerData {
  readonly profileDir: string;
}

// One wallet per worker thread: ui-keyring is a module singleton, and its master password and
// accounts live and die with the thread.
serveInWorker(async (data) => {
  const { profileDir } = data as SubWalletWorkerData;
  const instance = new SubWalletInstance(await loadSubWallet(profileDir));
  return {
    create: (spec: AccountSpec) => instance.create(spec),
    backup: (ref: AccountRef, method: Method, password: string) => instance.backup(ref, method, password),
    restore: (artifact: Artifact, secret: RestoreSecret) => instance.restore(artifact, secret),
  };
});
