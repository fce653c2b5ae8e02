import { parseArgs } from 'node:util';
import { readBoundedText, STDIN_PATH } from '@interop/core';
import {
  applyJson,
  applySafe,
  applyVerbatim,
  appsBrowserLauncher,
  COPY_VARIANT_IDS,
  type CopyVariant,
  formatApply,
  formatPlan,
  formatVerify,
  isCopyVariant,
  type LaunchComputer,
  parseSavedDump,
  planJson,
  planMigration,
  type SavedDump,
  verifyInChromium,
  verifyJson,
} from '@interop/migration';
import type { CommandContext } from '../command.js';
import type { ChildOwner } from '../lifecycle/child-owner.js';
import { printJson, printText } from '../output.js';
import { EXIT, UsageError } from '../usage.js';
import { writeOutputs } from '../write-outputs.js';
import { MIGRATE_HELP } from './migrate-help.js';

/** A dump of a browser profile: Chromium's quota keeps localStorage near 10 MB, and a saved literal adds escapes. */
export const MAX_DUMP_BYTES = 64 * 1024 * 1024;

async function readDump(path: string | undefined, flag: string): Promise<SavedDump> {
  if (!path) throw new UsageError(`migrate needs ${flag} FILE`);
  return parseSavedDump(await readBoundedText(path, { what: `${flag} dump`, maxBytes: MAX_DUMP_BYTES }), path);
}

function checkStdin(...paths: (string | undefined)[]): void {
  if (paths.filter((p) => p === STDIN_PATH).length > 1) throw new UsageError('only one of --old and --new can be - (standard input)');
}

function pasteOption(value: string | undefined, allowAsSaved: boolean): CopyVariant | 'as-saved' | undefined {
  if (value === undefined) return undefined;
  if (isCopyVariant(value) || (allowAsSaved && value === 'as-saved')) return value;
  throw new UsageError(`--paste must be one of ${[...COPY_VARIANT_IDS, ...(allowAsSaved ? ['as-saved'] : [])].join(', ')} (got '${value}')`);
}

const COMMON = { old: { type: 'string' }, new: { type: 'string' }, paste: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

async function plan(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: COMMON });
  const variant = pasteOption(values.paste, true);
  checkStdin(values.old, values.new);
  const old = await readDump(values.old, '--old');
  const neu = await readDump(values.new, '--new');
  const result = planMigration(old, neu, variant ? { variant } : {});
  if (values.json) printJson(planJson(result));
  else printText(formatPlan(result));
  return EXIT.ok;
}

async function apply(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      ...COMMON,
      out: { type: 'string' },
      mode: { type: 'string', default: 'safe' },
      'take-settings': { type: 'boolean', default: false },
      prefer: { type: 'string', default: 'new' },
      force: { type: 'boolean', default: false },
    },
  });
  if (values.mode !== 'safe' && values.mode !== 'verbatim') throw new UsageError(`--mode must be safe or verbatim (got '${values.mode}')`);
  if (values.prefer !== 'new' && values.prefer !== 'old') throw new UsageError(`--prefer must be new or old (got '${values.prefer}')`);
  if (!values.out) throw new UsageError('migrate apply needs --out FILE');
  const variant = pasteOption(values.paste, false) as CopyVariant | undefined;
  if (values.mode === 'safe' && variant !== undefined) throw new UsageError('--paste applies to --mode verbatim only');
  if (values.mode === 'verbatim' && (values['take-settings'] || values.prefer !== 'new'))
    throw new UsageError('--take-settings and --prefer apply to --mode safe only');
  checkStdin(values.old, values.new);
  const old = await readDump(values.old, '--old');
  const neu = await readDump(values.new, '--new');
  const inputs = [values.old as string, values.new as string];
  const out = values.out;
  const base = out.replace(/\.json$/i, '');
  const result =
    values.mode === 'verbatim'
      ? applyVerbatim(old.dump, neu.dump, variant)
      : applySafe(old.dump, neu.dump, { takeSettings: values['take-settings'], prefer: values.prefer });
  const files = result.mode === 'safe' ? { out, script: `${base}.console.js`, conflicts: `${base}.conflicts.json` } : { out };
  // All the files are checked before the first is written, and each is written whole or not at all.
  writeOutputs(
    [
      { path: out, text: `${JSON.stringify(result.result)}\n` },
      ...(result.mode === 'safe' ? [{ path: files.script as string, text: result.script }] : []),
      ...(result.mode === 'safe' && result.merge.conflicts.length > 0
        ? [{ path: files.conflicts as string, text: `${JSON.stringify(result.merge.displaced, null, 2)}\n` }]
        : []),
    ],
    inputs,
    values.force,
  );
  if (values.json) printJson(applyJson(result, files));
  else printText(formatApply(result, files));
  return EXIT.ok;
}

/** The Apps harness launcher, with every browser profile it opens owned from its launch (closed on any way out). */
async function ownedLauncher(owner: ChildOwner): Promise<LaunchComputer> {
  const launch = await appsBrowserLauncher();
  return async (options) => {
    const { child, dispose } = await owner.own(launch(options), (computer) => computer.close());
    return { ...child, close: dispose };
  };
}

async function verify(argv: string[], { owner }: CommandContext): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: COMMON });
  const variant = pasteOption(values.paste, false) as CopyVariant | undefined;
  checkStdin(values.old, values.new);
  const old = await readDump(values.old, '--old');
  const neu = await readDump(values.new, '--new');
  const report = await verifyInChromium(old.dump, neu.dump, variant ?? 'literal', { launch: await ownedLauncher(owner) });
  if (values.json) printJson(verifyJson(report));
  else printText(formatVerify(report));
  return report.matches ? EXIT.ok : EXIT.failed;
}

const SUBCOMMANDS: Readonly<Record<string, (argv: string[], context: CommandContext) => Promise<number>>> = { plan, apply, verify };

export const command = async (argv: string[], context: CommandContext): Promise<number> => {
  const [sub, ...rest] = argv;
  const run = sub !== undefined && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
  if (run === undefined) throw new UsageError(`migrate needs one of: plan, apply, verify${sub === undefined ? '' : ` (got '${sub}')`}\n${MIGRATE_HELP}`);
  return run(rest, context);
};
