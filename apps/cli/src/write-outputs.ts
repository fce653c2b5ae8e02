import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, renameSync, type Stats, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ClientError, STDIN_PATH } from '@interop/core';

export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown';
}

function statOrUndefined(read: (path: string) => Stats, path: string): Stats | undefined {
  try {
    return read(path);
  } catch (error) {
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR') return undefined;
    throw new ClientError('E_OUTPUT_UNWRITABLE', `cannot look at ${path} (${errno(error)})`);
  }
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/**
 * Refuses before anything is written: an output that is the same file as an input (same device
 * and inode, so a symbolic or hard link, or /tmp vs /private/tmp, is seen through), two outputs
 * that are one file, an existing output without --force, and an existing output that is not a
 * regular file or a link (a directory, or a device that --force would replace).
 */
function check(files: readonly OutputFile[], inputs: readonly string[], force: boolean): void {
  const inputStats = inputs.filter((p) => p !== STDIN_PATH).flatMap((p) => statOrUndefined(statSync, p) ?? []);
  const seen: Stats[] = [];
  for (const { path } of files) {
    const link = statOrUndefined(lstatSync, path);
    const target = statOrUndefined(statSync, path);
    if (target && inputStats.some((s) => sameFile(s, target))) {
      throw new ClientError('E_OUTPUT_IS_INPUT', `refusing to write ${path}: it is the same file as an input (after links); choose another output`);
    }
    if (target && seen.some((s) => sameFile(s, target))) throw new ClientError('E_OUTPUT_IS_INPUT', `two outputs are the same file: ${path}`);
    if (target) seen.push(target);
    if (link === undefined) continue;
    if (!link.isFile() && !link.isSymbolicLink())
      throw new ClientError('E_OUTPUT_UNWRITABLE', `refusing to write ${path}: it exists and is not a regular file (a directory or a device)`);
    if (!force) throw new ClientError('E_OUTPUT_EXISTS', `${path} exists; nothing was written (--force replaces it)`);
  }
}

/** A new file next to the target, readable by its owner only, written and flushed to disk. */
function writeTemp(path: string, text: string): string {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (error) {
    throw new ClientError('E_OUTPUT_UNWRITABLE', `cannot create a file in ${dirname(path)} (${errno(error)})`);
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw new ClientError('E_OUTPUT_UNWRITABLE', `cannot write ${path} (${errno(error)})`);
  }
  closeSync(fd);
  return temp;
}

/**
 * Puts the temp file in place: with --force a rename (atomic; a link at `path` is replaced, its
 * target untouched); without, a hard link, which fails if `path` appeared in the meantime.
 */
function place(temp: string, path: string, force: boolean): void {
  try {
    if (force) renameSync(temp, path);
    else {
      linkSync(temp, path);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if (errno(error) === 'EEXIST') throw new ClientError('E_OUTPUT_EXISTS', `${path} appeared while writing; nothing was written there (--force replaces it)`);
    throw new ClientError('E_OUTPUT_UNWRITABLE', `cannot write ${path} (${errno(error)})`);
  }
}

/**
 * Writes output files that hold keys: mode 0600, each atomically (temp file, then rename or
 * link), all checked before the first is written, never over an input, never over an existing
 * file without `force`. A failure leaves no temp file behind.
 */
export function writeOutputs(files: readonly OutputFile[], inputs: readonly string[], force: boolean): void {
  check(files, inputs, force);
  const temps: string[] = [];
  try {
    for (const file of files) temps.push(writeTemp(file.path, file.text));
  } catch (error) {
    for (const temp of temps) unlinkSync(temp);
    throw error;
  }
  files.forEach((file, i) => {
    place(temps[i] as string, file.path, force);
  });
}
