import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from '../client-error.js';
import { inputPathKind, readBoundedBytes, readBoundedText } from './read-bounded.js';

const dir = mkdtempSync(join(tmpdir(), 'interop-read-bounded-'));
const fifo = join(dir, 'fifo');
const socketPath = join(dir, 'socket');
let server: Server;

beforeAll(async () => {
  execFileSync('mkfifo', [fifo]);
  server = createServer();
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

const OPTIONS = { what: 'backup file', maxBytes: 1024 } as const;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(ClientError);
    return (error as ClientError).code;
  }
  throw new Error('expected a ClientError');
}

describe('readBoundedText: regular files', () => {
  it('reads a regular file, and a link to one', async () => {
    const path = file('plain.txt', 'hello');
    symlinkSync(path, join(dir, 'link.txt'));
    expect(await readBoundedText(path, OPTIONS)).toBe('hello');
    expect(await readBoundedText(join(dir, 'link.txt'), OPTIONS)).toBe('hello');
  });

  it('drops a leading byte-order mark, and only that', async () => {
    expect(await readBoundedText(file('bom.txt', '\uFEFFpw\uFEFF'), OPTIONS)).toBe('pw\uFEFF');
  });

  it('reads exactly maxBytes, refuses one byte more (E_INPUT_TOO_LARGE)', async () => {
    expect(await readBoundedBytes(file('exact.bin', Buffer.alloc(1024, 97)), OPTIONS)).toHaveLength(1024);
    expect(await codeOf(readBoundedBytes(file('over.bin', Buffer.alloc(1025, 97)), OPTIONS))).toBe('E_INPUT_TOO_LARGE');
  });

  it('counts bytes while reading, not stat size: /proc files say 0 bytes and are read', async () => {
    expect(await readBoundedText('/proc/self/status', { what: 'file', maxBytes: 1 << 20 })).toMatch(/^Name:/);
  });

  it('refuses bytes that are not UTF-8 (E_INPUT_ENCODING), naming the file and not its content', async () => {
    const path = file('latin1.txt', Buffer.from([0x70, 0xe4, 0x73, 0x73]));
    await expect(readBoundedText(path, OPTIONS)).rejects.toMatchObject({ code: 'E_INPUT_ENCODING', message: expect.stringContaining(path) });
  });
});

describe('readBoundedBytes: what is not a regular file is refused before a byte is read', () => {
  it.each([
    ['/dev/zero', 'E_INPUT_DEVICE'],
    ['/dev/urandom', 'E_INPUT_DEVICE'],
    ['/dev/null', 'E_INPUT_DEVICE'],
    ['/tmp', 'E_INPUT_DIRECTORY'],
  ])('%s is %s', async (path, code) => {
    expect(await codeOf(readBoundedBytes(path, OPTIONS))).toBe(code);
  });

  it('a FIFO nobody writes to is E_INPUT_PIPE at once, not a hang', async () => {
    expect(await codeOf(readBoundedBytes(fifo, OPTIONS))).toBe('E_INPUT_PIPE');
  });

  it('a Unix socket is E_INPUT_PIPE', async () => {
    expect(await codeOf(readBoundedBytes(socketPath, OPTIONS))).toBe('E_INPUT_PIPE');
  });

  it('a link to a device is refused like the device', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero-link'));
    expect(await codeOf(readBoundedBytes(join(dir, 'zero-link'), OPTIONS))).toBe('E_INPUT_DEVICE');
  });

  it('a missing file and a dangling link are E_INPUT_UNREADABLE with the errno', async () => {
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    await expect(readBoundedBytes(join(dir, 'missing'), OPTIONS)).rejects.toMatchObject({
      code: 'E_INPUT_UNREADABLE',
      message: expect.stringContaining('ENOENT'),
    });
    expect(await codeOf(readBoundedBytes(join(dir, 'dangling'), OPTIONS))).toBe('E_INPUT_UNREADABLE');
  });
});

describe('readBoundedBytes: - reads standard input', () => {
  it('reads until the end of the stream', async () => {
    const stdin = new PassThrough();
    stdin.end('from stdin\n');
    expect((await readBoundedBytes('-', { ...OPTIONS, stdin })).toString()).toBe('from stdin\n');
  });

  it('stops at the size cap while the stream is still sending', async () => {
    const stdin = new PassThrough();
    stdin.write(Buffer.alloc(1025, 97)); // never ended: the cap, not the end, decides
    expect(await codeOf(readBoundedBytes('-', { ...OPTIONS, stdin }))).toBe('E_INPUT_TOO_LARGE');
  });

  it('a stream that never ends is E_INPUT_TIMEOUT after the time limit', async () => {
    const stdin = new PassThrough();
    stdin.write('partial');
    expect(await codeOf(readBoundedBytes('-', { ...OPTIONS, stdin, timeoutMs: 50 }))).toBe('E_INPUT_TIMEOUT');
  });
});

describe('inputPathKind', () => {
  it('tells a file from a directory, and refuses the rest with their codes', async () => {
    expect(await inputPathKind(file('k.json', '{}'), 'scenario path')).toBe('file');
    expect(await inputPathKind(dir, 'scenario path')).toBe('directory');
    expect(await codeOf(inputPathKind(fifo, 'scenario path'))).toBe('E_INPUT_PIPE');
    expect(await codeOf(inputPathKind('/dev/zero', 'scenario path'))).toBe('E_INPUT_DEVICE');
    expect(await codeOf(inputPathKind(join(dir, 'missing'), 'scenario path'))).toBe('E_INPUT_UNREADABLE');
  });
});
