import { KEY_TYPES, METHODS } from '@interop/core';
import { isRed, type Report } from './report-json.js';
import { LEGEND, symbolOf } from './symbols.js';

function cellText(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Markdown summary, fit for a CI step summary: counts, one grid per method, then every red cell with its reason. */
export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [
    '# Backup/restore interop matrix',
    '',
    `Seed \`${report.seed}\`, ${report.runs} run(s) per cell${report.shards.length ? `, shards ${report.shards.join(', ')}` : ''}, ${(report.durationMs / 1000).toFixed(1)} s.`,
    '',
    '| total | pass | fail | error | known divergence | unsupported |',
    '|---|---|---|---|---|---|',
    `| ${s.total} | ${s.pass} | ${s.fail} | ${s.error} | ${s['known-divergence']}${s.stoppedDiverging ? ` (${s.stoppedDiverging} stopped)` : ''} | ${s.unsupported} |`,
    '',
    `Clients: ${report.clients.map((c) => `\`${c.id}\` (${c.realm})`).join(', ')}`,
    '',
    LEGEND,
    '',
  ];
  const index = new Map(report.cells.map((c) => [`${c.source}|${c.method}|${c.target}|${c.type}`, c]));
  const sources = [...new Set(report.cells.map((c) => c.source))];
  const targets = [...new Set(report.cells.map((c) => c.target))];
  for (const method of METHODS.filter((m) => report.cells.some((c) => c.method === m))) {
    out.push(`## ${method}`, '', `| source \\ target | ${targets.map((t) => `\`${t}\``).join(' | ')} |`, `|---|${targets.map(() => '---').join('|')}|`);
    for (const src of sources) {
      const row = targets.map((t) => KEY_TYPES.map((type) => symbolOf(index.get(`${src}|${method}|${t}|${type}`))).join(''));
      out.push(`| \`${src}\` | ${row.join(' | ')} |`);
    }
    out.push('', `Symbols per cell are the key types in order: ${KEY_TYPES.join(', ')}.`, '');
  }
  const red = report.cells.filter(isRed);
  if (red.length) {
    out.push('## Failing cells', '');
    for (const c of red)
      out.push(
        `- **${cellText(c.id)}** — ${c.status}: ${cellText(c.reason ?? '')}${c.expected ? ` expected ${cellText(c.expected)}, got ${cellText(c.actual ?? '')}` : ''}${c.counterexample?.file ? ` (counterexample \`${c.counterexample.file}\`)` : ''}`,
      );
    out.push('');
  }
  const divergences = report.cells.filter((c) => c.status === 'known-divergence' && c.stillDiverges !== false);
  if (divergences.length) {
    out.push('## Known divergences', '');
    const byReason = new Map<string, number>();
    for (const c of divergences)
      byReason.set(
        `${c.reason} (${c.link})${c.scenario ? ` — \`${c.scenario}\`` : ''}`,
        (byReason.get(`${c.reason} (${c.link})${c.scenario ? ` — \`${c.scenario}\`` : ''}`) ?? 0) + 1,
      );
    for (const [reason, n] of byReason) out.push(`- ${n} cell(s): ${cellText(reason)}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
