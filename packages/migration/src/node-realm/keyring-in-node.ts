import { APPS_PROFILE_DIR } from '@interop/client-apps/profile';
import { WorkerChannel } from '@interop/core/rpc';
import type { StorageDump } from '../storage-dump.js';

export { APPS_PROFILE_DIR };

export interface NodeView {
  readonly accounts: readonly { publicKey: string; address: string; name: string; isExternal: boolean }[];
  readonly addresses: readonly { publicKey: string; address: string; name: string }[];
  readonly contracts: readonly { publicKey: string; address: string; name: string }[];
}

/** One Apps "computer" with the real ui-keyring in a worker thread; `reopen` is a page reload. */
export class KeyringInNode {
  readonly #channel: WorkerChannel;

  private constructor(channel: WorkerChannel) {
    this.#channel = channel;
  }

  static open(
    storage: StorageDump = {},
    options: { genesisHash?: string; genesisHashAdd?: readonly string[]; type?: 'ed25519' | 'ethereum' } = {},
  ): KeyringInNode {
    const entry = new URL('../../dist/node-realm/keyring-worker.js', import.meta.url);
    return new KeyringInNode(
      new WorkerChannel({ entry, workerData: { profileDir: APPS_PROFILE_DIR, storage: { ...storage }, ...options }, timeoutMs: 120_000 }),
    );
  }

  call<T>(method: string, ...args: unknown[]): Promise<T> {
    return this.#channel.call<T>(method, ...args);
  }

  view(): Promise<NodeView> {
    return this.call<NodeView>('view');
  }

  warnings(): Promise<string[]> {
    return this.call<string[]>('warnings');
  }

  dump(): Promise<Record<string, string>> {
    return this.call<Record<string, string>>('dump');
  }

  close(): Promise<void> {
    return this.#channel.close();
  }
}
