import { cryptoWaitReady, scryptEncode } from '@polkadot/util-crypto';
import * as wasmCrypto from '@polkadot/wasm-crypto';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countScrypt, memoisedScrypt, scryptCensus, useRealmScryptMemo } from './scrypt-census.js';
import { SharedScryptMemo } from './shared-scrypt-memo.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const N = { N: 2 ** 10, p: 1, r: 8 };

/** util-crypto's scrypt of this realm (wasm), hex. */
function scrypt(password: Uint8Array | string, salt: Uint8Array, params = N): string {
  return Buffer.from(scryptEncode(password, salt, params).password).toString('hex');
}

beforeAll(async () => {
  await cryptoWaitReady();
  countScrypt(wasmCrypto);
});
afterEach(() => useRealmScryptMemo(undefined));

describe('countScrypt', () => {
  it('counts every scrypt the wasm runs and leaves its result unchanged', () => {
    const salt = new Uint8Array(32).fill(7);
    const start = scryptCensus();
    const first = scrypt('pw', salt);
    scrypt('other', salt);
    expect(scryptCensus().count - start.count).toBe(2);
    expect(scryptCensus().served - start.served).toBe(0);
    // @noble/hashes, an independent implementation, gives the same key (64 bytes, as wasm-crypto writes).
    expect(Buffer.from(scryptEncode('pw', salt, N, true).password).toString('hex')).toBe(first);
  });
});

describe('the run memo inside a realm (wasm ext_scrypt)', () => {
  it('serves an evaluation it has seen, exactly: the same bytes the wasm computes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ minLength: 0, maxLength: 40 }),
        fc.integer({ min: 1, max: 10 }),
        (password, salt, log2n) => {
          const params = { N: 2 ** log2n, r: 8, p: 1 };
          const plain = scrypt(password, salt, params);
          useRealmScryptMemo(new SharedScryptMemo(undefined, 64));
          const before = scryptCensus();
          const computed = scrypt(password, salt, params);
          const served = scrypt(password, salt, params);
          useRealmScryptMemo(undefined);
          expect([computed, served]).toEqual([plain, plain]);
          expect(scryptCensus().count - before.count).toBe(1);
          expect(scryptCensus().served - before.served).toBe(1);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('is keyed by every input: a change of password, salt, N, r or p is computed, and gives its own value', () => {
    const salt = new Uint8Array(32).fill(1);
    const variants: Readonly<Record<string, () => string>> = {
      password: () => scrypt('pW', salt),
      salt: () => scrypt('pw', new Uint8Array(32).fill(2)),
      N: () => scrypt('pw', salt, { ...N, N: 2 ** 11 }),
      r: () => scrypt('pw', salt, { ...N, r: 4 }),
      p: () => scrypt('pw', salt, { ...N, p: 2 }),
    };
    for (const [what, run] of Object.entries(variants)) {
      const expected = run(); // no memo joined: the wasm computes it
      useRealmScryptMemo(new SharedScryptMemo(undefined, 64));
      scrypt('pw', salt);
      const before = scryptCensus();
      const value = run();
      const counts = [scryptCensus().count - before.count, scryptCensus().served - before.served];
      useRealmScryptMemo(undefined);
      expect({ what, counts, value }).toEqual({ what, counts: [1, 0], value: expected });
    }
  });

  it('is keyed by the implementation: another version of the same library computes its own', () => {
    const memo = new SharedScryptMemo(undefined, 64);
    const password = new Uint8Array([1, 2, 3]);
    const salt = new Uint8Array([4, 5, 6]);
    const input = (implementation: string) => ({ implementation, password, salt, N: 1024, r: 8, p: 1, dkLen: 32 });
    expect(memo.scrypt(input('lib@1.0.0'), () => new Uint8Array([1])).served).toBe(false);
    expect(memo.scrypt(input('lib@1.0.0'), () => new Uint8Array([2]))).toEqual({ value: new Uint8Array([1]), served: true });
    expect(memo.scrypt(input('lib@1.0.1'), () => new Uint8Array([3]))).toEqual({ value: new Uint8Array([3]), served: false });
  });

  it('serves from wasm memory the bridge frees as its own: memory does not grow over many served calls', () => {
    useRealmScryptMemo(new SharedScryptMemo(undefined, 64));
    const salt = new Uint8Array(32).fill(9);
    const expected = scrypt('grow?', salt);
    for (let i = 0; i < 50; i++) scrypt('grow?', salt);
    const memory = () => (wasmCrypto.bridge.wasm as unknown as { memory: WebAssembly.Memory }).memory.buffer.byteLength;
    const size = memory();
    for (let i = 0; i < 2_000; i++) expect(scrypt('grow?', salt)).toBe(expected);
    expect(memory()).toBe(size);
    // And the heap is intact: an evaluation the memo has never seen still computes right.
    useRealmScryptMemo(undefined);
    const fresh = scrypt('after', salt);
    expect(Buffer.from(scryptEncode('after', salt, N, true).password).toString('hex')).toBe(fresh);
  });
});

describe('memoisedScrypt (a JavaScript implementation)', () => {
  it('computes once per input while a memo is joined, every time without one', () => {
    const input = { implementation: 'js@1', password: new Uint8Array([7]), salt: new Uint8Array([8]), N: 16, r: 1, p: 1, dkLen: 2 };
    let computed = 0;
    const compute = () => {
      computed++;
      return new Uint8Array([42, 43]);
    };
    memoisedScrypt(input, compute);
    memoisedScrypt(input, compute);
    expect(computed).toBe(2);
    useRealmScryptMemo(new SharedScryptMemo(undefined, 8));
    expect([memoisedScrypt(input, compute), memoisedScrypt(input, compute)]).toEqual([new Uint8Array([42, 43]), new Uint8Array([42, 43])]);
    expect(computed).toBe(3);
  });
});
