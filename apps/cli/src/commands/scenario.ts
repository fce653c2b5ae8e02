import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { CLIENT_FACTORIES, loadScenarios, type ReplayResult, replayScenario, SELECTABLE_FACTORIES } from '@interop/runner';
import type { CommandContext } from '../command.js';
import { printJson, printText } from '../output.js';
import { EXIT, UsageError } from '../usage.js';

const LABEL: Record<ReplayResult['status'], string> = {
  reproduces: 'reproduces',
  'no-longer-reproduces': 'NO LONGER REPRODUCES',
  broken: 'BROKEN SCENARIO',
};

/**
 * Replays scenario files. A counterexample "reproduces" while the cell still fails; a bug
 * scenario while the client still behaves as recorded. A scenario that no longer reproduces
 * means a client changed (fixed, or broke differently): the run goes red so someone looks.
 * FILE|DIR must be a regular file or a directory (read through core's bounded reader); a file
 * in it that cannot be read is a BROKEN SCENARIO with its code.
 */
export async function command(argv: string[], { owner }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('scenario takes one FILE or DIR');
  const loaded = await loadScenarios(positionals[0] as string);
  if (loaded.length === 0) throw new UsageError(`no scenario files in ${positionals[0]}`);
  const factories = [...CLIENT_FACTORIES, ...SELECTABLE_FACTORIES].map((f) => owner.ownFactory(f));
  type Result = { file: string; title?: string; kind?: string; links?: readonly string[]; status: ReplayResult['status']; detail: string };
  // Scenarios are independent (each starts its own instances): several at once, reported in file order.
  const results: Result[] = new Array(loaded.length);
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(availableParallelism(), loaded.length)) }, async () => {
    while (next < loaded.length) {
      const at = next++;
      const item = loaded[at] as (typeof loaded)[number];
      const result: Result =
        'error' in item
          ? { file: item.file, status: 'broken', detail: item.error }
          : {
              file: item.file,
              title: item.scenario.title,
              kind: item.scenario.kind,
              links: item.scenario.links ?? [],
              ...(await replayScenario(item.scenario, factories)),
            };
      results[at] = result;
      if (!values.json) {
        printText(
          `${LABEL[result.status].padEnd(20)} ${result.file}\n${result.title ? `  ${result.title}\n` : ''}  ${result.detail}\n${result.links?.length ? `  ${result.links.join(' ')}\n` : ''}`,
        );
      }
    }
  });
  await Promise.all(lanes);
  const counts = { reproduces: 0, 'no-longer-reproduces': 0, broken: 0 };
  for (const r of results) counts[r.status]++;
  if (values.json) printJson({ results, counts }, 2);
  else
    printText(
      `\n${results.length} scenario(s): ${counts.reproduces} reproduce, ${counts['no-longer-reproduces']} no longer reproduce, ${counts.broken} broken\n`,
    );
  return counts.broken > 0 || counts['no-longer-reproduces'] > 0 ? EXIT.failed : EXIT.ok;
}
