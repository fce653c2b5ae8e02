import { parseArgs } from 'node:util';
import { CLIENT_FACTORIES, loadScenarios, type ReplayResult, replayScenario } from '@interop/runner';
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
  const factories = CLIENT_FACTORIES.map((f) => owner.ownFactory(f));
  const results: { file: string; title?: string; kind?: string; links?: readonly string[]; status: ReplayResult['status']; detail: string }[] = [];
  for (const item of loaded) {
    if ('error' in item) {
      results.push({ file: item.file, status: 'broken', detail: item.error });
    } else {
      const r = await replayScenario(item.scenario, factories);
      results.push({ file: item.file, title: item.scenario.title, kind: item.scenario.kind, links: item.scenario.links ?? [], ...r });
    }
    const last = results[results.length - 1];
    if (!values.json && last) {
      printText(
        `${LABEL[last.status].padEnd(20)} ${last.file}\n${last.title ? `  ${last.title}\n` : ''}  ${last.detail}\n${last.links?.length ? `  ${last.links.join(' ')}\n` : ''}`,
      );
    }
  }
  const counts = { reproduces: 0, 'no-longer-reproduces': 0, broken: 0 };
  for (const r of results) counts[r.status]++;
  if (values.json) printJson({ results, counts }, 2);
  else
    printText(
      `\n${results.length} scenario(s): ${counts.reproduces} reproduce, ${counts['no-longer-reproduces']} no longer reproduce, ${counts.broken} broken\n`,
    );
  return counts.broken > 0 || counts['no-longer-reproduces'] > 0 ? EXIT.failed : EXIT.ok;
}
