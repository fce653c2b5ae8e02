import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { groupId } from '../cell.js';
import { predictGroupCosts } from '../cost-model.js';
import { type GroupDurations, groupCosts, readGroupDurations } from '../group-durations.js';
import { planCells } from '../plan.js';
import { CLIENT_FACTORIES } from '../registry.js';
import { readReport } from '../report/read-report.js';
import { assignShards } from '../shard.js';

const USAGE = 'usage: node dist/bench/cost-fit.js REPORT.json [SHARDS] [--durations EARLIER.json]\n';

/**
 * `node dist/bench/cost-fit.js REPORT.json [SHARDS] [--durations EARLIER.json]`: how well the cost model (cost-model.ts)
 * predicts a finished run of the default matrix. For each source and method it prints the
 * measured time of its groups (the sum of their cells' times: a group's cells run one after the
 * other) over the predicted cost, then replays the run's own group times through the shard
 * assignment (default 4 shards) and the lanes of each shard (the expensive groups first, as the
 * runner takes them) to show the wall time each shard would take. With `--durations`, the split
 * is the one `matrix --durations EARLIER.json` makes (group-durations.ts): judge a split by one
 * run's times on another run. Prints figures, asserts nothing.
 */
function main(): void {
  let file: string | undefined;
  let shardArg: string | undefined;
  let durationsFrom: string | undefined;
  try {
    const { values, positionals } = parseArgs({ options: { durations: { type: 'string' } }, allowPositionals: true, strict: true });
    [file, shardArg] = positionals;
    durationsFrom = values.durations;
    if (positionals.length > 2) throw new Error('too many arguments');
  } catch (error) {
    process.stderr.write(`cost-fit: ${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (file === undefined) {
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  let report: ReturnType<typeof readReport>;
  let durations: GroupDurations | undefined;
  try {
    report = readReport(file);
    durations = durationsFrom === undefined ? undefined : readGroupDurations(durationsFrom);
  } catch (error) {
    process.stderr.write(`cost-fit: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const shards = Number(shardArg ?? 4);
  if (!Number.isInteger(shards) || shards < 1 || shards > 64) {
    process.stderr.write(`cost-fit: SHARDS is a whole number from 1 to 64 (got '${shardArg}')\n`);
    process.exitCode = 2;
    return;
  }
  const plan = planCells(CLIENT_FACTORIES, { runs: report.runs });
  const predicted = predictGroupCosts(plan, CLIENT_FACTORIES, report.runs);
  // What the split and the lanes go by: the prediction, or the earlier run's times.
  const costs = groupCosts(plan, CLIENT_FACTORIES, report.runs, durations);
  const measured = new Map<string, number>();
  for (const cell of report.cells) {
    if (cell.status === 'unsupported') continue;
    measured.set(groupId(cell), (measured.get(groupId(cell)) ?? 0) + cell.durationMs / 1000);
  }
  const groups = [...measured].map(([id, seconds]) => ({ id, seconds, predicted: predicted.get(id) ?? 0 }));
  const byKey = (key: (id: string) => string) => {
    const sums = new Map<string, { n: number; seconds: number; predicted: number }>();
    for (const g of groups) {
      const sum = sums.get(key(g.id)) ?? { n: 0, seconds: 0, predicted: 0 };
      sums.set(key(g.id), { n: sum.n + 1, seconds: sum.seconds + g.seconds, predicted: sum.predicted + g.predicted });
    }
    return [...sums].sort((a, b) => b[1].seconds - a[1].seconds);
  };
  const total = groups.reduce((s, g) => s + g.seconds, 0);
  const totalPredicted = groups.reduce((s, g) => s + g.predicted, 0);
  const scale = totalPredicted > 0 ? total / totalPredicted : 1;
  const logError = Math.sqrt(groups.reduce((s, g) => s + Math.log(g.seconds / (g.predicted * scale)) ** 2, 0) / Math.max(1, groups.length));
  const lines = [
    `${groups.length} groups: ${total.toFixed(0)} s measured, ${totalPredicted.toFixed(0)} s predicted (x ${scale.toFixed(2)}); rms log error per group ${logError.toFixed(2)}`,
  ];
  for (const [label, key] of [
    ['source', (id: string) => id.split('|')[0] ?? ''],
    ['method', (id: string) => id.split('|')[1] ?? ''],
  ] as const) {
    lines.push(`  by ${label}: measured / (predicted x ${scale.toFixed(2)})`);
    for (const [k, s] of byKey(key))
      lines.push(
        `    ${k.padEnd(28)} ${String(s.n).padStart(3)} groups ${s.seconds.toFixed(0).padStart(6)} s  ${(s.seconds / (s.predicted * scale)).toFixed(2)}`,
      );
  }
  const lanes = availableParallelism();
  lines.push(`  split by ${durations === undefined ? 'the cost model' : `the group times of ${durations.from}`}:`);
  const assigned = assignShards(costs, shards);
  const walls: number[] = [];
  for (let shard = 0; shard < shards; shard++) {
    const mine = groups.filter((g) => assigned.get(g.id) === shard).sort((a, b) => (costs.get(b.id) ?? 0) - (costs.get(a.id) ?? 0));
    const load = Array.from({ length: lanes }, () => 0);
    for (const g of mine) {
      const free = load.indexOf(Math.min(...load));
      load[free] = (load[free] ?? 0) + g.seconds;
    }
    walls.push(Math.max(...load));
    lines.push(
      `  shard ${shard + 1}/${shards}: ${mine.length} groups, ${mine.reduce((s, g) => s + g.seconds, 0).toFixed(0)} s of cells, about ${Math.max(...load).toFixed(0)} s wall on ${lanes} lanes`,
    );
  }
  lines.push(`  slowest / fastest shard: ${(Math.max(...walls) / Math.min(...walls)).toFixed(2)} (goal <= 1.15)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
