import { describe, expect, it } from 'vitest';
import { identify } from './identify.js';

const SEED = '0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a';
const POLKADOT = '91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3';

describe('identify: a Secret QR', () => {
  it.each([
    ["Vault's own layout (genesis without 0x)", `secret:${SEED}:${POLKADOT}`],
    ['a 0x genesis and a name, as the polkadot-js scanners take it', `secret:${SEED}:0x${POLKADOT}:Alice`],
  ])('%s: a 32-byte seed for polkadot', (_label, payload) => {
    expect(identify({ kind: 'secret-qr', payload }).summary).toBe('a Vault Secret QR of 32 bytes (a seed) for polkadot');
  });

  it('another layout is said to be one, never "0 bytes"', () => {
    expect(identify({ kind: 'secret-qr', payload: 'secret:not hex' }).summary).toBe(
      "a Secret QR payload in another layout than Vault's secret:0x<hex>:<genesis>",
    );
  });
});
