import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  type Capabilities,
  type Client,
  ClientError,
  type ClientInfo,
  type Method,
  type RestoreSecret,
  type StartOptions,
} from '@interop/core';
import { WorkerChannel } from '@interop/core/rpc';
import type { SignerIdentity } from './signer-identity.js';
import type { SignerProfile } from './signer-profiles.js';
import type { SignerWorkerData } from './signer-worker.js';

// Built JavaScript, so this resolves from src (vitest) and from dist alike.
const WORKER_ENTRY = new URL('../dist/signer-worker.js', import.meta.url);

/** A signer instance behind the client contract; its rules run in signer-worker.ts. */
export class SignerClient implements Client {
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

  /**
   * Vault's operations beyond the contract, for scenarios: `addSpecs({network, encryption, signedBy})`
   * scans an add_specs QR (signed by the general verifier unless `signedBy: 'unsigned'`), `networks()`
   * lists the specs held. The legacy app has neither.
   */
  call<T = unknown>(method: string, ...args: readonly unknown[]): Promise<T> {
    if (this.#profile.name !== 'vault' || !VAULT_CALLS.has(method)) {
      return Promise.reject(new ClientError('E_UNSUPPORTED', `${this.info.id} has no operation '${method}' (Vault: ${[...VAULT_CALLS].join(', ')})`));
    }
    return this.#channel.call<T>(method, ...args);
  }

  dispose(): Promise<void> {
    return this.#channel.close();
  }
}

const VAULT_CALLS = new Set(['addSpecs', 'networks']);

/** A fresh instance of a profile: a new worker running the profile's rules, holding the specs `addSpecs` brings. */
export function startSignerClient(profile: SignerProfile, options: StartOptions = {}): SignerClient {
  const workerData: SignerWorkerData = {
    profile: profile.name,
    ...(options.network !== undefined ? { network: options.network } : {}),
    ...(options.addSpecs !== undefined ? { addSpecs: options.addSpecs } : {}),
  };
  return new SignerClient(profile, new WorkerChannel({ entry: WORKER_ENTRY, workerData }));
}
