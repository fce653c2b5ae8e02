import type { OutcomeStatus } from '@interop/core';
import type { ReportCell } from './report-json.js';

/** What a reader sees for a cell: its status, with a known divergence that stopped diverging told apart (it is red). */
export type Verdict = OutcomeStatus | 'stopped';

export const VERDICTS: readonly Verdict[] = ['fail', 'error', 'stopped', 'known-divergence', 'pass', 'unsupported'];

/** One character per verdict for the terminal, Markdown and HTML; never the only sign (text goes with it). */
export const SYMBOL: Readonly<Record<Verdict, string>> = {
  pass: '✓',
  fail: '✗',
  unsupported: '·',
  error: '!',
  'known-divergence': '~',
  stopped: '?',
};

export const LABEL: Readonly<Record<Verdict, string>> = {
  pass: 'pass',
  fail: 'fail',
  unsupported: 'unsupported',
  error: 'error',
  'known-divergence': 'known divergence',
  stopped: 'divergence stopped',
};

export function verdictOf(cell: Pick<ReportCell, 'status' | 'stillDiverges'>): Verdict {
  return cell.status === 'known-divergence' && cell.stillDiverges === false ? 'stopped' : cell.status;
}

export function symbolOf(cell: ReportCell | undefined): string {
  return cell === undefined ? ' ' : SYMBOL[verdictOf(cell)];
}

/** The worst verdict among cells, for a summary square: red before divergence before pass before unsupported. */
export function worstVerdict(cells: readonly Pick<ReportCell, 'status' | 'stillDiverges'>[]): Verdict | undefined {
  const present = new Set(cells.map(verdictOf));
  return VERDICTS.find((v) => present.has(v));
}

export const LEGEND = '✓ pass  ✗ fail  ! error  ~ known divergence  ? divergence stopped  · unsupported';
