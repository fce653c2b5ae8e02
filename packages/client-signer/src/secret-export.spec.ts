import { DEV_PHRASE } from '@interop/core';
import { phraseArb, substratePathArb } from '@interop/core/arbitraries';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, ed25519PairFromSeed, mnemonicToMiniSecret, secp256k1PairFromSeed, sr25519PairFromSeed } from '@polkadot/util-crypto';
import { getPublicKey } from '@scure/sr25519';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseVaultPath } from './path-rules.js';
import { vaultExportedSecret } from './secret-export.js';
import { vaultPair } from './vault-pair.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

/** schnorrkel canonical scalar + nonce back to the cofactor-multiplied form @scure/sr25519 reads. */
function scureSecret(schnorrkel: Uint8Array): Uint8Array {
  let scalar = 0n;
  for (let i = 31; i >= 0; i--) scalar = (scalar << 8n) | BigInt(schnorrkel[i]!);
  scalar <<= 3n;
  const out = new Uint8Array(64);
  for (let i = 0; i < 32; i++) {
    out[i] = Number(scalar & 0xffn);
    scalar >>= 8n;
  }
  out.set(schnorrkel.subarray(32), 32);
  return out;
}

beforeAll(async () => {
  await cryptoWaitReady();
});

describe('Secret QR secret bytes (rust/db_handling/src/identities.rs prepare_secret_key_for_export)', () => {
  it('is the mini-secret for the root and //Alice (subkey "Secret seed" 0xe5be9a…, Vault test_export_secret_key)', () => {
    expect(u8aToHex(vaultExportedSecret(DEV_PHRASE, parseVaultPath(''), 'sr25519'))).toBe(u8aToHex(mnemonicToMiniSecret(DEV_PHRASE)));
    expect(u8aToHex(vaultExportedSecret(DEV_PHRASE, parseVaultPath('//Alice'), 'sr25519'))).toBe(
      '0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a',
    );
  });

  it('is a 32-byte seed of the same key for hard-only sr25519 paths, and 64 bytes below any soft junction (parity-signer#2530, #2533)', () => {
    fc.assert(
      fc.property(phraseArb(12), substratePathArb('sr25519'), (phrase, path) => {
        const parsed = parseVaultPath(path);
        const publicKey = vaultPair(phrase, parsed, 'sr25519').publicKey;
        const secret = vaultExportedSecret(phrase, parsed, 'sr25519');
        if (/(^|[^/])\/[^/]/.test(parsed.path)) {
          expect(secret.length).toBe(64);
          expect(getPublicKey(scureSecret(secret))).toEqual(publicKey);
        } else {
          expect(secret.length).toBe(32);
          expect(sr25519PairFromSeed(secret).publicKey).toEqual(publicKey);
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('is the 32-byte derived seed for ed25519 and ecdsa', () => {
    fc.assert(
      fc.property(phraseArb(12), substratePathArb('ed25519'), (phrase, path) => {
        const parsed = parseVaultPath(path);
        expect(ed25519PairFromSeed(vaultExportedSecret(phrase, parsed, 'ed25519')).publicKey).toEqual(vaultPair(phrase, parsed, 'ed25519').publicKey);
        expect(secp256k1PairFromSeed(vaultExportedSecret(phrase, parsed, 'ecdsa')).publicKey).toEqual(vaultPair(phrase, parsed, 'ecdsa').publicKey);
        expect(vaultExportedSecret(phrase, parsed, 'ethereum')).toEqual(vaultExportedSecret(phrase, parsed, 'ecdsa'));
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
