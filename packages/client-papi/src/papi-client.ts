import type { Capabilities, ClientInfo } from '@interop/core';
import { WorkerClient } from '@interop/core/rpc';
import type { PapiWorkerData } from './papi-worker.js';

// Built JavaScript, so this resolves from src (vitest) and from dist alike.
const WORKER_ENTRY = new URL('../dist/papi-worker.js', import.meta.url);

/** One instance behind the client contract; the client's own code runs in papi-worker.ts. */
export class PapiClient extends WorkerClient {
  constructor(info: ClientInfo, capabilities: Capabilities, profileDir: string) {
    const workerData: PapiWorkerData = { profileDir };
    super(info, capabilities, { entry: WORKER_ENTRY, workerData });
  }
}
