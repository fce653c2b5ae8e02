import { createHash } from 'node:crypto';

/**
 * Derives a property's seed from the run seed and a label, so every cell group has its own
 * reproducible stream and adding a client does not change the specs of the others.
 */
export function deriveSeed(runSeed: number, label: string): number {
  const digest = createHash('sha256').update(`${runSeed}:${label}`).digest();
  return digest.readInt32LE(0);
}
