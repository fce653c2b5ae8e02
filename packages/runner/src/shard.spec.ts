import { describe, expect, it } from 'vitest';
import { groupId } from './cell.js';
import { predictGroupCosts } from './cost-model.js';
import { planCells } from './plan.js';
import { CLIENT_FACTORIES } from './registry.js';
import { assignShards, parseShard } from './shard.js';

describe('assignShards', () => {
  it('gives each group to the shard with the least predicted work, the most expensive first', () => {
    const costs = new Map([
      ['a', 5],
      ['b', 4],
      ['c', 3],
      ['d', 3],
      ['e', 2],
      ['f', 1],
    ]);
    // a -> 0 (5), b -> 1 (4), c -> 1 (7), d -> 0 (8), e -> 1 (9), f -> 0 (9)
    expect(Object.fromEntries(assignShards(costs, 2))).toEqual({ a: 0, b: 1, c: 1, d: 0, e: 1, f: 0 });
  });

  it('spreads cost-free groups (only unsupported cells) by count', () => {
    const costs = new Map([
      ['x', 0],
      ['y', 0],
      ['z', 0],
    ]);
    expect([...assignShards(costs, 3).values()].sort()).toEqual([0, 1, 2]);
  });

  it('does not depend on the order the groups are listed in', () => {
    const entries: [string, number][] = [
      ['g1', 2],
      ['g2', 2],
      ['g3', 7],
      ['g4', 1],
    ];
    expect(Object.fromEntries(assignShards(new Map(entries), 2))).toEqual(Object.fromEntries(assignShards(new Map([...entries].reverse()), 2)));
  });
});

describe('--shard i/n over the real matrix', () => {
  const runs = 3;
  const full = planCells(CLIENT_FACTORIES, { runs });
  const shards = [1, 2, 3, 4].map((index) => planCells(CLIENT_FACTORIES, { runs, shard: parseShard(`${index}/4`) }));

  it('the shards hold every cell of the plan exactly once, whole groups each', () => {
    const ids = shards.flatMap((cells) => cells.map((c) => `${groupId(c)}|${c.target}`));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(full.map((c) => `${groupId(c)}|${c.target}`).sort());
    const groupsOf = shards.map((cells) => new Set(cells.map(groupId)));
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) expect([...(groupsOf[i] ?? [])].filter((g) => groupsOf[j]?.has(g))).toEqual([]);
  });

  it('the predicted work of the four shards is within 15 % of each other', () => {
    const costs = predictGroupCosts(full, CLIENT_FACTORIES, runs);
    const work = shards.map((cells) => [...new Set(cells.map(groupId))].reduce((sum, g) => sum + (costs.get(g) ?? 0), 0));
    expect(Math.min(...work) / Math.max(...work)).toBeGreaterThanOrEqual(0.85);
  });
});
