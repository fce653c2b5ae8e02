import { UsageError } from './usage.js';

/**
 * A `--timeout MS` option, shared by the commands that take one (`matrix`, `restore`, and
 * `check`): a positive whole number of milliseconds, or undefined when the option is absent.
 */
export function parseTimeoutMs(text: string | undefined, option = '--timeout'): number | undefined {
  if (text === undefined) return undefined;
  const ms = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(ms) || ms < 1) {
    throw new UsageError(`${option} takes a positive whole number of milliseconds (got '${text}')`);
  }
  return ms;
}

/** The option as parseArgs declares it. */
export const TIMEOUT_OPTION = { timeout: { type: 'string' } } as const;
