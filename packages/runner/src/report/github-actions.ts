import { appendFileSync } from 'node:fs';
import { isRed, type Report } from './report-json.js';
import { rerunCellCommand } from './rerun-command.js';
import { headline } from './run-facts.js';

/** GitHub's escaping for a workflow command's message: no line break can start another command. */
export function escapeCommandData(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** GitHub's escaping for a workflow command's property value (also `:` and `,`). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations GitHub shows per job are limited; past this many, one line says how many more. */
export const MAX_ANNOTATIONS = 50;

/** `::error` lines for the red cells (fail, error, divergence stopped) and for an incomplete run. */
export function githubAnnotations(report: Report): string[] {
  const lines: string[] = [];
  if (!report.complete) lines.push(`::error title=${escapeCommandProperty('interop matrix incomplete')}::${escapeCommandData(headline(report).text)}`);
  const red = report.cells.filter(isRed);
  for (const cell of red.slice(0, MAX_ANNOTATIONS)) {
    const message = [
      `${cell.status}${cell.stillDiverges === false ? ' (documented divergence stopped diverging)' : ''}: ${cell.reason ?? cell.message ?? ''}`,
      cell.expected !== undefined ? `expected ${cell.expected}` : '',
      cell.actual !== undefined ? `actual ${cell.actual}` : '',
      cell.counterexample?.file ? `counterexample ${cell.counterexample.file}` : '',
      `rerun: ${rerunCellCommand(report, cell)}`,
    ].filter(Boolean);
    lines.push(`::error title=${escapeCommandProperty(`interop: ${cell.id}`)}::${escapeCommandData(message.join('\n'))}`);
  }
  if (red.length > MAX_ANNOTATIONS)
    lines.push(`::error title=interop::${escapeCommandData(`${red.length - MAX_ANNOTATIONS} more red cells: see summary.md or report.html`)}`);
  return lines;
}

/** GitHub refuses a step summary above 1 MiB; a longer one is cut with a note. */
export const MAX_STEP_SUMMARY_BYTES = 1024 * 1024 - 4096;

/** Appends Markdown to $GITHUB_STEP_SUMMARY when it is set; returns whether it did. */
export function appendStepSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  let text = markdown;
  if (Buffer.byteLength(text) > MAX_STEP_SUMMARY_BYTES) {
    text = `${Buffer.from(text)
      .subarray(0, MAX_STEP_SUMMARY_BYTES)
      .toString('utf8')
      .replace(/\uFFFD$/, '')}\n\n(cut: the full summary is summary.md in the report artifact)\n`;
  }
  appendFileSync(file, `${text}\n`);
  return true;
}

/** Whether the process runs in a GitHub Actions job. */
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
