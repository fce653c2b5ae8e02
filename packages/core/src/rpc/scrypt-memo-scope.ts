import { AsyncLocalStorage } from 'node:async_hooks';
import type { SharedScryptMemo } from './shared-scrypt-memo.js';

/**
 * Which scrypt memo the client realms started inside a piece of work join: a matrix run makes
 * one and runs inside `withScryptMemo`; every WorkerChannel and browser page started by that run
 * (and by nothing else: not `interop restore`, not another run) shares it.
 */
const scope = new AsyncLocalStorage<SharedScryptMemo>();

export function withScryptMemo<T>(memo: SharedScryptMemo, work: () => Promise<T>): Promise<T> {
  return scope.run(memo, work);
}

/** The memo of the run this call belongs to, if any. */
export function activeScryptMemo(): SharedScryptMemo | undefined {
  return scope.getStore();
}
