import { createHash } from 'node:crypto';

export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Parses `i/n` (1-based). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new Error(`--shard takes i/n with 1 <= i <= n (got '${text}')`);
  return { index, count };
}

/**
 * Whether a group belongs to a shard. Whole groups go to one shard (their artifact is made
 * once), assigned by a hash of the group id so the split is stable when clients are added.
 */
export function inShard(groupKey: string, shard: Shard | undefined): boolean {
  if (shard === undefined || shard.count === 1) return true;
  const bucket = createHash('sha256').update(groupKey).digest().readUInt32LE(0) % shard.count;
  return bucket === shard.index - 1;
}
