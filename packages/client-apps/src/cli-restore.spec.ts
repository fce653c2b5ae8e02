import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { displayAddress, expectedPublicKey } from '@interop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_BATCH_FILE } from './testing/apps-instances.js';
import { type CreatedOnKusama, createOnKusama } from './testing/node-instances.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../../../apps/cli/dist/main.js', import.meta.url));

interface RestoreAnswer {
  readonly client: string;
  readonly ok: boolean;
  readonly accounts?: readonly { address: string; publicKey: string; type: string; hasSecret: boolean }[];
  readonly error?: { code: string; message: string };
}

async function restore(client: string, from: string, passwordFile?: string, extra: readonly string[] = []): Promise<RestoreAnswer> {
  const args = [CLI, 'restore', '--client', client, '--from', from, '--json', ...(passwordFile ? ['--password-file', passwordFile] : []), ...extra];
  try {
    const { stdout } = await run(process.execPath, args, { timeout: 120_000 });
    return JSON.parse(stdout) as RestoreAnswer;
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (stdout) return JSON.parse(stdout) as RestoreAnswer;
    throw error;
  }
}

/** The built `interop restore` (apps/cli), with this client's factories through the runner's registry. */
describe.skipIf(!existsSync(CLI))('interop restore --client apps@0.171.1 (built CLI)', () => {
  let dir: string;
  let fixture: CreatedOnKusama;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'interop-apps-cli-'));
    fixture = await createOnKusama('//cli');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const client of ['apps@0.171.1', 'apps@0.171.1-chromium']) {
    it(`${client}: restores Apps' own JSON backup`, async () => {
      const answer = await restore(client, file('account.json', JSON.stringify(fixture.json)), file('password', `${fixture.password}\n`));
      const publicKey = expectedPublicKey({ secret: { kind: 'phrase', phrase: fixture.phrase }, path: fixture.path, type: 'sr25519' });
      expect(answer).toMatchObject({ client, ok: true });
      expect(answer.accounts).toEqual([
        expect.objectContaining({ publicKey, type: 'sr25519', hasSecret: true, address: displayAddress(publicKey, 'sr25519') }),
      ]);
    });

    // Create keeps the path typed before "Raw seed" is chosen (apps.create-raw-seed-keeps-path).
    it(`${client}: restores a raw seed with a derivation path to the derived key`, async () => {
      const seed = `0x${'42'.repeat(32)}` as const;
      const answer = await restore(client, file('seed', `${seed}\n`), file('password', 'new password\n'), ['--path', '//foo', '--type', 'sr25519']);
      const publicKey = expectedPublicKey({ secret: { kind: 'seed', seed }, path: '//foo', type: 'sr25519' });
      expect(answer).toMatchObject({ client, ok: true });
      expect(answer.accounts).toEqual([expect.objectContaining({ publicKey, type: 'sr25519', hasSecret: true })]);
    });

    it(`${client}: answers ok:false with Apps' message for the extension's batch file`, async () => {
      const answer = await restore(client, file('batch.json', JSON.stringify(EXTENSION_BATCH_FILE)), file('password', 'pw'));
      expect(answer).toMatchObject({ client, ok: false, error: { code: 'E_CLIENT_REFUSED' } });
      expect(answer.error?.message).toMatch(/^Invalid format: File content should be an array \(apps\.import-all-file, /);
    });
  }
});
