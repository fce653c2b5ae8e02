import * as nodeCrypto from 'node:crypto';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady, scryptEncode, scryptFromU8a } from '@polkadot/util-crypto';
import { ALLOWED_PARAMS, DEFAULT_PARAMS } from '@polkadot/util-crypto/scrypt/defaults';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeystoreJson } from './keystore-json.js';
import { DEV_PHRASE } from './known-answers.js';
import { readScryptHeader, type ScryptHeader, withinScryptCeiling } from './scrypt-header.js';

// Every scrypt entry point core could reach is a spy: a hostile header must be refused before any of them runs.
vi.mock('@polkadot/util-crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@polkadot/util-crypto')>();
  return { ...actual, scryptEncode: vi.fn(actual.scryptEncode) };
});
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, scrypt: vi.fn(actual.scrypt), scryptSync: vi.fn(actual.scryptSync) };
});

const SEED = Number(process.env.INTEROP_SEED ?? 42);
const ENCODING = { content: ['pkcs8', 'sr25519'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' };

/** A keystore body with the given header: salt(32) | N | p | r (u32 LE) | nonce(24) | a few bytes. */
function bodyWith(N: number, p: number, r: number): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt32LE(N, 0);
  header.writeUInt32LE(p, 4);
  header.writeUInt32LE(r, 8);
  return Buffer.concat([Buffer.alloc(32, 7), header, Buffer.alloc(24, 1), Buffer.alloc(16, 2)]);
}

function keystoreWith(N: number, p: number, r: number): Pick<KeystoreJson, 'encoded' | 'encoding'> {
  return { encoded: bodyWith(N, p, r).toString('base64'), encoding: ENCODING };
}

function scryptCalls(): number {
  return vi.mocked(scryptEncode).mock.calls.length + vi.mocked(nodeCrypto.scrypt).mock.calls.length + vi.mocked(nodeCrypto.scryptSync).mock.calls.length;
}

let real: KeystoreJson;

beforeAll(async () => {
  await cryptoWaitReady();
  // The client library writes the file (one scrypt at its default cost, ~1 s).
  real = new Keyring({ type: 'sr25519' }).createFromUri(`${DEV_PHRASE}//Alice`).toJson('correct horse') as unknown as KeystoreJson;
});

beforeEach(() => {
  vi.clearAllMocks();
});

describe('readScryptHeader', () => {
  it('reads N/p/r from a real @polkadot/keyring 14.0.3 keystore: the library default N=2^17, p=1, r=8', () => {
    expect(readScryptHeader(real)).toEqual({ N: 2 ** 17, p: 1, r: 8 });
    expect(readScryptHeader(real)).toEqual(DEFAULT_PARAMS);
  });

  it('agrees with util-crypto scryptFromU8a on the real file', () => {
    const { params } = scryptFromU8a(new Uint8Array(Buffer.from(real.encoded, 'base64')));
    expect(readScryptHeader(real)).toEqual(params);
  });

  it('reads a hex-encoded body the same as base64 (keyring createFromJson accepts both)', () => {
    const hex = `0x${Buffer.from(real.encoded, 'base64').toString('hex')}`;
    expect(readScryptHeader({ ...real, encoded: hex })).toEqual(readScryptHeader(real));
  });

  it('reads u32 values above 2^31 unsigned', () => {
    expect(readScryptHeader(keystoreWith(0xffffffff, 0x80000000, 0x12345678))).toEqual({ N: 0xffffffff, p: 0x80000000, r: 0x12345678 });
  });

  it('gives undefined for a keystore that is not scrypt-encrypted', () => {
    const plain = new Keyring({ type: 'sr25519' }).createFromUri(`${DEV_PHRASE}//Bob`).toJson() as unknown as KeystoreJson;
    expect(plain.encoding.type).toEqual(['none']);
    expect(readScryptHeader(plain)).toBeUndefined();
    // Version 2 files carry the type as a bare string (keyring index.spec.ts 'version 2 JSON').
    expect(readScryptHeader({ encoded: '0x00', encoding: { content: ['pkcs8', 'sr25519'], type: 'xsalsa20-poly1305', version: '2' } })).toBeUndefined();
  });

  it('refuses a body shorter than the header with E_ENCODING', () => {
    expect(() => readScryptHeader({ encoded: Buffer.alloc(43).toString('base64'), encoding: ENCODING })).toThrow(
      expect.objectContaining({ code: 'E_ENCODING' }),
    );
  });
});

describe("withinScryptCeiling: util-crypto's own safe limits", () => {
  it('(the spies do see scrypt work when there is some)', () => {
    scryptEncode('pw', new Uint8Array(32), { N: 2 ** 10, p: 1, r: 8 });
    nodeCrypto.scryptSync('pw', 'salt', 32, { N: 2 ** 10 });
    expect(scryptCalls()).toBe(2);
  });

  it('holds every preset util-crypto itself accepts, and the old N=2^15 default', () => {
    const accepted = ALLOWED_PARAMS.filter(({ N, p, r }) => {
      try {
        scryptFromU8a(new Uint8Array(bodyWith(N, p, r)));
        return true;
      } catch {
        return false;
      }
    });
    expect(accepted.length).toBeGreaterThan(0);
    for (const preset of [...accepted, { N: 2 ** 15, p: 1, r: 8 }]) expect(withinScryptCeiling(preset)).toBe(true);
  });

  it.each([
    ['N = 2^31 (8 TiB of memory)', 2 ** 31, 1, 8],
    ['N = 2^32 - 1', 0xffffffff, 1, 8],
    ['N = 2^21', 2 ** 21, 1, 8],
    ['p = 5', 2 ** 15, 5, 8],
    ['p = 2^32 - 1', 2 ** 15, 0xffffffff, 8],
    ['r = 17', 2 ** 15, 1, 17],
    ['r = 2^31', 2 ** 15, 1, 2 ** 31],
  ])('is false for %s', (_label, N, p, r) => {
    expect(withinScryptCeiling({ N, p, r })).toBe(false);
  });

  it('is false exactly where util-crypto refuses "Scrypt parameters exceed safe limits", without running scrypt', () => {
    const u32 = fc.oneof(
      fc.nat({ max: 0xffffffff }),
      fc.integer({ min: 0, max: 31 }).map((k) => 2 ** k),
      fc.constantFrom(0, 1, 4, 5, 8, 16, 17, 2 ** 20, 2 ** 20 + 1),
    );
    fc.assert(
      fc.property(u32, u32, u32, (N, p, r) => {
        const header: ScryptHeader | undefined = readScryptHeader(keystoreWith(N, p, r));
        expect(header).toEqual({ N, p, r });
        let unsafe = false;
        try {
          scryptFromU8a(new Uint8Array(bodyWith(N, p, r)));
        } catch (e) {
          unsafe = /safe limits/.test((e as Error).message);
        }
        expect(withinScryptCeiling({ N, p, r })).toBe(!unsafe);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(scryptCalls()).toBe(0);
  });
});
