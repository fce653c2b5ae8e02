import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientError } from '../client-error.js';
import { WorkerChannel, type WorkerChannelOptions } from './worker-channel.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const ECHO = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const FAILING_SETUP = new URL('./fixtures/failing-setup-worker.mjs', import.meta.url);
const REVERSE_ORDER = new URL('./fixtures/reverse-order-worker.mjs', import.meta.url);

const open: WorkerChannel[] = [];
function channel(options: Partial<WorkerChannelOptions> = {}): WorkerChannel {
  const c = new WorkerChannel({ entry: ECHO, ...options });
  open.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
  vi.restoreAllMocks();
});

/** The rejection of a call, as a ClientError (fails the test when the call resolves). */
async function rejection(call: Promise<unknown>): Promise<ClientError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClientError);
  return error as ClientError;
}

describe('WorkerChannel', () => {
  it('round-trips plain data', async () => {
    const c = channel();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect(await c.call('echo', value)).toEqual(value);
      }),
      { seed: SEED, numRuns: 100 },
    );
    const bytes = new Uint8Array([0, 1, 254, 255]);
    expect(await c.call('echo', bytes)).toEqual(bytes);
    expect(await c.call('echo', 2n ** 70n)).toBe(2n ** 70n);
    expect(await c.call('echo', undefined)).toBeUndefined();
    expect(await c.call('add', 2, 3)).toBe(5);
  });

  it('serves one call at a time: answers settle in the order of the calls, a slow call holding back the next', async () => {
    // serveInWorker queues calls (a client keeps state; its scrypt work is serial): 'b' is only
    // started once the slow 'a' has answered, so it cannot settle first.
    const c = channel();
    const settled: string[] = [];
    const calls = ['a', 'b', 'c'].map((value, i) =>
      c.call<string>(i === 1 ? 'echo' : 'slowEcho', value).then((result) => {
        settled.push(result);
        return result;
      }),
    );
    expect(await Promise.all(calls)).toEqual(['a', 'b', 'c']);
    expect(settled).toEqual(['a', 'b', 'c']);
  });

  it('gives each call its own answer, matched by id, when a worker answers out of order', async () => {
    const c = channel({ entry: REVERSE_ORDER });
    const settled: string[] = [];
    const calls = ['first', 'second', 'third'].map((value) =>
      c.call<string>('echo', value).then((result) => {
        settled.push(result);
        return result;
      }),
    );
    expect(await Promise.all(calls)).toEqual(['first', 'second', 'third']);
    // The worker really did answer last first (else this test would not show the matching).
    expect(settled).toEqual(['third', 'second', 'first']);
  });

  it('hands workerData and env to the worker', async () => {
    const c = channel({ workerData: { profile: 'x@1' }, env: { INTEROP_TEST_VAR: 'from the runner' } });
    expect(await c.call('workerData')).toEqual({ profile: 'x@1' });
    expect(await c.call('env', 'INTEROP_TEST_VAR')).toBe('from the runner');
  });

  it('delivers a ClientError thrown in the worker with its code and the client text', async () => {
    const c = channel();
    const error = await rejection(c.call('refuse'));
    expect(error.code).toBe('E_PASSWORD_WRONG');
    expect(error.message).toBe('Unable to decode using the supplied passphrase');
    expect(c.alive).toBe(true);
    expect(await c.call('echo', 1)).toBe(1);
  });

  it('turns any other error into E_INTERNAL with its message and no stack', async () => {
    const c = channel();
    const error = await rejection(c.call('fail'));
    expect(error.code).toBe('E_INTERNAL');
    expect(error.message).toBe('boom in the client');
    expect(error.message).not.toMatch(/\n\s+at |echo-worker|\.mjs/);
    const bare = await rejection(c.call('throwString'));
    expect(bare).toMatchObject({ code: 'E_INTERNAL', message: 'a bare string' });
  });

  it('answers an unknown method with E_INTERNAL, and keeps serving', async () => {
    const c = channel();
    expect(await rejection(c.call('noSuchMethod'))).toMatchObject({ code: 'E_INTERNAL', message: 'unknown method noSuchMethod' });
    expect(await c.call('echo', 'still here')).toBe('still here');
  });

  it('passes a failed client set-up to every call', async () => {
    const c = channel({ entry: FAILING_SETUP });
    expect(await rejection(c.call('anything'))).toMatchObject({ code: 'E_UNSUPPORTED', message: 'this profile cannot start here' });
  });

  it('rejects the pending call with E_WORKER_CRASHED when the worker throws uncaught', async () => {
    const c = channel();
    const error = await rejection(c.call('crash'));
    expect(error.code).toBe('E_WORKER_CRASHED');
    expect(error.message).toContain('uncaught in the client');
    expect(c.alive).toBe(false);
    expect((await rejection(c.call('echo', 1))).code).toBe('E_WORKER_CRASHED');
  });

  it('rejects every pending call with E_WORKER_CRASHED when the worker exits', async () => {
    const c = channel();
    const pending = [c.call('exit', 7), c.call('echo', 'queued behind the exit')];
    const errors = await Promise.all(pending.map(rejection));
    expect(errors.map((e) => e.code)).toEqual(['E_WORKER_CRASHED', 'E_WORKER_CRASHED']);
    expect(errors[0]?.message).toContain('code 7');
    expect(c.alive).toBe(false);
  });

  it('times a hanging call out with E_TIMEOUT, then reports the channel dead', async () => {
    const c = channel({ timeoutMs: 300 });
    const error = await rejection(c.call('hang'));
    expect(error.code).toBe('E_TIMEOUT');
    expect(error.message).toContain('hang');
    expect(c.alive).toBe(false);
    expect((await rejection(c.call('echo', 1))).code).toBe('E_WORKER_CRASHED');
  });

  it('refuses calls after close()', async () => {
    const c = channel();
    expect(await c.call('echo', 1)).toBe(1);
    await c.close();
    expect(c.alive).toBe(false);
    expect(await rejection(c.call('echo', 1))).toMatchObject({ code: 'E_WORKER_CRASHED', message: 'client was disposed' });
  });

  it("captures the worker's console output in logs and prints none of it", async () => {
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const c = channel();
    const marker = 'marker-7f3a';
    expect(await c.call('log', marker)).toBe('logged');
    // Worker stdio is streamed and may arrive after the answer; once the worker has exited, Node
    // has delivered all of it (lib/internal/worker.js [kOnExit] drains the stdio port before
    // emitting 'exit', and close() waits for that exit).
    await c.close();
    expect(c.logs.join('')).toContain(`stdout ${marker}`);
    expect(c.logs.join('')).toContain(`stderr ${marker}`);
    const printed = [...stdout.mock.calls, ...stderr.mock.calls].map((args) => String(args[0]));
    expect(printed.some((text) => text.includes(marker))).toBe(false);
  });
});
