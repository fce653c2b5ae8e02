import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../client-error.js';
import type { RpcHandlers, RpcRequest, RpcResponse, WorkerEnvelope } from './protocol.js';
import { scryptCensus, useRealmScryptMemo } from './scrypt-census.js';
import { SharedScryptMemo } from './shared-scrypt-memo.js';

/**
 * Runs inside a worker thread: builds the client instance from workerData, then answers
 * requests one at a time, in order (clients keep state; scrypt work is serial per instance).
 */
export function serveInWorker(makeHandlers: (data: unknown) => Promise<RpcHandlers>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveInWorker must run in a worker thread');
  const envelope = workerData as WorkerEnvelope;
  // The run's scrypt memo, when the channel brought one: this realm's scrypt joins it (scrypt-census.ts).
  if (envelope.scryptMemo !== undefined) useRealmScryptMemo(new SharedScryptMemo(envelope.scryptMemo));
  const ready = makeHandlers(envelope.data);
  // A client that fails to start must answer every call with its {code, message}; left
  // unobserved until the first call, the rejection would crash the worker as unhandled.
  ready.catch(() => undefined);
  let queue: Promise<unknown> = Promise.resolve();
  port.on('message', (request: RpcRequest) => {
    queue = queue.then(async () => {
      let response: RpcResponse;
      try {
        const handlers = await ready;
        const handler = handlers[request.method];
        if (handler === undefined) throw new Error(`unknown method ${request.method}`);
        const value = await (handler as (...args: readonly unknown[]) => unknown)(...request.args);
        response = { id: request.id, ok: true, value, census: scryptCensus() };
      } catch (error) {
        response = { id: request.id, ok: false, error: toErrorInfo(error), census: scryptCensus() };
      }
      port.postMessage(response);
    });
  });
}
