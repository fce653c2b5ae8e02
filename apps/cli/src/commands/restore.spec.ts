import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

function interop(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 300_000 });
}

// Other engineers register clients in parallel: tests that need one run once one exists.
const registered = (JSON.parse(interop('clients', '--json').stdout) as { id: string }[]).map((c) => c.id);
const FIRST = registered[0];
const NO_CLIENT = FIRST === undefined;

const dir = mkdtempSync(join(tmpdir(), 'interop-cli-restore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** stdout of a --json run: exactly one JSON object, nothing else. */
function oneJsonObject(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const value: unknown = JSON.parse(lines[0] as string);
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  return value as Record<string, unknown>;
}

describe('interop restore: usage errors exit 2', () => {
  it('missing --client', () => {
    const { status, stderr } = interop('restore', '--from', file('phrase.txt', DEV_PHRASE), '--json');
    expect(status).toBe(2);
    expect(stderr).toContain('--client');
  });

  it('missing --from', () => {
    const { status, stderr } = interop('restore', '--client', 'extension', '--json');
    expect(status).toBe(2);
    expect(stderr).toContain('--from');
  });

  it('a --type that is no key type', () => {
    const { status, stderr } = interop('restore', '--client', 'extension', '--from', file('phrase.txt', DEV_PHRASE), '--type', 'rsa');
    expect(status).toBe(2);
    expect(stderr).toContain('--type');
  });

  it('a client nobody registered', () => {
    const { status, stderr } = interop('restore', '--client', 'no-such-client', '--from', file('phrase.txt', DEV_PHRASE));
    expect(status).toBe(2);
    expect(stderr).toContain("unknown client 'no-such-client'");
    expect(stderr).not.toContain('E_INTERNAL');
  });

  it('a secret given as an argument is refused (secrets come from files)', () => {
    const { status } = interop('restore', '--client', 'extension', '--from', 'x', '--password', 'hunter2');
    expect(status).toBe(2);
  });
});

describe('interop restore with a registered client', () => {
  it.skipIf(NO_CLIENT)('--json on a missing file: one JSON object, ok:false, E_INPUT_UNREADABLE, exit 2 (a path that names no file is a usage error)', () => {
    const { status, stdout } = interop('restore', '--client', FIRST as string, '--from', join(dir, 'does-not-exist.json'), '--json');
    expect(status).toBe(2);
    const result = oneJsonObject(stdout);
    expect(result).toMatchObject({ client: FIRST, ok: false, error: { code: 'E_INPUT_UNREADABLE', message: expect.any(String) } });
  });

  it.skipIf(NO_CLIENT)('--json never echoes the file or the password (skipped while no client is registered)', () => {
    const from = file('broken.json', `{"phrase": "${DEV_PHRASE}",`);
    const passwordFile = file('password.txt', 'p4ss-w0rd-never-printed\n');
    const { status, stdout, stderr } = interop('restore', '--client', FIRST as string, '--from', from, '--password-file', passwordFile, '--json');
    expect(status).toBe(1);
    expect(oneJsonObject(stdout)).toMatchObject({ ok: false, error: { code: 'E_JSON_MALFORMED' } });
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain('curtain');
      expect(text).not.toContain('p4ss-w0rd');
    }
  });

  it.skipIf(NO_CLIENT)('without --json a refusal is one line and exit 1 (skipped while no client is registered)', () => {
    const { status, stdout } = interop('restore', '--client', FIRST as string, '--from', file('empty.txt', ''));
    expect(status).toBe(1);
    expect(stdout).toContain('E_ARTIFACT_UNKNOWN');
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});
