import type { AccountRef, AccountSpec, Artifact, Capabilities, Client, ClientInfo, Identity, Method, RestoreSecret } from '@interop/core';
import { WorkerChannel } from '@interop/core/rpc';
import type { PapiWorkerData } from './papi-worker.js';

// Built JavaScript, so this resolves from src (vitest) and from dist alike.
const WORKER_ENTRY = new URL('../dist/papi-worker.js', import.meta.url);

/** One polkadot-api script behind the client contract; the library runs in papi-worker.ts. */
export class PapiClient implements Client {
  readonly info: ClientInfo;
  readonly #capabilities: Capabilities;
  readonly #channel: WorkerChannel;

  constructor(info: ClientInfo, capabilities: Capabilities, profileDir: string) {
    this.info = info;
    this.#capabilities = capabilities;
    const workerData: PapiWorkerData = { profileDir };
    this.#channel = new WorkerChannel({ entry: WORKER_ENTRY, workerData });
  }

  capabilities(): Capabilities {
    return this.#capabilities;
  }

  create(spec: AccountSpec): Promise<AccountRef> {
    return this.#channel.call<AccountRef>('create', spec);
  }

  backup(ref: AccountRef, method: Method, _password: string): Promise<Artifact> {
    return this.#channel.call<Artifact>('backup', ref, method);
  }

  restore(artifact: Artifact, secret: RestoreSecret): Promise<Identity[]> {
    return this.#channel.call<Identity[]>('restore', artifact, secret);
  }

  dispose(): Promise<void> {
    return this.#channel.close();
  }
}
