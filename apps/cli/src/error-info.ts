import { ClientError, type ErrorInfo, toErrorInfo } from '@interop/core/vocabulary';
import { UsageError } from './usage.js';

/**
 * Any thrown value as {code, message} for the user. A usage mistake (ours, or node's argument
 * parser) is E_USAGE; an error no code was given for is E_INTERNAL with the first line of its
 * message only — a stack (playwright appends the page's one) is never shown.
 */
export function errorInfoOf(error: unknown): ErrorInfo {
  if (error instanceof UsageError || (error as NodeJS.ErrnoException)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
    return { code: 'E_USAGE', message: (error as Error).message };
  }
  if (error instanceof ClientError) return error.toJSON();
  const info = toErrorInfo(error);
  return { code: info.code, message: info.message.split('\n')[0] ?? '' };
}
