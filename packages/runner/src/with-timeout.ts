import { ClientError } from '@interop/core';
import { withCallTimeout } from '@interop/core/rpc';

/**
 * Bounds one client call. Workers have their own limit; this one also covers clients that
 * run in-process or in a browser, so a hanging client always becomes an `error` outcome.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClientError('E_TIMEOUT', `${what} did not finish within ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export const DEFAULT_CALL_TIMEOUT_MS = 180_000;

/**
 * Bounds one client call by `ms` and gives the realm that runs it (a worker, a page) the same limit
 * (call-budget.ts): without it a worker's own 120 s default ended a SubWallet batch restore of ten
 * keys at N=2^17 on a loaded machine, whatever limit the run had set.
 */
export function withCallLimit<T>(ms: number, what: string, call: () => Promise<T>): Promise<T> {
  return withCallTimeout(ms, () => withTimeout(call(), ms, what));
}
