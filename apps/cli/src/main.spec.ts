import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The built CLI, run as a user runs it (apps/cli is built before its tests). */
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** A hung child is killed at this limit (spawnSync blocks vitest's own timer). */
const CHILD_LIMIT_MS = 120_000;

function interop(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: CHILD_LIMIT_MS });
}

describe('interop (top level)', () => {
  it('--help exits 0 and explains the three jobs', () => {
    const { status, stdout } = interop('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/three jobs/i);
    expect(stdout).toContain('interop matrix');
    expect(stdout).toContain('interop restore');
    expect(stdout).toContain('interop scenario');
    expect(stdout).toContain('interop migrate');
    expect(stdout).toContain('interop clients');
    expect(stdout).toMatch(/exit codes/i);
  });

  it('-h and help are the same as --help', { timeout: 3 * CHILD_LIMIT_MS + 60_000 }, () => {
    const help = interop('--help').stdout;
    expect(interop('-h')).toMatchObject({ status: 0, stdout: help });
    expect(interop('help')).toMatchObject({ status: 0, stdout: help });
  });

  it('no arguments prints the help and exits 2 (a usage error)', () => {
    const { status, stdout } = interop();
    expect(status).toBe(2);
    expect(stdout).toMatch(/three jobs/i);
  });

  it('an unknown command exits 2 and points to --help', () => {
    const { status, stdout, stderr } = interop('frobnicate');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("unknown command 'frobnicate'");
    expect(stderr).toContain('--help');
  });

  it('<command> --help prints that command’s help and exits 0', () => {
    const restore = interop('restore', '--help');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('--password-file');
    const clients = interop('clients', '--help');
    expect(clients.status).toBe(0);
    expect(clients.stdout).toContain('interop clients [--json]');
  });

  it('an unknown option or a stray argument exits 2, without a stack trace', () => {
    for (const args of [
      ['clients', '--bogus'],
      ['clients', 'extra'],
      ['restore', '--client'],
    ]) {
      const { status, stderr } = interop(...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/usage/);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});
