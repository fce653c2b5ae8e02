export type { RpcHandlers, RpcRequest, RpcResponse } from './protocol.js';
export { serveInWorker } from './serve-in-worker.js';
export { WorkerChannel, type WorkerChannelOptions } from './worker-channel.js';
