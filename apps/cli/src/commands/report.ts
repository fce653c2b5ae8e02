import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
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

/** `report merge DIR... --out DIR`: every shard of one run, validated, joined; exit 1 when the result is red. */
function merge(argv: string[]): number {
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
  if (inputs.some((i) => i === out || i === resolve(out, 'report.json')))
    throw new UsageError(`--out ${values.out} is one of the inputs: merging would overwrite a shard's report`);
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
function diff(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 2) throw new UsageError('report diff takes two reports: OLD NEW (each a report DIR or a report.json)');
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
  if (sub === 'merge') return merge(rest);
  if (sub === 'diff') return diff(rest);
  throw new UsageError(`report takes merge or diff (got '${sub ?? ''}')`);
}
