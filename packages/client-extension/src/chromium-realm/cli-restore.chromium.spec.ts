import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_PHRASE, expectedPublicKey } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `interop restore` through the MV3 extension in Chromium against the Node realm of the same
 * release, on keystore files the real clients wrote (apps/cli/test/fixtures/check/, made by
 * make-fixtures.mjs there: the dev phrase and a test password): the same public keys, and the same
 * refusals with the same codes and the extension's same words.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = join(ROOT, 'apps/cli/dist/main.js');
const FIXTURES = join(ROOT, 'apps/cli/test/fixtures/check');

interface RestoreAnswer {
  readonly exit: number;
  readonly client: string;
  readonly ok: boolean;
  readonly accounts?: readonly { publicKey: string; type: string; hasSecret: boolean }[];
  readonly error?: { readonly code: string; readonly message: string };
}

function restore(client: string, file: string, passwordFile: string): Promise<RestoreAnswer> {
  const args = [CLI, 'restore', '--client', client, '--from', file, '--password-file', passwordFile, '--json'];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 280_000 }, (error, stdout) => {
      try {
        const exit = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ exit, ...(JSON.parse(stdout) as Omit<RestoreAnswer, 'exit'>) });
      } catch {
        reject(new Error(`${client} ${file}: no JSON on stdout (${error?.message ?? ''})`));
      }
    });
  });
}

/** What must be equal across realms: the outcome, the keys, the refusal's code and text. */
function outcome(answer: RestoreAnswer) {
  return {
    exit: answer.exit,
    ok: answer.ok,
    accounts: (answer.accounts ?? []).map((a) => ({ publicKey: a.publicKey, type: a.type, hasSecret: a.hasSecret })),
    error: answer.error,
  };
}

const CASES: readonly { readonly file: string; readonly password: 'right' | 'wrong' }[] = [
  { file: 'single-n17.json', password: 'right' },
  { file: 'single-n17.json', password: 'wrong' },
  { file: 'single-n15.json', password: 'right' },
  { file: 'batch.json', password: 'right' },
  { file: 'ethereum.json', password: 'right' },
  { file: 'tampered-address.json', password: 'right' },
  { file: 'truncated.json', password: 'right' },
  { file: 'scrypt-bomb.json', password: 'right' },
  { file: 'export-all.json', password: 'right' },
];

describe('interop restore: extension@0.62.3-chromium answers as extension@0.62.3 on real keystore files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'interop-ext-chromium-cli-'));
  const passwords = { right: join(FIXTURES, 'password'), wrong: join(dir, 'wrong-password') };
  const answers = new Map<string, { node: RestoreAnswer; chromium: RestoreAnswer }>();

  beforeAll(async () => {
    expect(existsSync(CLI), `${CLI} (build first: pnpm exec turbo run build)`).toBe(true);
    writeFileSync(passwords.wrong, 'not the check password\n');
    // One at a time: each Chromium run is a browser of its own, and the machine is shared.
    for (const c of CASES) {
      const file = join(FIXTURES, c.file);
      const node = await restore('extension@0.62.3', file, passwords[c.password]);
      const chromium = await restore('extension@0.62.3-chromium', file, passwords[c.password]);
      answers.set(`${c.file}:${c.password}`, { node, chromium });
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.file, c.password] as const))('%s with the %s password: the same outcome', (file, password) => {
    const both = answers.get(`${file}:${password}`);
    expect(both?.chromium.client).toBe('extension@0.62.3-chromium');
    expect(outcome(both?.chromium as RestoreAnswer)).toEqual(outcome(both?.node as RestoreAnswer));
  });

  it('restores the dev phrase’s //Alice from the extension’s own file (the oracle’s key), and refuses the wrong password as E_PASSWORD_WRONG', () => {
    const alice = expectedPublicKey({ secret: { kind: 'phrase', phrase: DEV_PHRASE }, path: '//Alice', type: 'sr25519' });
    expect(answers.get('single-n17.json:right')?.chromium.accounts?.map((a) => a.publicKey)).toEqual([alice]);
    expect(answers.get('single-n17.json:wrong')?.chromium.error?.code).toBe('E_PASSWORD_WRONG');
    expect(answers.get('single-n17.json:wrong')?.chromium.exit).toBe(1);
  });

  it('never prints the password', () => {
    const secret = readFileSync(passwords.right, 'utf8').trim();
    for (const { chromium } of answers.values()) expect(JSON.stringify(chromium)).not.toContain(secret);
  });
});
