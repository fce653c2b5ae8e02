import { type ClientFactory, type KeyType, type Method, OUTCOME_STATUSES, type OutcomeStatus } from '@interop/core';
import { cellId } from '../cell.js';
import type { CellResult, Counterexample } from '../cell-result.js';
import type { MatrixResult } from '../run-matrix.js';

/** One cell in report.json (schema: packages/runner/schemas/report.schema.json). */
export interface ReportCell {
  readonly id: string;
  readonly source: string;
  readonly method: Method;
  readonly target: string;
  readonly type: KeyType;
  readonly status: OutcomeStatus;
  readonly reason?: string;
  /** Upstream issue or file behind an unsupported or known-divergence outcome. */
  readonly link?: string;
  readonly scenario?: string;
  readonly stillDiverges?: boolean;
  readonly expected?: string;
  readonly actual?: string;
  readonly code?: string;
  readonly message?: string;
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

export interface Report {
  readonly schema: 'interop-report/v1';
  readonly seed: number;
  readonly runs: number;
  readonly shards: readonly string[];
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
      return { ...base, reason: o.reason, link: o.source, stillDiverges: o.stillDiverges, ...(o.scenario ? { scenario: o.scenario } : {}) };
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

export function clientOf(factory: ClientFactory): ReportClient {
  const { id, client, version, realm, packages } = factory.info;
  return { id, client, version, realm, packages };
}

export function buildReport(
  result: MatrixResult,
  factories: readonly ClientFactory[],
  shard: string | undefined,
  files: ReadonlyMap<string, string> = new Map(),
): Report {
  const cells = result.cells.map((c) => toReportCell(c, files.get(cellId(c))));
  return {
    schema: 'interop-report/v1',
    seed: result.seed,
    runs: result.runs,
    shards: shard ? [shard] : [],
    clients: factories.map(clientOf),
    durationMs: result.durationMs,
    summary: summarise(cells),
    cells,
  };
}
