import { entropyToMnemonic } from '@polkadot/util-crypto/mnemonic/bip39';
import fc from 'fast-check';

/** BIP39 word counts and their entropy sizes in bytes (12 words = 128 bits ... 24 = 256). */
export const WORD_COUNTS = [12, 15, 18, 21, 24] as const;
export type WordCount = (typeof WORD_COUNTS)[number];
const ENTROPY_BYTES: Readonly<Record<WordCount, number>> = { 12: 16, 15: 20, 18: 24, 21: 28, 24: 32 };

/** A valid English BIP39 phrase of the given word count, from random entropy (checksum correct). */
export function phraseArb(words?: WordCount): fc.Arbitrary<string> {
  const count = words === undefined ? fc.constantFrom(...WORD_COUNTS) : fc.constant(words);
  return count.chain((n) => fc.uint8Array({ minLength: ENTROPY_BYTES[n], maxLength: ENTROPY_BYTES[n] }).map((entropy) => entropyToMnemonic(entropy)));
}

/** A 32-byte hex seed (what polkadot-js calls a raw seed, Vault a secret). */
export const seedArb: fc.Arbitrary<`0x${string}`> = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => `0x${Buffer.from(bytes).toString('hex')}` as const);
