import { afterEach, describe, expect, it } from 'vitest';
import { withScryptMemo } from './scrypt-memo-scope.js';
import { implementationTag, SharedScryptMemo } from './shared-scrypt-memo.js';
import { WorkerChannel } from './worker-channel.js';

const WORKER = new URL('./fixtures/scrypt-worker.mjs', import.meta.url);
const input = (password: number, implementation = 'lib@1') => ({
  implementation,
  password: new Uint8Array([password]),
  salt: new Uint8Array([0]),
  N: 16,
  r: 1,
  p: 1,
  dkLen: 4,
});

describe('SharedScryptMemo (one table)', () => {
  it('a full table computes and keeps nothing more, and still serves what it holds', () => {
    const memo = new SharedScryptMemo(undefined, 2);
    expect(memo.scrypt(input(1), () => new Uint8Array([1])).served).toBe(false);
    expect(memo.scrypt(input(2), () => new Uint8Array([2])).served).toBe(false);
    expect(memo.scrypt(input(3), () => new Uint8Array([3]))).toEqual({ value: new Uint8Array([3]), served: false });
    expect(memo.scrypt(input(3), () => new Uint8Array([4]))).toEqual({ value: new Uint8Array([4]), served: false });
    expect(memo.scrypt(input(1), () => new Uint8Array([9]))).toEqual({ value: new Uint8Array([1]), served: true });
    expect(memo.size).toBe(2);
  });

  it('an evaluation that throws keeps nothing; the next realm with that input computes it', () => {
    const memo = new SharedScryptMemo(undefined, 4);
    expect(() =>
      memo.scrypt(input(1), () => {
        throw new Error('wasm trapped');
      }),
    ).toThrow('wasm trapped');
    expect(memo.scrypt(input(1), () => new Uint8Array([5]))).toEqual({ value: new Uint8Array([5]), served: false });
    expect(memo.scrypt(input(1), () => new Uint8Array([6]))).toEqual({ value: new Uint8Array([5]), served: true });
  });

  it('outputs longer than a slot are computed every time', () => {
    const memo = new SharedScryptMemo(undefined, 4);
    const long = new Uint8Array(65).fill(1);
    expect(memo.scrypt(input(1), () => long).served).toBe(false);
    expect(memo.scrypt(input(1), () => long).served).toBe(false);
    expect(memo.size).toBe(0);
  });

  it('a second view of the same memory (another thread) sees the entries, and lists them by implementation', () => {
    const memo = new SharedScryptMemo(undefined, 8);
    memo.scrypt(input(1, 'a@1'), () => new Uint8Array([1]));
    memo.scrypt(input(2, 'b@1'), () => new Uint8Array([2]));
    const other = new SharedScryptMemo(memo.buffer);
    expect(other.capacity).toBe(8);
    expect(other.scrypt(input(1, 'a@1'), () => new Uint8Array([7]))).toEqual({ value: new Uint8Array([1]), served: true });
    expect(other.entries(implementationTag('a@1')).map((e) => [...e.value])).toEqual([[1]]);
    expect(other.entries(implementationTag('b@1')).map((e) => [...e.value])).toEqual([[2]]);
  });

  it('insert keeps a value computed elsewhere and never replaces one', () => {
    const memo = new SharedScryptMemo(undefined, 8);
    const key = new Uint8Array(32).fill(3);
    memo.insert(key, 1, new Uint8Array([1]));
    memo.insert(key, 1, new Uint8Array([2]));
    expect(memo.entries(1).map((e) => [...e.value])).toEqual([[1]]);
  });
});

describe('SharedScryptMemo across worker threads', () => {
  const open: WorkerChannel[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close()));
  });
  const realm = () => {
    const c = new WorkerChannel({ entry: WORKER });
    open.push(c);
    return c;
  };
  const census = (c: WorkerChannel) => c.call<{ count: number; served: number }>('census');

  it('realms of one run compute an input once: the second realm is served the same bytes', async () => {
    const memo = new SharedScryptMemo();
    const [a, b] = await withScryptMemo(memo, async () => [realm(), realm()]);
    const first = await a?.call<string>('scrypt', 'password', '00'.repeat(32), 12);
    const second = await b?.call<string>('scrypt', 'password', '00'.repeat(32), 12);
    expect(second).toBe(first);
    expect(await census(a as WorkerChannel)).toMatchObject({ count: 1, served: 0 });
    expect(await census(b as WorkerChannel)).toMatchObject({ count: 0, served: 1 });
  });

  it('two realms asking at once: one computes, the other waits and is served', async () => {
    const memo = new SharedScryptMemo();
    const [a, b] = await withScryptMemo(memo, async () => [realm(), realm()]);
    const both = await Promise.all([a, b].map((c) => c?.call<string>('scrypt', 'at once', '11'.repeat(32), 14)));
    expect(both[0]).toBe(both[1]);
    const counts = await Promise.all([a, b].map((c) => census(c as WorkerChannel)));
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(1);
    expect(counts.reduce((n, c) => n + c.served, 0)).toBe(1);
  });

  it('a channel started outside a run shares nothing: each realm computes', async () => {
    const a = realm();
    const b = realm();
    await a.call('scrypt', 'alone', '22'.repeat(32), 10);
    await b.call('scrypt', 'alone', '22'.repeat(32), 10);
    expect(await census(b)).toMatchObject({ count: 1, served: 0 });
  });
});
