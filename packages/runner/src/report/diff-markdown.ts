import type { CellChange, ReportDiff, RunSummary } from './diff.js';
import { markdownCode as code, escapeMarkdown as md } from './escape-markdown.js';
import { LABEL, SYMBOL } from './symbols.js';

function side(s: CellChange['before']): string {
  return s ? `${SYMBOL[s.verdict]} ${LABEL[s.verdict]}` : '(absent)';
}

function table(title: string, changes: readonly CellChange[], why: string): string[] {
  if (changes.length === 0) return [];
  const out = [`## ${title} (${changes.length})`, '', why, '', '| cell | before | after | reason now |', '|---|---|---|---|'];
  for (const c of changes) out.push(`| ${code(c.id)} | ${side(c.before)} | ${side(c.after)} | ${md(c.after?.reason ?? c.before?.reason ?? '')} |`);
  out.push('');
  return out;
}

function run(r: RunSummary): string {
  return `seed ${md(r.seed)}, ${md(r.runs)} run(s), started ${md(r.startedAt)}, interop ${md(r.tool)}${r.commit ? `, commit ${code(r.commit.slice(0, 12))}` : ''}${r.complete ? '' : ', INCOMPLETE'}`;
}

/** The diff as Markdown (CI step summary, PR comment); every string from the reports escaped. */
export function renderDiffMarkdown(diff: ReportDiff): string {
  const out = [
    '# Interop matrix: what changed',
    '',
    `**${diff.regressions ? `RED — ${diff.regressions} regression(s)` : 'No regression'}**: ${diff.newFailures.length} new failure(s), ${diff.fixed.length} fixed, ${diff.stoppedDiverging.length} divergence(s) stopped, ${diff.capabilityChanges.length} capability change(s), ${diff.flips.length} outcome flip(s).`,
    '',
    `- old: ${run(diff.old)}`,
    `- new: ${run(diff.new)}`,
    ...diff.notes.map((n) => `- note: ${md(n)}`),
    '',
    ...table('New failures and errors', diff.newFailures, 'Cells that fail or error now and did not before.'),
    ...table('Divergences that stopped', diff.stoppedDiverging, 'Documented upstream divergences that no longer reproduce: update the table.'),
    ...table('Fixed', diff.fixed, 'Cells that failed or errored before and pass now.'),
    ...table('Capability changes', diff.capabilityChanges, 'Cells that became or stopped being unsupported, or whose reason changed.'),
    ...table('Every outcome flip', diff.flips, 'Every cell whose outcome changed.'),
  ];
  if (diff.added.length) out.push(`## Only in the new run (${diff.added.length})`, '', ...diff.added.map((id) => `- ${code(id)}`), '');
  if (diff.removed.length) out.push(`## Only in the old run (${diff.removed.length})`, '', ...diff.removed.map((id) => `- ${code(id)}`), '');
  return `${out.join('\n')}\n`;
}
