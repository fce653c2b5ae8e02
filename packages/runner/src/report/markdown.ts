import { KEY_TYPES, METHODS } from '@interop/core';
import { markdownCode as code, escapeMarkdown as md } from './escape-markdown.js';
import { isRed, type Report } from './report-json.js';
import { rerunCellCommand, rerunCommand } from './rerun-command.js';
import { headline, runFacts } from './run-facts.js';
import { LEGEND, symbolOf } from './symbols.js';

/** A fenced block that no backtick run inside the text can close. */
function block(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g, ' ');
  const longest = Math.max(2, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}sh\n${clean}\n${fence}`;
}

/**
 * Markdown summary, fit for a CI step summary: the verdict, the run's metadata, counts, one
 * grid per method, every red cell with its reason and rerun command. Every string from the
 * report is escaped (it may come from a shard's report.json).
 */
export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const verdict = headline(report);
  const out: string[] = ['# Backup/restore interop matrix', '', `**${md(verdict.text)}**`, ''];
  out.push('| about this run | |', '|---|---|');
  for (const f of runFacts(report)) out.push(`| ${md(f.label)} | ${md(f.value)} |`);
  out.push('', 'Run it again:', '', block(rerunCommand(report)), '');
  out.push(
    '| total | pass | fail | error | known divergence | unsupported |',
    '|---|---|---|---|---|---|',
    `| ${s.total} | ${s.pass} | ${s.fail} | ${s.error} | ${s['known-divergence']}${s.stoppedDiverging ? ` (${s.stoppedDiverging} stopped)` : ''} | ${s.unsupported} |`,
    '',
  );
  if (report.interruption) {
    out.push(`The run was interrupted (${md(report.interruption.signal)}); these cells were running and are not reported:`, '');
    for (const id of report.interruption.inFlight) out.push(`- ${code(id)}`);
    out.push('');
  }
  out.push('<details><summary>Client profiles and package versions</summary>', '', '| client | realm | packages |', '|---|---|---|');
  for (const c of report.clients)
    out.push(
      `| ${code(c.id)} | ${md(c.realm)} | ${
        Object.entries(c.packages)
          .map(([n, v]) => code(`${n}@${v}`))
          .join(' ') || md(c.version)
      } |`,
    );
  out.push('', '</details>', '', LEGEND, '');

  const index = new Map(report.cells.map((c) => [`${c.source}|${c.method}|${c.target}|${c.type}`, c]));
  const sources = [...new Set(report.cells.map((c) => c.source))];
  const targets = [...new Set(report.cells.map((c) => c.target))];
  const methods = METHODS.filter((m) => report.cells.some((c) => c.method === m));
  const types = KEY_TYPES.filter((k) => report.cells.some((c) => c.type === k));
  const grey = methods.filter((m) => report.cells.every((c) => c.method !== m || c.status === 'unsupported'));
  for (const method of methods.filter((m) => !grey.includes(m))) {
    out.push(`## ${md(method)}`, '', `| source \\\\ target | ${targets.map((t) => code(t)).join(' | ')} |`, `|---|${targets.map(() => '---').join('|')}|`);
    for (const src of sources) {
      const row = targets.map((t) => types.map((type) => symbolOf(index.get(`${src}|${method}|${t}|${type}`))).join(''));
      out.push(`| ${code(src)} | ${row.join(' | ')} |`);
    }
    out.push('', `Symbols per cell are the key types in order: ${types.join(', ')}.`, '');
  }
  if (grey.length) out.push(`Unsupported for every pair (not shown): ${grey.map((m) => md(m)).join(', ')}.`, '');

  const red = report.cells.filter(isRed);
  if (red.length) {
    out.push('## Failing cells', '');
    for (const c of red) {
      const what = [
        c.reason && md(c.reason),
        c.expected !== undefined && `expected ${code(c.expected)}, got ${code(c.actual ?? '')}`,
        c.code !== undefined && `${code(c.code)}: ${md(c.message ?? '')}`,
        c.counterexample?.file && `counterexample ${code(c.counterexample.file)}`,
      ].filter(Boolean);
      out.push(`- **${md(c.id)}** — ${md(c.status)}: ${what.join('; ')}`, `  rerun: ${code(rerunCellCommand(report, c))}`);
    }
    out.push('');
  }
  const divergences = report.cells.filter((c) => c.status === 'known-divergence' && c.stillDiverges !== false);
  if (divergences.length) {
    out.push('## Known divergences', '');
    const byReason = new Map<string, number>();
    for (const c of divergences) {
      const key = `${md(c.reason ?? '')} (${md(c.link ?? '')})${c.scenario ? ` — ${code(c.scenario)}` : ''}`;
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    for (const [reason, n] of byReason) out.push(`- ${n} cell(s): ${reason}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
