export type { RpcHandlers, RpcRequest, RpcResponse } from './protocol.js';
export { countScrypt, recordScrypt, type ScryptCensus, scryptCensus } from './scrypt-census.js';
export { addScryptCensus, scryptTotals } from './scrypt-totals.js';
export { serveInWorker } from './serve-in-worker.js';
export { WorkerChannel, type WorkerChannelOptions } from './worker-channel.js';
export { WorkerClient } from './worker-client.js';
