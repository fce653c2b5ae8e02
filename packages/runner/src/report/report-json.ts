import { type ClientFactory, type KeyType, type Method, OUTCOME_STATUSES, type OutcomeStatus } from '@interop/core';
import { cellId } from '../cell.js';
import type { CellResult, Counterexample } from '../cell-result.js';
import type { MatrixResult } from '../run-matrix.js';
import type { ReportPlan } from './report-plan.js';
import type { RunMetadata } from './run-metadata.js';

export const REPORT_SCHEMA = 'interop-report/v2';

/** One cell in report.json (schema: packages/runner/schemas/report.schema.json). Renderers ignore fields they do not know. */
export interface ReportCell {
  readonly id: string;
  readonly source: string;
  readonly method: Method;
  readonly target: string;
  readonly type: KeyType;
  readonly status: OutcomeStatus;
  readonly reason?: string;
  /** Upstream issue or file behind an unsupported or known-divergence outcome (text that may hold a URL). */
  readonly link?: string;
  /** Repository path of the scenario file demonstrating a known divergence. */
  readonly scenario?: string;
  readonly stillDiverges?: boolean;
  readonly expected?: string;
  readonly actual?: string;
  readonly code?: string;
  readonly message?: string;
  /** The id of the documented divergence behind a known-divergence cell, when its outcome names one. */
  readonly divergence?: string;
  /** A step the user must take first for this cell to run, where the cell needs one. */
  readonly precondition?: string;
  readonly runs: number;
  readonly counts: { readonly match: number; readonly diverged: number; readonly failed: number };
  readonly durationMs: number;
  readonly counterexample?: Counterexample & { readonly file?: string };
}

export interface ReportClient {
  readonly id: string;
  readonly client: string;
  readonly version: string;
  readonly realm: string;
  readonly packages: Readonly<Record<string, string>>;
}

export type Summary = Readonly<Record<OutcomeStatus | 'total' | 'stoppedDiverging', number>>;

/** Why a report does not hold every cell of its plan (or shard). */
export interface Interruption {
  /** SIGINT, SIGTERM, or what else stopped the run. */
  readonly signal: string;
  /** Cells that were running when it stopped; their results are not in the report. */
  readonly inFlight: readonly string[];
}

export interface Report {
  readonly schema: typeof REPORT_SCHEMA;
  readonly seed: number;
  readonly runs: number;
  readonly shards: readonly string[];
  readonly plan: ReportPlan;
  readonly meta: RunMetadata;
  /** False when the run was interrupted, or a merge lacks cells of its plan: such a report is red. */
  readonly complete: boolean;
  readonly interruption?: Interruption;
  readonly clients: readonly ReportClient[];
  readonly durationMs: number;
  readonly summary: Summary;
  readonly cells: readonly ReportCell[];
}

export function toReportCell(result: CellResult, counterexampleFile?: string): ReportCell {
  const o = result.outcome;
  const base = {
    id: cellId(result),
    source: result.source,
    method: result.method,
    target: result.target,
    type: result.type,
    status: o.status,
    ...(result.requires !== undefined && result.requires.length > 0 ? { precondition: result.requires.join('; ') } : {}),
    runs: result.runs,
    counts: result.counts,
    durationMs: result.durationMs,
    ...(result.counterexample ? { counterexample: { ...result.counterexample, ...(counterexampleFile ? { file: counterexampleFile } : {}) } } : {}),
  };
  switch (o.status) {
    case 'pass':
      return { ...base, ...(o.note ? { reason: o.note } : {}) };
    case 'fail':
      return { ...base, reason: o.reason, expected: o.expected, actual: o.actual };
    case 'unsupported':
      return { ...base, reason: o.reason, ...(o.source ? { link: o.source } : {}) };
    case 'error':
      return { ...base, reason: o.reason ?? o.message, code: o.code, message: o.message };
    case 'known-divergence':
      return {
        ...base,
        reason: o.reason,
        link: o.source,
        stillDiverges: o.stillDiverges,
        ...(o.scenario ? { scenario: o.scenario } : {}),
        ...(o.ids !== undefined && o.ids.length > 0 ? { divergence: o.ids.join(', ') } : {}),
      };
  }
}

export function summarise(cells: readonly ReportCell[]): Summary {
  const counts: Record<string, number> = { total: cells.length, stoppedDiverging: 0 };
  for (const s of OUTCOME_STATUSES) counts[s] = 0;
  for (const c of cells) {
    counts[c.status] = (counts[c.status] ?? 0) + 1;
    if (c.status === 'known-divergence' && c.stillDiverges === false) counts.stoppedDiverging = (counts.stoppedDiverging ?? 0) + 1;
  }
  return counts as Summary;
}

/** Red cells: fail, error, and a known divergence that stopped diverging. */
export function isRed(cell: ReportCell): boolean {
  return cell.status === 'fail' || cell.status === 'error' || (cell.status === 'known-divergence' && cell.stillDiverges === false);
}

/** A report is red when a cell is red or cells are missing: CI must not go green on half a run. */
export function isRedReport(report: Report): boolean {
  return !report.complete || report.cells.some(isRed);
}

export function clientOf(factory: ClientFactory): ReportClient {
  const { id, client, version, realm, packages } = factory.info;
  return { id, client, version, realm, packages };
}

export interface ReportContext {
  readonly plan: ReportPlan;
  readonly meta: RunMetadata;
  /** `i/n` when this run is one shard. */
  readonly shard?: string;
  /** Counterexample files saved per cell id. */
  readonly files?: ReadonlyMap<string, string>;
  /** What stopped the run, when the result is interrupted (default 'interrupted'). */
  readonly signal?: string;
}

export function buildReport(result: MatrixResult, factories: readonly ClientFactory[], context: ReportContext): Report {
  const cells = result.cells.map((c) => toReportCell(c, context.files?.get(cellId(c))));
  return {
    schema: REPORT_SCHEMA,
    seed: result.seed,
    runs: result.runs,
    shards: context.shard ? [context.shard] : [],
    plan: context.plan,
    meta: context.meta,
    complete: result.interrupted === undefined,
    ...(result.interrupted ? { interruption: { signal: context.signal ?? 'interrupted', inFlight: result.interrupted.inFlight } } : {}),
    clients: factories.map(clientOf),
    durationMs: result.durationMs,
    summary: summarise(cells),
    cells,
  };
}
