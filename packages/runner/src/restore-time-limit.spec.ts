import type { KeystoreJson } from '@interop/core';
import { describe, expect, it } from 'vitest';
import { RESTORE_BASE_LIMIT_MS, restoreTimeLimitMs, scryptUnitsOf } from './restore-time-limit.js';

/** A keystore whose encoded body declares these scrypt parameters (salt 32 | N | p | r, u32 LE, then nonce and box). */
function keystore(N: number, p: number, r: number): KeystoreJson {
  const body = Buffer.alloc(32 + 12 + 24 + 16);
  body.writeUInt32LE(N, 32);
  body.writeUInt32LE(p, 36);
  body.writeUInt32LE(r, 40);
  return {
    encoded: body.toString('base64'),
    encoding: { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
    address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    meta: {},
  };
}

describe('restoreTimeLimitMs', () => {
  it('a keystore at util-crypto 13.5.3+ parameters (N=2^17, r=8, p=1) is two units: its decrypt and the re-encrypt', () => {
    const artifact = { kind: 'json-keystore', json: keystore(2 ** 17, 1, 8) } as const;
    expect(scryptUnitsOf(artifact)).toBe(2);
    expect(restoreTimeLimitMs(artifact)).toBe(120_000 + 2 * 10_000);
  });

  it('an older N=2^15 keystore decrypts in a quarter of a unit', () => {
    expect(scryptUnitsOf({ kind: 'json-keystore', json: keystore(2 ** 15, 1, 8) })).toBe(1.25);
  });

  it('grows with the accounts of an export-all: 1,000 accounts get 1,000 times the scrypt time', () => {
    const one = { kind: 'export-all', json: [keystore(2 ** 17, 1, 8)] } as const;
    const thousand = { kind: 'export-all', json: Array.from({ length: 1000 }, () => keystore(2 ** 17, 1, 8)) } as const;
    expect(restoreTimeLimitMs(thousand) - RESTORE_BASE_LIMIT_MS).toBe(1000 * (restoreTimeLimitMs(one) - RESTORE_BASE_LIMIT_MS));
    expect(restoreTimeLimitMs(thousand)).toBe(120_000 + 2000 * 10_000);
  });

  it('parameters beyond every client ceiling add no scrypt time (they are refused before any work)', () => {
    expect(scryptUnitsOf({ kind: 'json-keystore', json: keystore(2 ** 22, 1, 8) })).toBe(1);
  });

  it('a body too short for a header, and an unencrypted keystore, count only the re-encrypt', () => {
    const short = { ...keystore(2 ** 17, 1, 8), encoded: 'AAAA' };
    const plain = { ...keystore(2 ** 17, 1, 8), encoding: { content: ['pkcs8', 'sr25519'], type: ['none'], version: '3' } };
    expect(scryptUnitsOf({ kind: 'json-keystore', json: short })).toBe(1);
    expect(scryptUnitsOf({ kind: 'json-keystore', json: plain })).toBe(1);
  });

  it('a phrase import is one unit (the new account is encrypted once)', () => {
    expect(restoreTimeLimitMs({ kind: 'phrase', phrase: 'bottom drive obey lake curtain smoke basket hold race lonely fit walk' })).toBe(130_000);
  });
});
