import type { AccountSpec } from '../account-spec.js';
import type { Artifact, RestoreSecret } from '../artifact.js';
import type { AccountRef, Capabilities, Client, ClientInfo } from '../client.js';
import type { Identity } from '../identity.js';
import type { Method } from '../method.js';
import { WorkerChannel, type WorkerChannelOptions } from './worker-channel.js';

/**
 * A client whose instance lives in a worker that serves the contract's own methods by name
 * (`create`, `backup`, `restore`): the whole main-thread side of a client that needs nothing
 * more (polkadot-api's key stack, SubWallet's keyring). Disposing twice is safe.
 */
export class WorkerClient implements Client {
  readonly info: ClientInfo;
  readonly #capabilities: Capabilities;
  readonly #channel: WorkerChannel;

  constructor(info: ClientInfo, capabilities: Capabilities, worker: WorkerChannelOptions) {
    this.info = info;
    this.#capabilities = capabilities;
    this.#channel = new WorkerChannel(worker);
  }

  capabilities(): Capabilities {
    return this.#capabilities;
  }

  create(spec: AccountSpec): Promise<AccountRef> {
    return this.#channel.call<AccountRef>('create', spec);
  }

  backup(ref: AccountRef, method: Method, password: string): Promise<Artifact> {
    return this.#channel.call<Artifact>('backup', ref, method, password);
  }

  restore(artifact: Artifact, secret: RestoreSecret): Promise<Identity[]> {
    return this.#channel.call<Identity[]>('restore', artifact, secret);
  }

  dispose(): Promise<void> {
    return this.#channel.close();
  }
}
