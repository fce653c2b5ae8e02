import { KEY_TYPES, METHODS } from '@interop/core';
import { escapeTerminal as t } from './escape-terminal.js';
import { isRed, type Report } from './report-json.js';
import { rerunCellCommand } from './rerun-command.js';
import { headline } from './run-facts.js';
import { LEGEND, symbolOf } from './symbols.js';

/**
 * Compact terminal grid: per method, one line per source -> target pair, one symbol per key
 * type; then the red cells with their reason and rerun command, and the verdict. Report text is
 * escaped (a client message must not drive the terminal).
 */
export function renderGrid(report: Report): string {
  const index = new Map(report.cells.map((c) => [`${c.source}|${c.method}|${c.target}|${c.type}`, c]));
  const sources = [...new Set(report.cells.map((c) => c.source))];
  const targets = [...new Set(report.cells.map((c) => c.target))];
  const methods = METHODS.filter((m) => report.cells.some((c) => c.method === m));
  const types = KEY_TYPES.filter((k) => report.cells.some((c) => c.type === k));
  const width = Math.max(...sources.map((s) => t(s).length), 6);
  const lines: string[] = [`${''.padEnd(width)}    ${''.padEnd(width)}  ${types.map((k) => k.slice(0, 2)).join(' ')}`];
  for (const method of methods) {
    const cells = report.cells.filter((c) => c.method === method);
    if (cells.every((c) => c.status === 'unsupported')) {
      lines.push(`${method}: unsupported for every pair`);
      continue;
    }
    lines.push(`${method}`);
    let hidden = 0;
    for (const s of sources) {
      for (const target of targets) {
        const row = types.map((type) => symbolOf(index.get(`${s}|${method}|${target}|${type}`)).padEnd(2)).join(' ');
        if (row.replace(/[·\s]/g, '') === '') {
          hidden++;
          continue;
        }
        lines.push(`  ${t(s).padEnd(width)} -> ${t(target).padEnd(width)}  ${row}`);
      }
    }
    if (hidden) lines.push(`  (${hidden} pair(s) unsupported for every key type)`);
  }
  const s = report.summary;
  lines.push('', LEGEND);
  lines.push(
    `${s.total} cells: ${s.pass} pass, ${s.fail} fail, ${s.error} error, ${s['known-divergence']} known divergence (${s.stoppedDiverging} stopped), ${s.unsupported} unsupported`,
  );
  const red = report.cells.filter(isRed);
  if (red.length) lines.push('', 'Red cells:');
  for (const c of red) {
    lines.push(`  ${t(c.id)} — ${t(c.status)}: ${t(c.reason ?? c.message ?? '')}`);
    if (c.expected !== undefined) lines.push(`    expected ${t(c.expected)}`, `    actual   ${t(c.actual ?? '')}`);
    lines.push(`    rerun: ${t(rerunCellCommand(report, c))}`);
  }
  lines.push('', t(headline(report).text));
  return `${lines.join('\n')}\n`;
}
