/**
 * Error codes every adapter and the CLI use. A code says what went wrong in words a script
 * can branch on; the message keeps the client's own text where there is one.
 */
export const ERROR_CODES = {
  E_USAGE: 'the command line was not understood',
  E_INPUT_UNREADABLE: 'the input file could not be opened (missing, no permission, a dangling link)',
  E_INPUT_DIRECTORY: 'the input path is a directory, not a file',
  E_INPUT_DEVICE: 'the input path is a device (such as /dev/zero), not a file',
  E_INPUT_PIPE: 'the input path is a FIFO or a socket, not a file',
  E_INPUT_TOO_LARGE: 'the input is larger than this command reads',
  E_INPUT_TIMEOUT: 'the input did not finish arriving in time',
  E_INPUT_ENCODING: 'the input is not UTF-8 text',
  E_OUTPUT_EXISTS: 'the output file exists and --force was not given',
  E_OUTPUT_IS_INPUT: 'the output file is one of the input files',
  E_OUTPUT_UNWRITABLE: 'the output file could not be written',
  E_QUOTA: "the result does not fit the browser's localStorage quota",
  E_ARTIFACT_UNKNOWN: 'the input is not a backup format any client reads',
  E_JSON_MALFORMED: 'the JSON is malformed or misses fields the client needs',
  E_PASSWORD_WRONG: 'the password does not decrypt the backup',
  E_PASSWORD_REQUIRED: 'the backup is encrypted and no password was given',
  E_SCRYPT_PARAMS: 'the scrypt parameters in the file are refused',
  E_ENCODING: 'the encrypted body is not a valid encoding',
  E_PHRASE_INVALID: 'the phrase is not a valid mnemonic for this client',
  E_PATH_INVALID: 'the derivation path is refused',
  E_UNSUPPORTED: 'the client cannot do this at all',
  E_CLIENT_REFUSED: 'the client refused the input',
  E_SHARES: 'the Banana Split shares cannot be combined',
  E_NOT_FOUND: 'no such account in the client',
  E_TIMEOUT: 'the client did not answer in time',
  E_WORKER_CRASHED: 'the client process died',
  E_INTERNAL: 'a bug in this harness',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
  /**
   * What the client's page shows the user, when that is not the message: the extension's Restore
   * JSON page shows one warning for every refusal, so a scrypt refusal reads as a wrong password
   * there (extension#1577). The message stays the client's own reason.
   */
  readonly shown?: string;
}

/** Codes that say the harness or a client's realm broke (a hang, a crash, a bug of ours), not that the client refused. */
const HARNESS_BREAKS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['E_TIMEOUT', 'E_WORKER_CRASHED', 'E_INTERNAL']);

export function isHarnessBreak(error: Pick<ErrorInfo, 'code'>): boolean {
  return HARNESS_BREAKS.has(error.code);
}

/** An expected failure: bad input or a client's refusal. Never carries a stack to the user. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly shown?: string;
  constructor(code: ErrorCode, message: string, shown?: string) {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    if (shown !== undefined && shown !== message) this.shown = shown;
  }
  toJSON(): ErrorInfo {
    return { code: this.code, message: this.message, ...(this.shown !== undefined ? { shown: this.shown } : {}) };
  }
}

export function isErrorInfo(value: unknown): value is ErrorInfo {
  return typeof value === 'object' && value !== null && typeof (value as ErrorInfo).code === 'string' && typeof (value as ErrorInfo).message === 'string';
}

/** Any thrown value as {code, message}; unknown errors become E_INTERNAL with their message only. */
export function toErrorInfo(error: unknown, fallback: ErrorCode = 'E_INTERNAL'): ErrorInfo {
  if (error instanceof ClientError) return error.toJSON();
  if (isErrorInfo(error)) {
    const shown = typeof error.shown === 'string' && error.shown !== error.message ? { shown: error.shown } : {};
    return { code: error.code in ERROR_CODES ? error.code : fallback, message: error.message, ...shown };
  }
  if (error instanceof Error) return { code: fallback, message: error.message };
  return { code: fallback, message: String(error) };
}
