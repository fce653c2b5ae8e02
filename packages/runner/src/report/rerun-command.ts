import { KEY_TYPES, METHODS } from '@interop/core';
import type { Report, ReportCell } from './report-json.js';
import { shellQuote } from './shell-quote.js';

const CLI = 'pnpm -s interop';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function option(name: string, values: readonly string[]): string[] {
  return [name, shellQuote(values.join(','))];
}

/** The command that runs this report's matrix again (the same seed gives the same cells; the matrix takes no secret). */
export function rerunCommand(report: Report): string {
  const clients = report.clients.map((c) => c.id);
  const p = report.plan;
  const words = ['matrix', ...option('--clients', clients)];
  if (!sameSet(p.sources, clients)) words.push(...option('--sources', p.sources));
  if (!sameSet(p.targets, clients)) words.push(...option('--targets', p.targets));
  if (!sameSet(p.methods, METHODS)) words.push(...option('--methods', p.methods));
  if (!sameSet(p.types, KEY_TYPES)) words.push(...option('--types', p.types));
  words.push('--runs', String(report.runs), '--seed', shellQuote(String(report.seed)));
  const only = report.shards.length === 1 ? report.shards[0] : undefined;
  if (only !== undefined && only !== '1/1') words.push('--shard', shellQuote(only));
  return `${CLI} ${words.join(' ')}`;
}

/**
 * The command that runs one cell again: its two clients only. A cell group's seed is derived
 * from the run seed and the group (source, method, type), so the cell draws the same accounts.
 */
export function rerunCellCommand(report: Report, cell: ReportCell): string {
  const clients = cell.source === cell.target ? [cell.source] : [cell.source, cell.target];
  const words = ['matrix', ...option('--clients', clients)];
  if (clients.length > 1) words.push(...option('--sources', [cell.source]), ...option('--targets', [cell.target]));
  words.push('--methods', shellQuote(cell.method), '--types', shellQuote(cell.type), '--runs', String(report.runs), '--seed', shellQuote(String(report.seed)));
  return `${CLI} ${words.join(' ')}`;
}

/** Replays a saved counterexample, when the cell has one. */
export function replayCommand(cell: ReportCell): string | undefined {
  return cell.counterexample?.file ? `${CLI} scenario ${shellQuote(cell.counterexample.file)}` : undefined;
}
