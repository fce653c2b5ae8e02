import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Report, type ReportCell, summarise } from './report-json.js';

export class MergeError extends Error {}

function load(dir: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  } catch (error) {
    throw new MergeError(`${dir}/report.json cannot be read: ${(error as Error).message}`);
  }
  const r = parsed as Report;
  if (r?.schema !== 'interop-report/v1' || !Array.isArray(r.cells)) throw new MergeError(`${dir}/report.json is not an interop-report/v1`);
  return r;
}

/**
 * Joins shard reports into one. Shards of one run share seed and runs; a cell present twice
 * must agree, otherwise the shards come from different runs and merging would lie.
 */
export function mergeReports(dirs: readonly string[]): Report {
  const reports = dirs.map(load);
  const first = reports[0];
  if (first === undefined) throw new MergeError('nothing to merge');
  const cells = new Map<string, ReportCell>();
  const clients = new Map(first.clients.map((c) => [c.id, c]));
  for (const r of reports) {
    if (r.seed !== first.seed || r.runs !== first.runs)
      throw new MergeError(`shards differ in seed or runs (${first.seed}/${first.runs} vs ${r.seed}/${r.runs})`);
    for (const c of r.clients) clients.set(c.id, c);
    for (const cell of r.cells) {
      const seen = cells.get(cell.id);
      if (seen && seen.status !== cell.status) throw new MergeError(`cell ${cell.id} is ${seen.status} in one shard and ${cell.status} in another`);
      cells.set(cell.id, cell);
    }
  }
  const merged = [...cells.values()];
  return {
    schema: 'interop-report/v1',
    seed: first.seed,
    runs: first.runs,
    shards: reports.flatMap((r) => r.shards),
    clients: [...clients.values()],
    durationMs: Math.max(...reports.map((r) => r.durationMs)),
    summary: summarise(merged),
    cells: merged,
  };
}
