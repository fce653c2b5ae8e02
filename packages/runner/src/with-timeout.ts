import { ClientError } from '@interop/core';

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
