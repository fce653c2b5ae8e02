import { WorkerChannel } from '@interop/core/rpc';
import type { ExtensionBackgroundRealm } from './background-realm.js';
import type { ExtensionAccount } from './extension-account.js';
import { EXTENSION_PREFIX } from './extension-background.js';
import type { ExtensionWorkerData } from './extension-worker.js';

/** Built JavaScript, so this resolves from src (vitest) and dist alike. */
const WORKER_ENTRY = new URL('../dist/extension-worker.js', import.meta.url);

/** The background's handlers in a worker thread of their own, over a chrome.storage.local shim (extension-background.ts). */
export class NodeBackgroundRealm implements ExtensionBackgroundRealm {
  readonly realm = 'node' as const;
  readonly #channel: WorkerChannel;

  private constructor(channel: WorkerChannel) {
    this.#channel = channel;
  }

  static async start(profileDir: string, timeoutMs?: number): Promise<NodeBackgroundRealm> {
    const workerData: ExtensionWorkerData = { profileDir };
    const channel = new WorkerChannel({ entry: WORKER_ENTRY, workerData, env: { EXTENSION_PREFIX }, ...(timeoutMs !== undefined ? { timeoutMs } : {}) });
    try {
      await channel.call('ready');
    } catch (error) {
      await channel.close();
      throw error;
    }
    return new NodeBackgroundRealm(channel);
  }

  send(message: string, request: unknown): Promise<unknown> {
    return this.#channel.call('send', message, request);
  }

  accounts(): Promise<ExtensionAccount[]> {
    return this.#channel.call<ExtensionAccount[]>('accounts');
  }

  dumpStorage(): Promise<Record<string, unknown>> {
    return this.#channel.call<Record<string, unknown>>('dumpStorage');
  }

  shownAddress(address: string, genesisHash: string | null): Promise<string> {
    return this.#channel.call<string>('shownAddress', address, genesisHash);
  }

  get alive(): boolean {
    return this.#channel.alive;
  }

  get logs(): readonly string[] {
    return this.#channel.logs;
  }

  close(): Promise<void> {
    return this.#channel.close();
  }
}
