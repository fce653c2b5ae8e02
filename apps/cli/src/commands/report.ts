import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MergeError, mergeReports, renderGrid, writeReports } from '@interop/runner';
import { EXIT, UsageError } from '../usage.js';

/** `interop report merge DIR... --out DIR`: joins shard reports and writes every format again. */
export async function command(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'merge') throw new UsageError(`report has one subcommand, merge (got '${sub ?? ''}')`);
  const { values, positionals } = parseArgs({ args: rest, strict: true, allowPositionals: true, options: { out: { type: 'string' } } });
  if (!values.out) throw new UsageError('report merge needs --out DIR');
  if (positionals.length === 0) throw new UsageError('report merge needs at least one report DIR');
  try {
    const merged = mergeReports(positionals.map((p) => resolve(p)));
    writeReports(resolve(values.out), merged);
    process.stdout.write(renderGrid(merged));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof MergeError) {
      process.stderr.write(`interop report merge: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}
