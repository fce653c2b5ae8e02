import { KEY_TYPES, METHODS } from '@interop/core';
import type { Report } from './report-json.js';
import { LEGEND, symbolOf } from './symbols.js';

/** Compact terminal grid: per method, one line per source -> target pair, one symbol per key type. */
export function renderGrid(report: Report): string {
  const index = new Map(report.cells.map((c) => [`${c.source}|${c.method}|${c.target}|${c.type}`, c]));
  const sources = [...new Set(report.cells.map((c) => c.source))];
  const targets = [...new Set(report.cells.map((c) => c.target))];
  const methods = METHODS.filter((m) => report.cells.some((c) => c.method === m));
  const width = Math.max(...sources.map((s) => s.length), 6);
  const lines: string[] = [`${''.padEnd(width)}    ${''.padEnd(width)}  ${KEY_TYPES.map((t) => t.slice(0, 2)).join(' ')}`];
  for (const method of methods) {
    const cells = report.cells.filter((c) => c.method === method);
    if (cells.every((c) => c.status === 'unsupported')) {
      lines.push(`${method}: unsupported for every pair`);
      continue;
    }
    lines.push(`${method}`);
    let hidden = 0;
    for (const s of sources) {
      for (const t of targets) {
        const row = KEY_TYPES.map((type) => symbolOf(index.get(`${s}|${method}|${t}|${type}`)).padEnd(2)).join(' ');
        if (row.replace(/[·\s]/g, '') === '') {
          hidden++;
          continue;
        }
        lines.push(`  ${s.padEnd(width)} -> ${t.padEnd(width)}  ${row}`);
      }
    }
    if (hidden) lines.push(`  (${hidden} pair(s) unsupported for every key type)`);
  }
  const s = report.summary;
  lines.push('', LEGEND);
  lines.push(
    `${s.total} cells: ${s.pass} pass, ${s.fail} fail, ${s.error} error, ${s['known-divergence']} known divergence (${s.stoppedDiverging} stopped), ${s.unsupported} unsupported`,
  );
  return `${lines.join('\n')}\n`;
}
