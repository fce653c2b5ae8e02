import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A per-call time limit for the client calls made inside one piece of work. A worker's or a
 * page's default limit fits one account's scrypt; a restore that holds a thousand accounts does
 * a thousand times the work in one call, so its caller sets the limit for the calls it makes
 * (the limit follows the async calls made inside `work`, and nothing else).
 */
const budget = new AsyncLocalStorage<number>();

export function withCallTimeout<T>(ms: number, work: () => Promise<T>): Promise<T> {
  return budget.run(ms, work);
}

/** The limit set by the innermost withCallTimeout around this call, or `fallback`. */
export function callTimeoutMs(fallback: number): number {
  return budget.getStore() ?? fallback;
}
