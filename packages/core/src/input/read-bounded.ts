import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { ClientError, type ErrorCode } from '../client-error.js';

/**
 * The one way this project reads a file a user names: regular files only (or `-` for stdin),
 * a size cap counted while reading (a file's `stat` size is not trusted: /proc files say 0 and
 * a file can grow while it is read), and a time limit. Devices, FIFOs, sockets and directories
 * are refused with their own codes before a byte is read, so `/dev/zero` or a FIFO nobody
 * writes to cannot make a command grow without limit or hang.
 */
export interface ReadBoundedOptions {
  /** What the file is, for messages: 'backup file', 'password file'. Never its content. */
  readonly what: string;
  readonly maxBytes: number;
  /** Default: INTEROP_INPUT_TIMEOUT_MS, else 60 s (enough to type a password into stdin). */
  readonly timeoutMs?: number;
  /** Where `-` reads from (tests pass their own stream). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** The path that means "read standard input". */
export const STDIN_PATH = '-';

const DEFAULT_TIMEOUT_MS = 60_000;
const CHUNK_BYTES = 64 * 1024;

function timeoutOf(options: ReadBoundedOptions): number {
  if (options.timeoutMs !== undefined) return options.timeoutMs;
  const fromEnv = Number(process.env.INTEROP_INPUT_TIMEOUT_MS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TIMEOUT_MS;
}

/** The code and words for anything that is not a regular file. */
function notAFile(stats: Stats): { code: ErrorCode; words: string } | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return { code: 'E_INPUT_DIRECTORY', words: 'a directory' };
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return { code: 'E_INPUT_DEVICE', words: 'a device' };
  if (stats.isFIFO()) return { code: 'E_INPUT_PIPE', words: 'a FIFO or pipe' };
  if (stats.isSocket()) return { code: 'E_INPUT_PIPE', words: 'a socket' };
  return { code: 'E_INPUT_DEVICE', words: 'not a regular file' };
}

function tooLarge(path: string, options: ReadBoundedOptions): ClientError {
  return new ClientError('E_INPUT_TOO_LARGE', `the ${options.what} ${path} is larger than ${options.maxBytes} bytes; it is not read`);
}

/**
 * Opens without blocking: O_NONBLOCK makes opening a FIFO return at once instead of waiting for
 * a writer, and O_NOCTTY keeps a terminal device from becoming the controlling terminal.
 */
async function openForReading(path: string, what: string): Promise<FileHandle> {
  try {
    return await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? 'unknown';
    // Opening a Unix socket fails with ENXIO: it is a socket, say so.
    if (errno === 'ENXIO') throw new ClientError('E_INPUT_PIPE', `the ${what} ${path} is a socket, not a file`);
    throw new ClientError('E_INPUT_UNREADABLE', `cannot open the ${what} ${path} (${errno})`);
  }
}

async function readRegular(handle: FileHandle, path: string, options: ReadBoundedOptions): Promise<Buffer> {
  const refused = notAFile(await handle.stat());
  // /dev/stdin and process substitution name pipes too: `-` is the way to read standard input.
  if (refused)
    throw new ClientError(
      refused.code,
      `the ${options.what} ${path} is ${refused.words}, not a file; give a regular file${refused.code === 'E_INPUT_PIPE' ? ' (or - to read standard input)' : ''}`,
    );
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // Never ask for more than one byte past the cap: that byte is what proves the file too large.
    const want = Math.min(CHUNK_BYTES, options.maxBytes + 1 - total);
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > options.maxBytes) throw tooLarge(path, options);
    chunks.push(chunk.subarray(0, bytesRead));
  }
  return Buffer.concat(chunks, total);
}

function readStream(stream: NodeJS.ReadableStream, options: ReadBoundedOptions): { done: Promise<Buffer>; stop(): void } {
  const chunks: Buffer[] = [];
  let total = 0;
  let stop: () => void = () => undefined;
  const done = new Promise<Buffer>((resolve, reject) => {
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > options.maxBytes) {
        stop();
        reject(tooLarge('(standard input)', options));
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, total));
    };
    const onError = (error: Error) => {
      stop();
      reject(new ClientError('E_INPUT_UNREADABLE', `cannot read the ${options.what} from standard input (${error.message})`));
    };
    stop = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.pause();
      // Standard input must not keep the process alive once this read is over.
      (stream as { unref?: () => void }).unref?.();
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
  return { done, stop: () => stop() };
}

/** Races `work` against the time limit; `onTimeout` releases whatever the work holds. */
async function within<T>(work: Promise<T>, ms: number, message: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ClientError('E_INPUT_TIMEOUT', message));
    }, ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** The bytes of a regular file (or of stdin for `-`), never more than `maxBytes`, within the time limit. */
export async function readBoundedBytes(path: string, options: ReadBoundedOptions): Promise<Buffer> {
  const ms = timeoutOf(options);
  if (path === STDIN_PATH) {
    const reading = readStream(options.stdin ?? process.stdin, options);
    return within(reading.done, ms, `the ${options.what} did not arrive on standard input within ${ms} ms`, reading.stop);
  }
  const handle = await openForReading(path, options.what);
  let timedOut = false;
  try {
    return await within(readRegular(handle, path, options), ms, `reading the ${options.what} ${path} took longer than ${ms} ms`, () => {
      timedOut = true;
    });
  } finally {
    // A read stuck in the kernel (a hung network mount) would make close() wait for it: after a
    // timeout the handle is released without waiting.
    if (timedOut) void handle.close().catch(() => undefined);
    else await handle.close().catch(() => undefined);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The text of a regular file (or stdin), decoded as UTF-8. A leading byte-order mark (Notepad
 * writes one) is dropped: no format read here starts with U+FEFF, and a password never does.
 */
export async function readBoundedText(path: string, options: ReadBoundedOptions): Promise<string> {
  const bytes = await readBoundedBytes(path, options);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new ClientError('E_INPUT_ENCODING', `the ${options.what} ${path === STDIN_PATH ? '(standard input)' : path} is not UTF-8 text`);
  }
}

/** What a path names, without reading it: a directory or a regular file; anything else is refused with its code. */
export async function inputPathKind(path: string, what: string): Promise<'file' | 'directory'> {
  const handle = await openForReading(path, what);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return 'directory';
    const refused = notAFile(stats);
    if (refused) throw new ClientError(refused.code, `the ${what} ${path} is ${refused.words}, not a file or directory`);
    return 'file';
  } finally {
    await handle.close().catch(() => undefined);
  }
}
