import fs, { cpSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { escapeControls } from '@interop/core/vocabulary';
import { ChildOwner } from './child-owner.js';

/**
 * The life of one `interop` process. It owns:
 * - a private temporary directory, made the process's TMPDIR before anything starts, so every
 *   temp file of a client, a browser profile or playwright lands under it; it is removed on
 *   every way out (normal end, error, signal, process.exit);
 * - every child (ChildOwner), disposed when the command ends or a signal arrives;
 * - the exit: after the command's answer is flushed the process exits, so nothing a client
 *   left behind can keep it alive (issue 16: the matrix wrote its reports and never exited).
 */
export interface Lifecycle {
  readonly owner: ChildOwner;
  /** The private temp dir (undefined when the parent temp dir could not be used). */
  readonly tempDir: string | undefined;
  /** Disposes every child, flushes stdout and stderr, and exits with `code`. */
  finish(code: number): Promise<never>;
}

/** How long closing children may take at the end or on a signal before the process exits anyway. */
export const DISPOSE_LIMIT_MS = 20_000;

const SIGNALS: Readonly<Record<'SIGINT' | 'SIGTERM' | 'SIGHUP', number>> = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * INTEROP_KEEP_TEMP=DIR (the secret-hygiene test): whatever the run writes under its temp dir is
 * kept under DIR — a directory removed during the run (a closed browser profile) is copied
 * there first — so every byte written can be searched afterwards. Sockets and FIFOs are skipped.
 */
function keepRemovedFiles(tempDir: string, keepDir: string): () => void {
  const keep = (path: string) => {
    const target = join(keepDir, relative(tempDir, path));
    try {
      cpSync(path, target, {
        recursive: true,
        force: true,
        verbatimSymlinks: true,
        filter: (source) => {
          const stats = lstatSync(source, { throwIfNoEntry: false });
          return stats !== undefined && (stats.isFile() || stats.isDirectory() || stats.isSymbolicLink());
        },
      });
    } catch {
      // best effort: a file that vanished while copying was not kept
    }
  };
  const realRmSync = fs.rmSync;
  const realRm = fs.promises.rm;
  fs.rmSync = ((path: fs.PathLike, options?: fs.RmOptions) => {
    if (typeof path === 'string' && inside(tempDir, path)) keep(path);
    return realRmSync(path, options);
  }) as typeof fs.rmSync;
  fs.promises.rm = (async (path: fs.PathLike, options?: fs.RmOptions) => {
    if (typeof path === 'string' && inside(tempDir, path)) keep(path);
    return realRm(path, options);
  }) as typeof fs.promises.rm;
  // Modules that imported `rmSync` by name see the wrapper too.
  syncBuiltinESMExports();
  return () => {
    cpSync(tempDir, keepDir, {
      recursive: true,
      force: true,
      verbatimSymlinks: true,
      filter: (s) => lstatSync(s, { throwIfNoEntry: false })?.isSocket() !== true,
    });
  };
}

/**
 * The last resort at exit: a browser still running (a signal arrived while it launched) would
 * keep writing into the temp dir and outlive us. These are this process's own children, by pid
 * (Linux /proc); playwright starts each browser as the leader of its own process group, so the
 * group is ended with it.
 */
function killOwnChildren(): void {
  let children: number[];
  try {
    children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'latin1').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return;
  }
  for (const pid of children) {
    for (const target of [-pid, pid]) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // not a group leader, or already gone
      }
    }
  }
}

export function startLifecycle(): Lifecycle {
  const owner = new ChildOwner();
  let tempDir: string | undefined;
  try {
    // Short: Chromium puts its singleton socket under TMPDIR, and a socket path has at most 107 bytes.
    tempDir = mkdtempSync(join(tmpdir(), 'interop-'));
    process.env.TMPDIR = tempDir;
  } catch {
    tempDir = undefined; // an unusable TMPDIR: the children's own temp handling applies
  }
  const keepDir = process.env.INTEROP_KEEP_TEMP;
  const keepRest = tempDir && keepDir ? keepRemovedFiles(tempDir, keepDir) : undefined;
  // An exception here would stop the exit listeners registered after this one (playwright's
  // browser kill among them): nothing in it may throw.
  process.on('exit', () => {
    killOwnChildren();
    if (tempDir === undefined) return;
    try {
      keepRest?.();
    } catch {
      // best effort
    }
    try {
      rmSync(tempDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    } catch {
      // a child that would not die keeps writing: nothing more can be done at exit
    }
  });

  let stopping = false;
  for (const [name, number] of Object.entries(SIGNALS)) {
    process.on(name, () => {
      // A second signal: stop waiting for children (the exit hook still removes the temp dir).
      if (stopping) process.exit(128 + number);
      stopping = true;
      process.stderr.write(escapeControls(`interop: ${name}: closing clients and browsers, then exiting\n`));
      void owner.disposeAll(DISPOSE_LIMIT_MS).finally(() => process.exit(128 + number));
    });
  }

  return {
    owner,
    tempDir,
    async finish(code: number): Promise<never> {
      await owner.disposeAll(DISPOSE_LIMIT_MS);
      await Promise.all([flush(process.stdout), flush(process.stderr)]);
      process.exit(code);
    },
  };
}
