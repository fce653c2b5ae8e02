import type { Capabilities, ClientInfo } from '@interop/core';
import { WorkerClient } from '@interop/core/rpc';
import type { SubWalletWorkerData } from './subwallet-worker.js';

// Built JavaScript, so this resolves from src (vitest) and from dist alike.
const WORKER_ENTRY = new URL('../dist/subwallet-worker.js', import.meta.url);

/** One instance behind the client contract; the client's own code runs in subwallet-worker.ts. */
export class SubWalletClient extends WorkerClient {
  constructor(info: ClientInfo, capabilities: Capabilities, profileDir: string) {
    const workerData: SubWalletWorkerData = { profileDir };
    super(info, capabilities, { entry: WORKER_ENTRY, workerData });
  }
}
