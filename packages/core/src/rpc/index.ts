export { callTimeoutMs, withCallTimeout } from './call-budget.js';
export type { RpcHandlers, RpcRequest, RpcResponse, WorkerEnvelope } from './protocol.js';
export { countScrypt, memoisedScrypt, type ScryptCensus, scryptCensus, useRealmScryptMemo } from './scrypt-census.js';
export { type RealmScryptMemo, type ScryptInput, scryptMemoKey } from './scrypt-input.js';
export { activeScryptMemo, withScryptMemo } from './scrypt-memo-scope.js';
export { addScryptCensus, scryptTotals } from './scrypt-totals.js';
export { serveInWorker } from './serve-in-worker.js';
export { DEFAULT_CAPACITY, implementationTag, MAX_VALUE_BYTES, type ScryptMemoEntry, SharedScryptMemo } from './shared-scrypt-memo.js';
export { WorkerChannel, type WorkerChannelOptions } from './worker-channel.js';
