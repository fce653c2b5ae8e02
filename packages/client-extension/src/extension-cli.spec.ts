import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_PHRASE, expectedPublicKey } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_0_62_3 } from './profiles.js';

const CLI = fileURLToPath(new URL('../../../apps/cli/dist/main.js', import.meta.url));
const PASSWORD = 'cli-password';
const BATCH_PASSWORD = 'cli-batch-password';
const ALICE = expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'sr25519' });
const BOB_ED = expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Bob', type: 'ed25519' });

interface CliAnswer {
  readonly status: number | null;
  readonly stdout: string;
  readonly json: {
    client: string;
    ok: boolean;
    accounts?: { publicKey: string; type: string; hasSecret: boolean }[];
    error?: { code: string; message: string };
  };
}

/** A hung child is killed at this limit (spawnSync blocks vitest's own timer); a test running more declares a timeout covering them. */
const CHILD_LIMIT_MS = 180_000;

function interop(...args: string[]): CliAnswer {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: CHILD_LIMIT_MS });
  return { status: run.status, stdout: run.stdout, json: JSON.parse(run.stdout) as CliAnswer['json'] };
}

describe('interop CLI with --client extension@0.62.3 (built apps/cli)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interop-ext-cli-'));
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    expect(existsSync(CLI), `${CLI} (build first: pnpm exec turbo run build)`).toBe(true);
    const ext = await EXTENSION_0_62_3.start();
    try {
      const alice = await ext.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'sr25519', name: 'Alice', password: PASSWORD });
      await ext.create({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Bob', type: 'ed25519', name: 'Bob', password: 'bob-own-password' });
      const single = await ext.backup(alice, 'json', PASSWORD);
      const batch = await ext.backup(alice, 'batch-json', BATCH_PASSWORD);
      if (single.kind !== 'json-keystore' || batch.kind !== 'batch-json') throw new Error('unexpected backup kinds');
      writeFileSync(file('alice.json'), JSON.stringify(single.json));
      writeFileSync(file('batch.json'), JSON.stringify(batch.json));
      const hostile = Buffer.from(single.json.encoded, 'base64');
      hostile.writeUInt32LE(2 ** 20, 32);
      hostile.writeUInt32LE(4, 36);
      hostile.writeUInt32LE(16, 40);
      writeFileSync(file('hostile.json'), JSON.stringify({ ...single.json, encoded: hostile.toString('base64') }));
    } finally {
      await ext.dispose();
    }
    writeFileSync(file('phrase.txt'), `${DEV_PHRASE}//Alice\n`);
    writeFileSync(file('password'), `${PASSWORD}\n`);
    writeFileSync(file('batch-password'), `${BATCH_PASSWORD}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('clients --json lists the profile with its exact package versions', () => {
    const run = spawnSync(process.execPath, [CLI, 'clients', '--json'], { encoding: 'utf8', timeout: 60_000 });
    const profiles = JSON.parse(run.stdout) as { id: string; realm: string; packages: Record<string, string> }[];
    // What the release shipped (yarn.lock at v0.62.3): util-crypto 13.5.7 and ui-keyring 3.16.2, which
    // runs as 3.16.3 (same source; profiles/extension@0.62.3/release.json, substitutions).
    expect(profiles.find((p) => p.id === 'extension@0.62.3')).toMatchObject({
      realm: 'node',
      packages: { '@polkadot/extension-base': '0.62.3', '@polkadot/util-crypto': '13.5.7', '@polkadot/ui-keyring': '3.16.3' },
    });
  });

  it('restores a keystore', () => {
    const run = interop('restore', '--client', 'extension@0.62.3', '--from', file('alice.json'), '--password-file', file('password'), '--json');
    expect(run.json).toMatchObject({ client: 'extension@0.62.3', ok: true, accounts: [{ publicKey: ALICE, type: 'sr25519', hasSecret: true }] });
    expect(run.status).toBe(0);
  });

  it('restores a batch file (both accounts)', () => {
    const run = interop('restore', '--client', 'extension@0.62.3', '--from', file('batch.json'), '--password-file', file('batch-password'), '--json');
    expect(run.json.ok).toBe(true);
    expect(run.json.accounts?.map((a) => `${a.type}:${a.publicKey}`).sort()).toEqual([`ed25519:${BOB_ED}`, `sr25519:${ALICE}`]);
  });

  it('restores a phrase with its path', () => {
    const run = interop('restore', '--client', 'extension@0.62.3', '--from', file('phrase.txt'), '--password-file', file('password'), '--json');
    expect(run.json).toMatchObject({ ok: true, accounts: [{ publicKey: ALICE, type: 'sr25519', hasSecret: true }] });
  });

  it("answers ok:false with the extension's own message for what it refuses", { timeout: 2 * CHILD_LIMIT_MS + 60_000 }, () => {
    const hostile = interop('restore', '--client', 'extension@0.62.3', '--from', file('hostile.json'), '--password-file', file('password'), '--json');
    expect(hostile.json).toEqual({
      client: 'extension@0.62.3',
      ok: false,
      // The reason, and what Restore JSON shows for every refusal (RestoreJson.tsx L106-110, L154-160).
      error: { code: 'E_SCRYPT_PARAMS', message: 'Invalid injected scrypt params found', shown: 'Unable to decode using the supplied passphrase' },
    });
    expect(hostile.status).not.toBe(0);
    const wrong = interop('restore', '--client', 'extension@0.62.3', '--from', file('alice.json'), '--password-file', file('batch-password'), '--json');
    expect(wrong.json).toEqual({
      client: 'extension@0.62.3',
      ok: false,
      error: { code: 'E_PASSWORD_WRONG', message: 'Unable to decode using the supplied passphrase' },
    });
    for (const run of [hostile, wrong]) expect(run.stdout).not.toContain(PASSWORD);
  });
});
