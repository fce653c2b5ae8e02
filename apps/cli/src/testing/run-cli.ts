import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * For tests: the built CLI run as a user runs it, in a child process, measured from outside.
 * - `/usr/bin/time -f %M` reports the peak resident memory of the process (and the children it
 *   waited for), so a test can bound memory without trusting the process about itself;
 * - a fresh TMPDIR per run, so a test can check nothing was left in it;
 * - a marker in the environment every descendant inherits, so a test can find a process left
 *   running after the CLI exited (a worker is a thread; a browser is a process);
 * - a hang limit: past it the run is killed and reported as killed (a hang, not a slow run).
 */
export const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const TIME = '/usr/bin/time';

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory in MiB (undefined when /usr/bin/time is missing). */
  readonly peakMiB: number | undefined;
  /** Killed at the hang limit. */
  readonly hung: boolean;
  /** Processes still running with this run's marker after it exited (pid and command line). */
  readonly leftProcesses: readonly string[];
  /** What the run left in its TMPDIR. */
  readonly leftTemp: readonly string[];
}

export interface RunOptions {
  readonly env?: Readonly<Record<string, string>>;
  /** Written to stdin, then stdin is closed; `'keep-open'` leaves it open (nothing ever arrives). */
  readonly stdin?: string | Buffer | 'keep-open';
  readonly hangLimitMs?: number;
  readonly cwd?: string;
  /**
   * A signal sent to the CLI once its stderr contains a text, or once one of its descendants'
   * command lines matches (a browser started): a test of signal handling.
   */
  readonly signalWhen?: { readonly stderrIncludes?: string; readonly processMatches?: RegExp; readonly signal: NodeJS.Signals };
  /** Keep the TMPDIR for the caller to inspect (it removes it). */
  readonly tmpDir?: string;
}

/** Processes whose environment holds `marker`, other than the current one. */
export function processesWithMarker(marker: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    if (Number(pid) === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)) continue;
      const state = /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1];
      if (state === 'Z') continue; // exited, not yet reaped by its parent
      found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').slice(0, 120)}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const marker = `INTEROP_TEST_MARK=${randomUUID()}`;
  const tmp = options.tmpDir ?? mkdtempSync(join(tmpdir(), 'interop-cli-run-'));
  const timeFile = join(tmpdir(), `interop-time-${randomUUID()}`);
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', '%M', '-o', timeFile, process.execPath, MAIN, ...args] : [MAIN, ...args];
  const [markName, markValue] = marker.split('=') as [string, string];
  const child = spawn(command, argv, {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, INTEROP_KEEP_TEMP: '', TMPDIR: tmp, ...options.env, [markName]: markValue },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let hung = false;
  let signalled = false;
  const cliPid = () => (withTime && child.pid !== undefined ? childPidOf(child.pid) : child.pid);
  const signalOnce = () => {
    const pid = cliPid();
    if (signalled || pid === undefined || options.signalWhen === undefined) return;
    signalled = true;
    process.kill(pid, options.signalWhen.signal);
  };
  const pattern = options.signalWhen?.processMatches;
  // Waits for a condition (a browser process appeared), checked every 100 ms; never a fixed sleep.
  const watcher = pattern
    ? setInterval(() => {
        if (processesWithMarker(markValue).some((p) => pattern.test(p))) signalOnce();
      }, 100)
    : undefined;
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    // The CLI is the child of /usr/bin/time: it is signalled, not time.
    const text = options.signalWhen?.stderrIncludes;
    if (text !== undefined && stderr.includes(text)) signalOnce();
  });
  child.stdin.on('error', () => undefined);
  if (options.stdin === 'keep-open') {
    // nothing is written and stdin stays open until the run ends
  } else {
    child.stdin.end(options.stdin ?? '');
  }
  const limit = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
    for (const line of processesWithMarker(markValue)) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
  }, options.hangLimitMs ?? 180_000);
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      clearTimeout(limit);
      if (watcher) clearInterval(watcher);
      if (options.stdin === 'keep-open') child.stdin.end();
      let peakMiB: number | undefined;
      if (withTime && existsSync(timeFile)) {
        const kib = Number(/(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8').trim())?.[1]);
        peakMiB = Number.isFinite(kib) ? kib / 1024 : undefined;
        rmSync(timeFile, { force: true });
      }
      // /usr/bin/time reports the child's own status as its exit status (and 128+N for a signal).
      const leftTemp = listTree(tmp);
      const leftProcesses = processesWithMarker(markValue);
      // Reported above; then ended (they are this test's), so the test's own clean-up cannot fail on them.
      for (const line of leftProcesses) {
        try {
          process.kill(Number(line.split(' ')[0]), 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
      try {
        if (options.tmpDir === undefined) rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // reported in leftTemp; a clean-up failure must not hide the result
      }
      resolve({ status, signal, stdout, stderr, peakMiB, hung, leftProcesses, leftTemp });
    });
  });
}

/** The one child of a process (the CLI under /usr/bin/time). */
function childPidOf(pid: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'latin1').trim().split(/\s+/).filter(Boolean);
    return children.length > 0 ? Number(children[0]) : undefined;
  } catch {
    return undefined;
  }
}

/** stdout of a --json run, parsed: exactly one JSON document. */
export function jsonOf(run: CliRun): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>;
}
