import type { OutcomeStatus } from '@interop/core';
import type { ReportCell } from './report-json.js';

/** One character per outcome for the terminal and Markdown grids. */
export const SYMBOL: Readonly<Record<OutcomeStatus, string>> = {
  pass: '✓',
  fail: '✗',
  unsupported: '·',
  error: '!',
  'known-divergence': '~',
};

export function symbolOf(cell: ReportCell | undefined): string {
  if (cell === undefined) return ' ';
  if (cell.status === 'known-divergence' && cell.stillDiverges === false) return '?';
  return SYMBOL[cell.status];
}

export const LEGEND = '✓ pass  ✗ fail  ! error  ~ known divergence  ? divergence stopped  · unsupported';
