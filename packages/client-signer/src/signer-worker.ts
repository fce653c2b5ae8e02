import type { AccountRef, AccountSpec, Artifact, Method, RestoreSecret } from '@interop/core';
import { serveInWorker } from '@interop/core/rpc';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { LegacyInstance } from './legacy-instance.js';
import type { SignerProfileName } from './signer-profiles.js';
import { VaultInstance } from './vault-instance.js';

/** What the factory hands the worker. */
export interface SignerWorkerData {
  readonly profile: SignerProfileName;
  readonly network?: string;
}

// One signer per worker thread, like the other clients: its secrets live and die with the thread,
// and a Banana Split scrypt never blocks the runner's thread.
serveInWorker(async (data) => {
  const { profile, network } = data as SignerWorkerData;
  await cryptoWaitReady();
  const options = network === undefined ? {} : { network };
  const instance = profile === 'legacy' ? new LegacyInstance(options) : new VaultInstance(options);
  return {
    create: (spec: AccountSpec) => instance.create(spec),
    backup: (ref: AccountRef, method: Method, password: string) => instance.backup(ref, method, password),
    restore: (artifact: Artifact, secret: RestoreSecret) => instance.restore(artifact, secret),
  };
});
