import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClientError, inputPathKind, readBoundedBytes } from '@interop/core';
import {
  diffReports,
  isRedReport,
  mergeReports,
  ReportInputError,
  readReport,
  renderDiffMarkdown,
  renderGrid,
  renderMarkdown,
  writeReports,
} from '@interop/runner';
import { publishToGithub } from '../github-output.js';
import { repositoryRoot } from '../tool-version.js';
import { EXIT, UsageError } from '../usage.js';

/** Unusable input (unreadable, not the schema, not one run's shards) is exit 2, with the reason on stderr. */
function refuse(sub: string, error: unknown): number {
  if (!(error instanceof ReportInputError)) throw error;
  process.stderr.write(`interop report ${sub}: ${error.message}\n`);
  return EXIT.usage;
}

/** A report.json of the full matrix is a few megabytes. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** Each input must be a report directory (or report.json) read within the size cap through core's bounded reader first. */
async function checkInput(path: string): Promise<void> {
  const kind = await inputPathKind(path, 'report');
  await readBoundedBytes(kind === 'directory' ? resolve(path, 'report.json') : path, { what: 'report', maxBytes: MAX_REPORT_BYTES });
}

/** `report merge DIR... --out DIR`: every shard of one run, validated, joined; exit 1 when the result is red. */
async function merge(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: { out: { type: 'string' }, json: { type: 'boolean', default: false }, 'junit-omit-unsupported': { type: 'boolean', default: false } },
  });
  if (!values.out) throw new UsageError('report merge needs --out DIR');
  if (positionals.length === 0) throw new UsageError('report merge needs the report DIR of every shard');
  const out = resolve(values.out);
  const inputs = positionals.map((p) => resolve(p));
  for (const input of inputs) await checkInput(input);
  if (inputs.some((i) => i === out || i === resolve(out, 'report.json')))
    throw new ClientError('E_OUTPUT_IS_INPUT', `--out ${values.out} is one of the inputs: merging would overwrite a shard's report`);
  // The same directory by another name (a link) is one of the inputs too: compared as inodes.
  const outStats = statSync(out, { throwIfNoEntry: false });
  if (
    outStats &&
    inputs.some((i) => {
      const s = statSync(i, { throwIfNoEntry: false });
      return s !== undefined && s.dev === outStats.dev && s.ino === outStats.ino;
    })
  )
    throw new ClientError('E_OUTPUT_IS_INPUT', `--out ${values.out} is one of the report directories being merged`);
  let merged: ReturnType<typeof mergeReports>;
  try {
    merged = mergeReports(inputs);
  } catch (error) {
    return refuse('merge', error);
  }
  writeReports(out, merged, { root: repositoryRoot(), omitUnsupportedFromJunit: values['junit-omit-unsupported'] ?? false });
  publishToGithub(merged, renderMarkdown(merged), values.json ?? false);
  process.stdout.write(values.json ? `${JSON.stringify(merged, null, 2)}\n` : renderGrid(merged));
  return isRedReport(merged) ? EXIT.failed : EXIT.ok;
}

/** `report diff OLD NEW`: what changed between two runs; exit 1 on a regression. */
async function diff(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 2) throw new UsageError('report diff takes two reports: OLD NEW (each a report DIR or a report.json)');
  for (const input of positionals) await checkInput(resolve(input));
  let result: ReturnType<typeof diffReports>;
  try {
    const [before, after] = positionals.map((p) => readReport(resolve(p))) as [ReturnType<typeof readReport>, ReturnType<typeof readReport>];
    result = diffReports(before, after);
  } catch (error) {
    return refuse('diff', error);
  }
  const markdown = renderDiffMarkdown(result);
  publishToGithub(undefined, markdown, values.json ?? false);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : markdown);
  return result.regressions ? EXIT.failed : EXIT.ok;
}

/** `interop report merge|diff`. */
export async function command(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'merge') return await merge(rest);
  if (sub === 'diff') return await diff(rest);
  throw new UsageError(`report takes merge or diff (got '${sub ?? ''}')`);
}
