import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Seeds kept: more than the specs of the largest group of cells in flight on every lane at once. */
const CAPACITY = 512;

/**
 * The oracle's PBKDF2 results (a phrase's BIP39 seed: 2048 rounds take about 80 ms in JS, the
 * 210000 of util-crypto 13.5.6 about 1.4 s), remembered. The oracle runs on the runner's main
 * thread, where every cell of a group asks it again for the same spec (the source's key, each
 * target's, each divergence record's prediction), and a busy main thread stalls every lane. A
 * PBKDF2 is a pure function of its inputs, so a remembered result is the computed one. The key is
 * SHA-256 over every input, never the phrase; memory only, least recently used dropped first.
 */
const seeds = new Map<string, Uint8Array>();

function keyOf(parts: readonly (string | number)[]): string {
  return bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(parts))));
}

/** `derive()`'s result for these inputs, computed once while it stays among the last CAPACITY used; a copy each time. */
export function rememberedPbkdf2(parts: readonly (string | number)[], derive: () => Uint8Array): Uint8Array {
  const key = keyOf(parts);
  let seed = seeds.get(key);
  if (seed === undefined) {
    seed = derive();
    if (seeds.size >= CAPACITY) seeds.delete(seeds.keys().next().value as string);
  } else seeds.delete(key);
  seeds.set(key, seed);
  return seed.slice();
}

/** How many results are held (for tests). */
export function rememberedPbkdf2Size(): number {
  return seeds.size;
}
