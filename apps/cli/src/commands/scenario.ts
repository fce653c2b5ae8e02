import { parseArgs } from 'node:util';
import { CLIENT_FACTORIES, loadScenarios, type ReplayResult, replayScenario } from '@interop/runner';
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
 */
export async function command(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals.length !== 1) throw new UsageError('scenario takes one FILE or DIR');
  const loaded = loadScenarios(positionals[0] as string);
  if (loaded.length === 0) throw new UsageError(`no scenario files in ${positionals[0]}`);
  const results: { file: string; title?: string; kind?: string; links?: readonly string[]; status: ReplayResult['status']; detail: string }[] = [];
  for (const item of loaded) {
    if ('error' in item) {
      results.push({ file: item.file, status: 'broken', detail: item.error });
    } else {
      const r = await replayScenario(item.scenario, CLIENT_FACTORIES);
      results.push({ file: item.file, title: item.scenario.title, kind: item.scenario.kind, links: item.scenario.links ?? [], ...r });
    }
    const last = results[results.length - 1];
    if (!values.json && last) {
      process.stdout.write(
        `${LABEL[last.status].padEnd(20)} ${last.file}\n${last.title ? `  ${last.title}\n` : ''}  ${last.detail}\n${last.links?.length ? `  ${last.links.join(' ')}\n` : ''}`,
      );
    }
  }
  const counts = { reproduces: 0, 'no-longer-reproduces': 0, broken: 0 };
  for (const r of results) counts[r.status]++;
  if (values.json) process.stdout.write(`${JSON.stringify({ results, counts }, null, 2)}\n`);
  else
    process.stdout.write(
      `\n${results.length} scenario(s): ${counts.reproduces} reproduce, ${counts['no-longer-reproduces']} no longer reproduce, ${counts.broken} broken\n`,
    );
  return counts.broken > 0 || counts['no-longer-reproduces'] > 0 ? EXIT.failed : EXIT.ok;
}
