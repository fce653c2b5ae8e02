import type { Report, ReportCell } from './report-json.js';
import { type Verdict, verdictOf } from './symbols.js';

/** One cell as it was in one report. */
export interface CellSide {
  readonly verdict: Verdict;
  readonly reason?: string;
}

/** One cell compared across two reports; a side is absent when that report has no such cell. */
export interface CellChange {
  readonly id: string;
  readonly before?: CellSide;
  readonly after?: CellSide;
}

export interface RunSummary {
  readonly seed: number;
  readonly runs: number;
  readonly startedAt: string;
  readonly commit?: string;
  readonly tool: string;
  readonly fingerprint: string;
  readonly complete: boolean;
}

/** What changed between two runs (report diff OLD NEW), in the order a reader triages it. */
export interface ReportDiff {
  readonly old: RunSummary;
  readonly new: RunSummary;
  /** Differences between the runs themselves (seed, plan) that qualify the comparison. */
  readonly notes: readonly string[];
  /** Cells that fail or error now and did not before (or are new). */
  readonly newFailures: readonly CellChange[];
  /** Cells that failed or errored before and pass now. */
  readonly fixed: readonly CellChange[];
  /** Known divergences that no longer diverge (red when the table still lists them). */
  readonly stoppedDiverging: readonly CellChange[];
  /** Cells that became or stopped being unsupported, or whose reason for it changed. */
  readonly capabilityChanges: readonly CellChange[];
  /** Every cell whose outcome changed, with both sides. */
  readonly flips: readonly CellChange[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** New failures, divergences that stopped while still listed, and a new run that is incomplete: exit 1. */
  readonly regressions: number;
}

const RED_VERDICTS: readonly Verdict[] = ['fail', 'error', 'stopped'];

function side(cell: ReportCell | undefined): CellSide | undefined {
  if (cell === undefined) return undefined;
  return { verdict: verdictOf(cell), ...(cell.reason !== undefined ? { reason: cell.reason } : {}) };
}

function summary(report: Report): RunSummary {
  return {
    seed: report.seed,
    runs: report.runs,
    startedAt: report.meta.startedAt,
    ...(report.meta.git ? { commit: report.meta.git.commit } : {}),
    tool: report.meta.tool.version,
    fingerprint: report.plan.fingerprint,
    complete: report.complete,
  };
}

/** Compares two validated reports cell by cell. */
export function diffReports(oldReport: Report, newReport: Report): ReportDiff {
  const before = new Map(oldReport.cells.map((c) => [c.id, c]));
  const after = new Map(newReport.cells.map((c) => [c.id, c]));
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  const changes: CellChange[] = ids.map((id) => {
    const b = side(before.get(id));
    const a = side(after.get(id));
    return { id, ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) };
  });
  const is = (s: CellSide | undefined, verdicts: readonly Verdict[]) => s !== undefined && verdicts.includes(s.verdict);
  const newFailures = changes.filter((c) => is(c.after, ['fail', 'error']) && !is(c.before, ['fail', 'error']));
  const fixed = changes.filter((c) => is(c.before, RED_VERDICTS) && is(c.after, ['pass']));
  const stoppedDiverging = changes.filter(
    (c) => (is(c.after, ['stopped']) && !is(c.before, ['stopped'])) || (is(c.before, ['known-divergence']) && is(c.after, ['pass'])),
  );
  const capabilityChanges = changes.filter(
    (c) =>
      c.before &&
      c.after &&
      (c.before.verdict === 'unsupported' || c.after.verdict === 'unsupported') &&
      (c.before.verdict !== c.after.verdict || c.before.reason !== c.after.reason),
  );
  const flips = changes.filter((c) => c.before && c.after && c.before.verdict !== c.after.verdict);
  const notes: string[] = [];
  if (oldReport.seed !== newReport.seed) notes.push(`the seeds differ (${oldReport.seed} and ${newReport.seed}): cells drew different accounts`);
  if (oldReport.runs !== newReport.runs) notes.push(`runs per cell differ (${oldReport.runs} and ${newReport.runs})`);
  if (oldReport.plan.fingerprint !== newReport.plan.fingerprint)
    notes.push('the plans differ (clients, methods, key types or runs): cells only in one run are listed as added or removed');
  if (!newReport.complete) notes.push('the new run is incomplete: its missing cells are listed as removed');
  const regressions = newFailures.length + stoppedDiverging.filter((c) => is(c.after, ['stopped'])).length + (newReport.complete ? 0 : 1);
  return {
    old: summary(oldReport),
    new: summary(newReport),
    notes,
    newFailures,
    fixed,
    stoppedDiverging,
    capabilityChanges,
    flips,
    added: changes.filter((c) => !c.before).map((c) => c.id),
    removed: changes.filter((c) => !c.after).map((c) => c.id),
    regressions,
  };
}
