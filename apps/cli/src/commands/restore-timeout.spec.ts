import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `interop restore --timeout MS`: the restore's limit (by default it grows with the scrypt work
 * the file holds, runner/restore-time-limit.ts). No timing is asserted: a limit of 1 ms is far
 * below what a phrase import takes (it encrypts the new account with scrypt, about a second).
 */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';
const dir = mkdtempSync(join(tmpdir(), 'interop-cli-restore-timeout-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const phrase = join(dir, 'phrase.txt');
writeFileSync(phrase, DEV_PHRASE);

function interop(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 300_000 });
}

describe('interop restore --timeout', () => {
  it.each(['0', '-5', '1.5', 'soon'])('%s is a usage error', (value) => {
    const { status, stderr } = interop('restore', '--client', 'extension@0.62.3', '--from', phrase, `--timeout=${value}`);
    expect(status).toBe(2);
    expect(stderr).toContain('--timeout takes a positive whole number of milliseconds');
  });

  it('a restore past its limit is E_TIMEOUT (exit 1), and says which option sets the limit', () => {
    const { status, stdout } = interop('restore', '--client', 'extension@0.62.3', '--from', phrase, '--timeout', '1', '--json');
    expect(status).toBe(1);
    const answer = JSON.parse(stdout) as { ok: boolean; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('E_TIMEOUT');
    expect(answer.error.message).toContain('--timeout');
  });

  it('within a generous limit the same restore succeeds', () => {
    const { status, stdout } = interop('restore', '--client', 'extension@0.62.3', '--from', phrase, '--timeout', '600000', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, accounts: [{ address: '5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV' }] });
  });
});
