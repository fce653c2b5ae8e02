import type { ErrorCode } from '@interop/core';

/** A mistake on the command line: exit code 2 and a pointer to --help. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Codes that mean the command line itself is wrong, so the exit status is 2 like any usage
 * error: a path option that does not name a readable regular file (missing, a directory, a
 * device, a FIFO or socket), an output that exists or is an input, a name no client knows.
 * What is wrong with a file's content (too large, not UTF-8, refused by a client) is 1.
 */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'E_USAGE',
  'E_INPUT_UNREADABLE',
  'E_INPUT_DIRECTORY',
  'E_INPUT_DEVICE',
  'E_INPUT_PIPE',
  'E_OUTPUT_EXISTS',
  'E_OUTPUT_IS_INPUT',
]);

export function exitCodeFor(code: ErrorCode): number {
  return USAGE_CODES.has(code) ? EXIT.usage : EXIT.failed;
}
