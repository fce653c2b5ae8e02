import type { AccountRef, AccountSpec, Artifact, Capabilities, Client, ClientFactory, ClientInfo, KeyType, Method, RestoreSecret } from '@interop/core';
import { WorkerChannel } from '@interop/core/rpc';
import { LEGACY_SUBSTRATE_NETWORKS } from './legacy-networks.js';
import type { SignerIdentity } from './signer-identity.js';
import type { SignerProfile } from './signer-profiles.js';
import type { SignerWorkerData } from './signer-worker.js';

// Built JavaScript, so this resolves from src (vitest) and from dist alike.
const WORKER_ENTRY = new URL('../dist/signer-worker.js', import.meta.url);

/** A signer instance behind the client contract; its rules run in signer-worker.ts. */
class SignerClient implements Client {
  readonly info: ClientInfo;
  readonly #profile: SignerProfile;
  readonly #channel: WorkerChannel;

  constructor(profile: SignerProfile, channel: WorkerChannel) {
    this.#profile = profile;
    this.info = profile.info;
    this.#channel = channel;
  }

  capabilities(): Capabilities {
    return this.#profile.capabilities;
  }

  create(spec: AccountSpec): Promise<AccountRef> {
    return this.#channel.call<AccountRef>('create', spec);
  }

  backup(ref: AccountRef, method: Method, password: string): Promise<Artifact> {
    return this.#channel.call<Artifact>('backup', ref, method, password);
  }

  restore(artifact: Artifact, secret: RestoreSecret): Promise<SignerIdentity[]> {
    return this.#channel.call<SignerIdentity[]>('restore', artifact, secret);
  }

  dispose(): Promise<void> {
    return this.#channel.close();
  }
}

/** The factory of one profile: every `start` is a fresh phone with no key sets. */
export function signerFactory(profile: SignerProfile): ClientFactory {
  return {
    info: profile.info,
    capabilities: () => profile.capabilities,
    // The legacy app derived its Ethereum account at m/44'/60'/0'/0/0 only (legacy-instance.ts).
    ...(profile.name === 'legacy'
      ? { pathsFor: (type: KeyType) => (type === 'ethereum' ? ["/m/44'/60'/0'/0/0"] : LEGACY_SUBSTRATE_NETWORKS.map((n) => `//${n.pathId}`)) }
      : {}),
    start: async (options = {}) => {
      const workerData: SignerWorkerData = { profile: profile.name, ...(options.network !== undefined ? { network: options.network } : {}) };
      return new SignerClient(profile, new WorkerChannel({ entry: WORKER_ENTRY, workerData }));
    },
  };
}
