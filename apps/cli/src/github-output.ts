import { appendStepSummary, githubAnnotations, inGithubActions, type Report } from '@interop/runner';

/**
 * In a GitHub Actions job: an `::error` annotation per red cell (on stdout, where the runner
 * reads workflow commands; on stderr when stdout carries --json) and the Markdown appended to
 * $GITHUB_STEP_SUMMARY. Elsewhere nothing.
 */
export function publishToGithub(report: Report | undefined, markdown: string, json: boolean): void {
  if (!inGithubActions()) return;
  const stream = json ? process.stderr : process.stdout;
  if (report) for (const line of githubAnnotations(report)) stream.write(`${line}\n`);
  appendStepSummary(markdown);
}
