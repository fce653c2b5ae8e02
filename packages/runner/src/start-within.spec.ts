import type { Client } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { startWithin } from './start-within.js';

/** A start the test finishes by hand, and a client that records its dispose. */
function pendingStart() {
  let finish: (client: Client) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const started = new Promise<Client>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  let disposed: () => void = () => undefined;
  const disposedPromise = new Promise<void>((resolve) => {
    disposed = resolve;
  });
  const client = { dispose: async () => disposed() } as unknown as Client;
  return { factory: { start: () => started }, finish: () => finish(client), fail, client, disposed: disposedPromise };
}

describe('startWithin', () => {
  it('gives the instance when it starts before the deadline, and does not dispose it', async () => {
    const start = pendingStart();
    let disposedEarly = false;
    void start.disposed.then(() => {
      disposedEarly = true;
    });
    const starting = startWithin(start.factory, 600_000, 'starting fake');
    start.finish();
    await expect(starting).resolves.toBe(start.client);
    expect(disposedEarly).toBe(false);
  });

  it('rejects with E_TIMEOUT at the deadline, and disposes the instance that arrives later (issue 16, item 2)', async () => {
    const start = pendingStart();
    const starting = startWithin(start.factory, 1, 'starting fake');
    await expect(starting).rejects.toMatchObject({ code: 'E_TIMEOUT', message: 'starting fake did not finish within 1 ms' });
    // Only now, after the deadline was reported, does the instance arrive: it must be disposed, not leaked.
    start.finish();
    await start.disposed;
  });

  it('passes a start failure on unchanged', async () => {
    const start = pendingStart();
    const starting = startWithin(start.factory, 600_000, 'starting fake');
    start.fail(new Error('profile missing'));
    await expect(starting).rejects.toThrow('profile missing');
  });

  it('a start that fails after the deadline is not an unhandled rejection', async () => {
    const start = pendingStart();
    await expect(startWithin(start.factory, 1, 'starting fake')).rejects.toMatchObject({ code: 'E_TIMEOUT' });
    start.fail(new Error('late failure'));
    // Vitest fails the file on an unhandled rejection; reaching the end is the assertion.
    await new Promise((resolve) => setImmediate(resolve));
  });
});
