import { cryptoWaitReady, scryptEncode } from '@polkadot/util-crypto';
import * as wasmCrypto from '@polkadot/wasm-crypto';
import { describe, expect, it } from 'vitest';
import { countScrypt, scryptCensus } from './scrypt-census.js';

describe('countScrypt', () => {
  it('counts every scrypt the wasm runs and leaves its result unchanged', async () => {
    await cryptoWaitReady();
    const params = { N: 2 ** 10, p: 1, r: 8 };
    const salt = new Uint8Array(32).fill(7);
    const before = scryptEncode('pw', salt, params).password;
    countScrypt(wasmCrypto);
    const start = scryptCensus().count;
    const after = scryptEncode('pw', salt, params).password;
    scryptEncode('other', salt, params);
    expect(scryptCensus().count - start).toBe(2);
    expect(Buffer.from(after).equals(Buffer.from(before))).toBe(true);
  });
});
