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
 * Which shard (0-based) each group goes to, balanced by predicted cost (cost-model.ts): whole
 * groups go to one shard (their artifact is made once), the most expensive first, each to the
 * shard with the least work so far (ties: the lower shard). A hash would give shards of whatever
 * size the hash makes; this gives n shards of about equal wall time. The assignment depends only
 * on the full plan, so every shard of one run computes the same one.
 */
export function assignShards(groupCosts: ReadonlyMap<string, number>, count: number): Map<string, number> {
  const load = Array.from({ length: count }, () => 0);
  const size = Array.from({ length: count }, () => 0);
  const order = [...groupCosts.entries()].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0));
  const assigned = new Map<string, number>();
  for (const [group, cost] of order) {
    let best = 0;
    for (let i = 1; i < count; i++) {
      // Equal work (cost-free groups: only unsupported cells): the shard with fewer groups.
      if ((load[i] as number) < (load[best] as number) || ((load[i] as number) === (load[best] as number) && (size[i] as number) < (size[best] as number)))
        best = i;
    }
    assigned.set(group, best);
    load[best] = (load[best] as number) + cost;
    size[best] = (size[best] as number) + 1;
  }
  return assigned;
}
