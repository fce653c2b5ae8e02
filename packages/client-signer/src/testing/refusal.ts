import { ClientError } from '@interop/core';

/** Runs a call that must be refused and returns the ClientError it threw (anything else fails the test). */
export function refusal(run: () => unknown): ClientError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
