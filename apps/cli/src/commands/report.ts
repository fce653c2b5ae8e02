import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClientError, inputPathKind, readBoundedBytes } from '@interop/core';
import { MergeError, mergeReports, renderGrid, writeReports } from '@interop/runner';
import { printError, printText } from '../output.js';
import { EXIT, UsageError } from '../usage.js';

/** A report.json of the full matrix is a few megabytes. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/**
 * Each DIR must be a directory whose report.json is a regular file within the size cap, checked
 * through core's bounded reader before the runner's merge reads it (the merge reads the file
 * itself; see the report of issue 16 for moving that read behind the bounded reader).
 */
async function checkShard(dir: string): Promise<void> {
  if ((await inputPathKind(dir, 'report directory')) !== 'directory') throw new ClientError('E_INPUT_UNREADABLE', `${dir} is not a directory of a report`);
  await readBoundedBytes(resolve(dir, 'report.json'), { what: 'report', maxBytes: MAX_REPORT_BYTES });
}

/** `interop report merge DIR... --out DIR`: joins shard reports and writes every format again. */
export async function command(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'merge') throw new UsageError(`report has one subcommand, merge (got '${sub ?? ''}')`);
  const { values, positionals } = parseArgs({ args: rest, strict: true, allowPositionals: true, options: { out: { type: 'string' } } });
  if (!values.out) throw new UsageError('report merge needs --out DIR');
  if (positionals.length === 0) throw new UsageError('report merge needs at least one report DIR');
  const out = resolve(values.out);
  for (const dir of positionals) await checkShard(dir);
  // Writing into a shard's directory would replace the report.json being merged (compared as inodes: links too).
  const outStats = statSync(out, { throwIfNoEntry: false });
  if (
    outStats &&
    positionals.some((p) => {
      const s = statSync(p);
      return s.dev === outStats.dev && s.ino === outStats.ino;
    })
  )
    throw new ClientError('E_OUTPUT_IS_INPUT', `--out ${values.out} is one of the report directories being merged`);
  try {
    const merged = mergeReports(positionals.map((p) => resolve(p)));
    writeReports(out, merged);
    printText(renderGrid(merged));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof MergeError) {
      printError(`interop report merge: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}
