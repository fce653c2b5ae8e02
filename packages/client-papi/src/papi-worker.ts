import type { AccountRef, AccountSpec, Artifact, Method, RestoreSecret } from '@interop/core';
import { serveInWorker } from '@interop/core/rpc';
import { loadHdkd } from './hdkd-library.js';
import { PapiInstance } from './papi-instance.js';

/** What the factory hands the worker. */
export interface PapiWorkerData {
  readonly profileDir: string;
}

// One script per worker thread: its secrets live and die with the thread, and the library
// version of one profile never shares a module graph with another's.
serveInWorker(async (data) => {
  const { profileDir } = data as PapiWorkerData;
  const instance = new PapiInstance(await loadHdkd(profileDir));
  return {
    create: (spec: AccountSpec) => instance.create(spec),
    backup: (ref: AccountRef, method: Method) => instance.backup(ref, method),
    restore: (artifact: Artifact, secret: RestoreSecret) => instance.restore(artifact, secret),
  };
});
