import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { mnemonicToSeedSync } from '@scure/bip39';
import { describe, expect, it } from 'vitest';
import { bip39Seed } from './ethereum-key.js';
import { rememberedPbkdf2, rememberedPbkdf2Size } from './pbkdf2-memo.js';

const PHRASE = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

describe('the oracle remembers its PBKDF2 results', () => {
  it('computes each input once and gives back what it computed, as a copy', () => {
    let calls = 0;
    const derive = () => {
      calls++;
      return new Uint8Array([1, 2, 3]);
    };
    const first = rememberedPbkdf2(['memo-spec', 'a', 1], derive);
    first[0] = 99; // a caller that writes into its copy does not change the memo
    expect(rememberedPbkdf2(['memo-spec', 'a', 1], derive)).toEqual(new Uint8Array([1, 2, 3]));
    expect(calls).toBe(1);
    rememberedPbkdf2(['memo-spec', 'a', 2], derive);
    rememberedPbkdf2(['memo-spec', 'a1', ''], derive); // not the same input as ('a', 1) once joined
    expect(calls).toBe(3);
  });

  it('holds a bounded number, dropping the least recently used', () => {
    let calls = 0;
    const derive = () => new Uint8Array([calls++]);
    rememberedPbkdf2(['memo-bound', 0], derive);
    for (let i = 1; i <= 600; i++) rememberedPbkdf2(['memo-bound', i], derive);
    expect(rememberedPbkdf2Size()).toBeLessThanOrEqual(512);
    const before = calls;
    rememberedPbkdf2(['memo-bound', 0], derive); // dropped long ago: computed again
    rememberedPbkdf2(['memo-bound', 600], derive); // the latest: still held
    expect(calls).toBe(before + 1);
  });

  it('a remembered BIP39 seed is the BIP39 seed, at 2048 and at 210000 rounds (util-crypto 13.5.6)', () => {
    // BIP39's seed as @scure/bip39 computes it (no passphrase), and a 210000-round PBKDF2 computed here.
    const bip39 = bytesToHex(mnemonicToSeedSync(PHRASE));
    expect(bytesToHex(bip39Seed(PHRASE, 2048))).toBe(bip39);
    expect(bytesToHex(bip39Seed(PHRASE, 2048))).toBe(bip39);
    const slow = bytesToHex(pbkdf2(sha512, new TextEncoder().encode(PHRASE), new TextEncoder().encode('mnemonic'), { c: 210000, dkLen: 64 }));
    expect(bytesToHex(bip39Seed(PHRASE, 210000))).toBe(slow);
    expect(bytesToHex(bip39Seed(PHRASE, 210000))).toBe(slow);
  });
});
