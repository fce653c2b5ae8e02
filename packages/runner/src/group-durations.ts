import type { ClientFactory } from '@interop/core';
import { type Cell, groupId } from './cell.js';
import { predictGroupCosts } from './cost-model.js';
import { ReportInputError, readReport } from './report/read-report.js';

/** How long each group of cells took in an earlier run, per property run (`--durations`). */
export interface GroupDurations {
  /** The report they were read from, as given. */
  readonly from: string;
  /** Group id (cell.ts groupId) -> seconds of its cells for one property run each. */
  readonly secondsPerRun: ReadonlyMap<string, number>;
}

/**
 * The group times of a finished run (a report.json or its directory, read and checked as `report
 * merge` reads one): every cell that ran, summed by group and divided by the run's property runs, so
 * a report of `--runs 1` can balance a run of 3. Unsupported cells take no time and are skipped.
 */
export function readGroupDurations(path: string): GroupDurations {
  const report = readReport(path);
  const seconds = new Map<string, number>();
  for (const cell of report.cells) {
    if (cell.status === 'unsupported') continue;
    const id = groupId(cell);
    seconds.set(id, (seconds.get(id) ?? 0) + cell.durationMs / 1000 / report.runs);
  }
  if (seconds.size === 0) throw new ReportInputError(`${path} holds no cell that ran, so it gives no group times`);
  return { from: path, secondsPerRun: seconds };
}

/**
 * What each group is expected to cost, for splitting a run into shards and ordering its lanes: the
 * cost model's prediction (cost-model.ts), or, given the group times of an earlier run, those
 * measured times. A group the earlier run did not have (a new client, method or key type) keeps its
 * prediction, scaled by measured / predicted over the groups both know, so the two mix on one scale.
 * Measured times split better than the model: four runs of the default matrix here, each replayed
 * through the split another run's times make, gave slowest / fastest shards of 1.03-1.15 (mean 1.08;
 * 1.10-1.21 for the run beside `npm test`), the model's split 1.10-1.21 (mean 1.17); see
 * `node packages/runner/dist/bench/cost-fit.js REPORT --durations EARLIER`.
 */
export function groupCosts(
  cells: readonly (Cell & { readonly unsupported?: unknown })[],
  factories: readonly ClientFactory[],
  runs: number,
  durations?: GroupDurations,
): Map<string, number> {
  const predicted = predictGroupCosts(cells, factories, runs);
  if (durations === undefined) return predicted;
  let measuredSum = 0;
  let predictedSum = 0;
  for (const [id, cost] of predicted) {
    const seconds = durations.secondsPerRun.get(id);
    if (seconds === undefined) continue;
    measuredSum += seconds * runs;
    predictedSum += cost;
  }
  const scale = measuredSum > 0 && predictedSum > 0 ? measuredSum / predictedSum : 1;
  const costs = new Map<string, number>();
  for (const [id, cost] of predicted) {
    const seconds = durations.secondsPerRun.get(id);
    costs.set(id, seconds === undefined ? cost * scale : seconds * runs);
  }
  return costs;
}
