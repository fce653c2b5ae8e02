import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_PHRASE } from '@interop/core';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeBananaSplit } from './banana-split-encode.js';

// The built `interop` command, as a user runs it (set-up builds the workspace first).
const CLI = fileURLToPath(new URL('../../../apps/cli/dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'signer-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface CliAnswer {
  readonly client: string;
  readonly ok: boolean;
  readonly accounts?: readonly { publicKey: string; path?: string; genesisHash?: string }[];
  readonly error?: { code: string; message: string };
}

/** A hung child is killed at this limit (spawnSync blocks vitest's own timer); a test running more declares a timeout covering them. */
const CHILD_LIMIT_MS = 120_000;

function restore(...args: string[]): { status: number | null; answer: CliAnswer; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the workspace (pnpm exec turbo run build)`);
  const run = spawnSync(process.execPath, [CLI, 'restore', '--client', 'signer@7.2.0', '--json', ...args], { encoding: 'utf8', timeout: CHILD_LIMIT_MS });
  return { status: run.status, answer: JSON.parse(run.stdout) as CliAnswer, stderr: run.stderr };
}

describe('interop restore --client signer@7.2.0', () => {
  const phrase = file('phrase.txt', `${DEV_PHRASE}\n`);

  it('lists the key set Vault creates for a phrase', () => {
    const { status, answer } = restore('--from', phrase);
    expect(status).toBe(0);
    expect(answer.accounts?.map((a) => [a.path, a.publicKey])).toEqual([
      ['', '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a'],
      ['//polkadot', '0xf606519cb8726753885cd4d0f518804a69a5e0badf36fee70feadd8044081730'],
      ['//kusama', '0x64a31235d4bf9b37cfed3afa8aa60754675f9c4915430454d365c05112784d05'],
      ['//westend', '0x3efeca331d646d8a2986374bb3bb8d6e9e3cfcdd7c45c2b69104fab5d61d3f34'],
    ]);
  });

  it('adds --path as a custom derivation', () => {
    const { answer } = restore('--from', phrase, '--path', '//Alice');
    expect(answer.accounts?.at(-1)).toMatchObject({ path: '//Alice', publicKey: '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d' });
  });

  it('refuses a bad phrase and an empty derivation password with clear codes', () => {
    const bad = restore('--from', file('bad.txt', `${DEV_PHRASE.slice(0, -4)}fit\n`));
    expect([bad.status, bad.answer.error?.code, bad.answer.error?.message]).toEqual([
      1,
      'E_PHRASE_INVALID',
      expect.stringMatching(/^invalid checksum \(vault\.phrase-checksum, https:/),
    ]);
    expect(restore('--from', phrase, '--path', '//a///').answer.error?.code).toBe('E_PATH_INVALID');
  });

  it('recovers from Banana Split shares with --passphrase-file, and says why not otherwise', { timeout: 3 * CHILD_LIMIT_MS + 60_000 }, () => {
    const shares = encodeBananaSplit(DEV_PHRASE, 'Alice', 'excess-torch-unfold-fix', 4, 3);
    const three = file('shares.txt', `${shares.slice(1).join('\n')}\n`);
    const pass = file('pass.txt', 'excess-torch-unfold-fix\n');
    const ok = restore('--from', three, '--passphrase-file', pass);
    expect(ok.status).toBe(0);
    expect(ok.answer.accounts?.[0]?.publicKey).toBe('0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a');
    const wrong = restore('--from', three, '--passphrase-file', file('wrong.txt', 'wrong\n'));
    expect(wrong.answer.error).toEqual({
      code: 'E_PASSWORD_WRONG',
      message: expect.stringMatching(/^Banana Split password is wrong \(vault\.banana-split-wrong-password, /),
    });
    const two = restore('--from', file('two.txt', `${shares.slice(2).join('\n')}\n`), '--passphrase-file', pass);
    expect(two.answer.error).toEqual({ code: 'E_SHARES', message: expect.stringMatching(/^not enough shares: have 2, need 3 \(banana\.more-shares, /) });
    // no secret in any output
    for (const run of [ok, wrong, two]) expect(JSON.stringify(run.answer) + run.stderr).not.toMatch(/excess-torch|bottom drive/);
  });
});
