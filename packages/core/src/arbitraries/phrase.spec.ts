import { mnemonicToEntropy, mnemonicValidate } from '@polkadot/util-crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseArb, seedArb, WORD_COUNTS } from './phrase.js';

const SEED = Number(process.env.INTEROP_SEED ?? 42);

describe('phraseArb', () => {
  for (const words of WORD_COUNTS) {
    it(`gives valid English BIP39 phrases of exactly ${words} words`, () => {
      fc.assert(
        fc.property(phraseArb(words), (phrase) => {
          expect(phrase.split(' ')).toHaveLength(words);
          // util-crypto checks the word list and the checksum bits, independently of how the phrase was made.
          expect(mnemonicValidate(phrase)).toBe(true);
          // 12 words carry 128 bits of entropy, each 3 more words 32 bits more (BIP39 table).
          expect(mnemonicToEntropy(phrase)).toHaveLength((words / 3) * 4);
        }),
        { seed: SEED, numRuns: 50 },
      );
    });
  }

  it('gives every word count when none is asked for', () => {
    const counts = new Set(fc.sample(phraseArb(), { seed: SEED, numRuns: 200 }).map((p) => p.split(' ').length));
    expect([...counts].sort((a, b) => a - b)).toEqual([...WORD_COUNTS]);
  });

  it('does not repeat itself (the entropy is random, not a fixed list)', () => {
    const phrases = fc.sample(phraseArb(12), { seed: SEED, numRuns: 100 });
    expect(new Set(phrases).size).toBeGreaterThan(95);
  });
});

describe('seedArb', () => {
  it('gives 0x-prefixed lower-case 32-byte hex', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        expect(seed).toMatch(/^0x[0-9a-f]{64}$/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
