import type { AccountRef, AccountSpec, Artifact, Method, NetworkSpecsRequest, RestoreSecret, StartOptions } from '@interop/core';
import { type RpcHandlers, serveInWorker } from '@interop/core/rpc';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { LegacyInstance } from './legacy-instance.js';
import type { SignerProfileName } from './signer-profiles.js';
import { VaultInstance } from './vault-instance.js';

/** What the factory hands the worker. */
export interface SignerWorkerData extends StartOptions {
  readonly profile: SignerProfileName;
}

// One signer per worker thread, like the other clients: its secrets live and die with the thread,
// and a Banana Split scrypt never blocks the runner's thread.
serveInWorker(async (data): Promise<RpcHandlers> => {
  const { profile, network, addSpecs } = data as SignerWorkerData;
  await cryptoWaitReady();
  if (profile === 'legacy') {
    const legacy = new LegacyInstance(network === undefined ? {} : { network });
    return {
      create: (spec: AccountSpec) => legacy.create(spec),
      backup: (ref: AccountRef, method: Method, password: string) => legacy.backup(ref, method, password),
      restore: (artifact: Artifact, secret: RestoreSecret) => legacy.restore(artifact, secret),
    };
  }
  const vault = new VaultInstance({ ...(network === undefined ? {} : { network }), ...(addSpecs === undefined ? {} : { addSpecs }) });
  return {
    create: (spec: AccountSpec) => vault.create(spec),
    backup: (ref: AccountRef, method: Method, password: string) => vault.backup(ref, method, password),
    restore: (artifact: Artifact, secret: RestoreSecret) => vault.restore(artifact, secret),
    addSpecs: (request: NetworkSpecsRequest) => vault.addSpecs(request),
    networks: () => vault.networks(),
  };
});
