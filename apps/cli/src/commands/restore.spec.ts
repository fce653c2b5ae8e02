import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

/** A hung child is killed at this limit; no test here runs more than two, well inside the suite's 300 s. */
const CHILD_LIMIT_MS = 120_000;

function interop(...args: string[]) {
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: CHILD_LIMIT_MS });
}

/**
 * One profile id: `--client extension` selects every extension release and is refused for that
 * (exit 2) before anything else is looked at, so a test meant for another rule must name one.
 */
const ONE_PROFILE = 'extension@0.62.3';

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
    const { status, stderr } = interop('restore', '--client', ONE_PROFILE, '--json');
    expect(status).toBe(2);
    expect(stderr).toContain('--from');
  });

  it('a --type that is no key type', () => {
    const { status, stderr } = interop('restore', '--client', ONE_PROFILE, '--from', file('phrase.txt', DEV_PHRASE), '--type', 'rsa');
    expect(status).toBe(2);
    expect(stderr).toContain('--type');
  });

  it('a client nobody registered', () => {
    const { status, stderr } = interop('restore', '--client', 'no-such-client', '--from', file('phrase.txt', DEV_PHRASE));
    expect(status).toBe(2);
    expect(stderr).toContain("unknown client 'no-such-client'");
    expect(stderr).not.toContain('E_INTERNAL');
  });

  it('a client id that selects several profiles is refused, naming how many', () => {
    const { status, stderr } = interop('restore', '--client', 'extension', '--from', file('phrase.txt', DEV_PHRASE));
    expect(status).toBe(2);
    expect(stderr).toMatch(/--client 'extension' names \d+ profiles; pick one id/);
  });

  it('a ///password in --path is refused for being a secret on the command line, and never echoed', () => {
    const canary = 'canary-derivation-pw-5c1e';
    for (const json of [false, true]) {
      const args = ['restore', '--client', ONE_PROFILE, '--from', file('phrase.txt', DEV_PHRASE), '--path', `//polkadot///${canary}`];
      const { status, stdout, stderr } = interop(...args, ...(json ? ['--json'] : []));
      expect(status).toBe(2);
      // The secret rule itself, and where the password goes instead.
      const message = json ? String((oneJsonObject(stdout).error as { message?: unknown }).message) : stderr;
      expect(message).toContain('--path holds a ///password');
      expect(message).toContain('seen by every user of this machine');
      expect(message).toContain('--derivation-password-file');
      if (json) expect(oneJsonObject(stdout).error).toMatchObject({ code: 'E_USAGE' });
      expect(stdout + stderr).not.toContain(canary);
    }
  });

  it('a --password option does not exist (secrets come from files): refused by name, its value never echoed', () => {
    const canary = 'canary-keystore-pw-9d2a';
    const { status, stdout, stderr } = interop('restore', '--client', ONE_PROFILE, '--from', file('phrase.txt', DEV_PHRASE), '--password', canary);
    expect(status).toBe(2);
    expect(stderr).toContain("Unknown option '--password'");
    expect(stdout + stderr).not.toContain(canary);
  });
});

describe(`interop restore with a registered client (${ONE_PROFILE})`, () => {
  // An empty or changed registry must turn these red, never skip them.
  it(`${ONE_PROFILE} is registered`, () => {
    const { status, stdout } = interop('clients', '--json');
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { id: string }[]).map((c) => c.id)).toContain(ONE_PROFILE);
  });

  it('--json on a missing file: one JSON object, ok:false, E_INPUT_UNREADABLE, exit 2 (a path that names no file is a usage error)', () => {
    const { status, stdout } = interop('restore', '--client', ONE_PROFILE, '--from', join(dir, 'does-not-exist.json'), '--json');
    expect(status).toBe(2);
    const result = oneJsonObject(stdout);
    expect(result).toMatchObject({ client: ONE_PROFILE, ok: false, error: { code: 'E_INPUT_UNREADABLE', message: expect.any(String) } });
  });

  it('--json never echoes the file or the password', () => {
    const from = file('broken.json', `{"phrase": "${DEV_PHRASE}",`);
    const passwordFile = file('password.txt', 'p4ss-w0rd-never-printed\n');
    const { status, stdout, stderr } = interop('restore', '--client', ONE_PROFILE, '--from', from, '--password-file', passwordFile, '--json');
    expect(status).toBe(1);
    expect(oneJsonObject(stdout)).toMatchObject({ client: ONE_PROFILE, ok: false, error: { code: 'E_JSON_MALFORMED' } });
    for (const text of [stdout, stderr]) {
      expect(text).not.toContain('curtain');
      expect(text).not.toContain('p4ss-w0rd');
    }
  });

  it('without --json a refusal is one line and exit 1', () => {
    const { status, stdout } = interop('restore', '--client', ONE_PROFILE, '--from', file('empty.txt', ''));
    expect(status).toBe(1);
    expect(stdout).toContain(`${ONE_PROFILE} refused: E_ARTIFACT_UNKNOWN`);
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});

describe('interop restore starts the client as its capability for the file says', () => {
  const FIXTURES = fileURLToPath(new URL('../../test/fixtures/check/', import.meta.url));
  /** The check fixtures' ethereum keystore (written by the extension) restored in Apps, --json. */
  const ethereumInApps = (...extra: string[]) =>
    interop(
      'restore',
      '--client',
      'apps@0.171.1',
      '--from',
      join(FIXTURES, 'ethereum.json'),
      '--password-file',
      join(FIXTURES, 'password'),
      ...extra,
      '--json',
    );

  it("an ethereum keystore in Apps: connected to an Ethereum chain first, then restored (on Polkadot Apps refuses it: 'not available on this network')", () => {
    const { status, stdout } = ethereumInApps();
    expect(status).toBe(0);
    expect(oneJsonObject(stdout)).toMatchObject({ ok: true, steps: ['connected it to moonbeam'], accounts: [{ type: 'ethereum' }] });
  });

  it('--network names the chain instead, and the client answers there', () => {
    const { status, stdout } = ethereumInApps('--network', 'polkadot');
    expect(status).toBe(1);
    expect(oneJsonObject(stdout)).toMatchObject({ ok: false, error: { message: 'JSON contains an ethereum keytype, this is not available on this network' } });
  });

  it('an ed25519 phrase in Vault: the ed25519 network specs are added first (a fresh Vault holds sr25519 ones only)', () => {
    const phrase = file('phrase.txt', DEV_PHRASE);
    const { status, stdout } = interop('restore', '--client', 'signer@7.2.0', '--from', phrase, '--type', 'ed25519', '--path', '//polkadot', '--json');
    expect(status).toBe(0);
    const result = oneJsonObject(stdout) as { steps: string[]; accounts: { type: string; path?: string }[] };
    expect(result.steps).toHaveLength(3);
    expect(result.steps[0]).toBe('added the polkadot network specs with ed25519 encryption (an add_specs QR the general verifier signed)');
    expect(result.accounts).toContainEqual(expect.objectContaining({ type: 'ed25519', path: '//polkadot' }));
  });
});
