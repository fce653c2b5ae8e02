import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientError } from '@interop/core';
import { afterAll, describe, expect, it } from 'vitest';
import { readSecretFile } from './read-secret-file.js';

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
  ])('%j -> %j (only one trailing line break is dropped)', (content, expected) => {
    const path = join(dir, 'secret.txt');
    writeFileSync(path, content);
    expect(readSecretFile(path, 'password')).toBe(expected);
  });

  it('a missing file is E_INPUT_UNREADABLE naming the file, never its content', () => {
    const path = join(dir, 'missing.txt');
    let error: unknown;
    try {
      readSecretFile(path, 'password');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).code).toBe('E_INPUT_UNREADABLE');
    expect((error as ClientError).message).toContain('password file');
    expect((error as ClientError).message).toContain('ENOENT');
  });
});
