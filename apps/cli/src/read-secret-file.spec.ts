import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientError } from '@interop/core';
import { afterAll, describe, expect, it } from 'vitest';
import { readSecretFile, secretFormHint } from './read-secret-file.js';

const dir = mkdtempSync(join(tmpdir(), 'interop-cli-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSecretFile', () => {
  it.each([
    ['pw\n', 'pw'],
    ['pw\r\n', 'pw'],
    ['pw\n\n', 'pw\n'],
    [' spaced pw ', ' spaced pw '],
    ['it\'s "quoted" \\ 😀', 'it\'s "quoted" \\ 😀'],
    ['', ''],
    ['\uFEFFpw\n', 'pw'],
  ])('%j -> %j (only one trailing line break is dropped, and a byte-order mark)', async (content, expected) => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, content);
    expect(await readSecretFile(path, 'password')).toBe(expected);
  });

  it('a missing file is E_INPUT_UNREADABLE naming the file, never its content', async () => {
    const path = join(dir, 'missing.txt');
    let error: unknown;
    try {
      await readSecretFile(path, 'password');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).code).toBe('E_INPUT_UNREADABLE');
    expect((error as ClientError).message).toContain('password file');
    expect((error as ClientError).message).toContain('ENOENT');
  });

  it('a secret file larger than 64 KiB or a device is refused before it is read whole', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(64 * 1024 + 1));
    await expect(readSecretFile(big, 'password')).rejects.toMatchObject({ code: 'E_INPUT_TOO_LARGE' });
    await expect(readSecretFile('/dev/zero', 'password')).rejects.toMatchObject({ code: 'E_INPUT_DEVICE' });
  });
});

describe('secretFormHint', () => {
  it('hints only when the text is not NFC', () => {
    expect(secretFormHint('caf\u00e9', 'password')).toBeUndefined();
    expect(secretFormHint('cafe\u0301', 'password')).toMatch(/not in Unicode NFC form/);
    expect(secretFormHint(undefined, 'password')).toBeUndefined();
  });
});
