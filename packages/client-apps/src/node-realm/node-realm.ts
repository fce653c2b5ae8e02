import { WorkerChannel } from '@interop/core/rpc';
import type { AppsRealm } from '../apps-realm.js';
import { APPS_PROFILE_DIR, APPS_WORKER_ENTRY } from '../built-files.js';
import type { AppsMethod, AppsRpc, ConnectedChain } from '../operations/index.js';
import type { AppsWorkerData } from './apps-worker.js';

export interface NodeRealmOptions {
  readonly chain: ConnectedChain;
  /** localStorage content to start with (default: empty, a new computer). */
  readonly storage?: Readonly<Record<string, string>>;
  readonly allowStorage?: boolean;
  readonly profileDir?: string;
}

/**
 * Apps in a Node worker thread over the Web Storage emulation. ui-keyring loads once per realm,
 * so a reload is a new worker started with the previous worker's localStorage: the same thing
 * a browser does when the tab reloads.
 */
export class NodeAppsRealm implements AppsRealm {
  readonly realm = 'node' as const;
  readonly chain: ConnectedChain;
  readonly #options: NodeRealmOptions;
  #channel: WorkerChannel;

  private constructor(options: NodeRealmOptions, storage: Readonly<Record<string, string>>) {
    this.chain = options.chain;
    this.#options = options;
    this.#channel = NodeAppsRealm.#spawn(options, storage);
  }

  static #spawn(options: NodeRealmOptions, storage: Readonly<Record<string, string>>): WorkerChannel {
    const workerData: AppsWorkerData = {
      profileDir: options.profileDir ?? APPS_PROFILE_DIR,
      chain: options.chain,
      storage: { ...storage },
      allowStorage: options.allowStorage ?? true,
    };
    return new WorkerChannel({ entry: APPS_WORKER_ENTRY, workerData });
  }

  /** Starts a worker and waits until ui-keyring has loaded (or failed to). */
  static async start(options: NodeRealmOptions): Promise<NodeAppsRealm> {
    const realm = new NodeAppsRealm(options, options.storage ?? {});
    try {
      await realm.call('chain');
    } catch (error) {
      await realm.close();
      throw error;
    }
    return realm;
  }

  /** What the worker printed (console output is captured, never mixed into the runner's). */
  get logs(): readonly string[] {
    return this.#channel.logs;
  }

  call<M extends AppsMethod>(method: M, ...args: Parameters<AppsRpc[M]>): Promise<ReturnType<AppsRpc[M]>> {
    return this.#channel.call<ReturnType<AppsRpc[M]>>(method, ...args);
  }

  dumpLocalStorage(): Promise<Record<string, string>> {
    return this.call('dumpLocalStorage');
  }

  async loadLocalStorage(dump: Readonly<Record<string, string>>): Promise<void> {
    await this.#restart(dump);
  }

  async reload(): Promise<void> {
    await this.#restart(await this.dumpLocalStorage());
  }

  async close(): Promise<void> {
    await this.#channel.close();
  }

  async #restart(storage: Readonly<Record<string, string>>): Promise<void> {
    await this.#channel.close();
    this.#channel = NodeAppsRealm.#spawn(this.#options, storage);
    await this.call('chain');
  }
}
