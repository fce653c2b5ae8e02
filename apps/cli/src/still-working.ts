import { clock } from './progress.js';

export interface StillWorkingOptions {
  /** What is running, as the line names it (`apps@0.171.1 restore`). */
  readonly what: string;
  /** Its time limit, in ms. */
  readonly limitMs: number;
  readonly write: (line: string) => void;
  readonly everyMs?: number;
  /** The clock (injected by tests). */
  readonly now?: () => number;
}

/**
 * A heartbeat for one long call (a restore of a large export-all runs scrypt twice per account,
 * minutes of silence otherwise): a line every `everyMs` with the time elapsed and the limit.
 * Returns the function that stops it.
 */
export function stillWorking(options: StillWorkingOptions): () => void {
  const now = options.now ?? Date.now;
  const started = now();
  const timer = setInterval(() => {
    options.write(`${options.what}: still working, ${clock(now() - started)} elapsed (limit ${clock(options.limitMs)})`);
  }, options.everyMs ?? 30_000);
  timer.unref();
  return () => clearInterval(timer);
}
