import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClientError } from '@interop/core';
import {
  applyJson,
  applySafe,
  applyVerbatim,
  COPY_VARIANT_IDS,
  type CopyVariant,
  formatApply,
  formatPlan,
  formatVerify,
  isCopyVariant,
  parseSavedDump,
  planJson,
  planMigration,
  type SavedDump,
  verifyInChromium,
  verifyJson,
} from '@interop/migration';
import { EXIT, UsageError } from '../usage.js';

/** Help for `interop migrate` (the lead may register it in help.ts COMMAND_HELP.migrate). */
export const MIGRATE_HELP = `interop migrate plan   --old FILE --new FILE [--paste VARIANT] [--json]
interop migrate apply  --old FILE --new FILE --out FILE [--mode safe|verbatim]
                       [--take-settings] [--prefer new|old] [--paste VARIANT] [--json]
interop migrate verify --old FILE --new FILE [--paste VARIANT] [--json]

Moving Polkadot-JS Apps accounts to another computer the Polkadot wiki's way: JSON.stringify(localStorage)
on the old computer, then on the new one raw = <that string> and a loop that re-writes every key with
JSON.stringify(value).replace(/\\\\/g,'').slice(1,-1). FILE is a saved JSON.stringify(localStorage): the
string itself, between tick marks, or as the console displayed it.

plan    tells, before anyone runs it, what the procedure does to each key and account on the new
        computer: kept, added, unchanged, overwritten, settings-replaced, corrupted (and how),
        lost-from-view (Apps skips it), secret-lost (an in-browser account replaced by an entry
        without its secret) — and whether the paste step itself fails. Rules: packages/migration/RULES.md.
apply   writes the new computer's localStorage after the migration to --out. verbatim: the wiki's
        result. safe (default): values copied byte for byte, an entry holding a secret never replaced
        by one without, the new computer's settings kept (--take-settings to take the old ones), every
        conflict reported; also writes <out>.console.js, a console script immune to quoting, and
        <out>.conflicts.json, the values not taken.
verify  runs the procedure in real Chromium (two browser profiles with the Apps harness) and prints
        what happened to each account, and whether the model predicted it key for key.
--paste how the copy step was done: ${COPY_VARIANT_IDS.join(' | ')} (default literal: the console's
        displayed string pasted as is), or as-saved (plan: the old file's text exactly).
Names are printed quoted and escaped; encrypted keys and settings values are never printed.
Exit codes: 0 done, 1 the input was refused or verify found a difference, 2 usage error.`;

const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function readDump(path: string | undefined, flag: string): SavedDump {
  if (!path) throw new UsageError(`migrate needs ${flag} FILE`);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new ClientError('E_INPUT_UNREADABLE', `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
  }
  if (size > MAX_INPUT_BYTES) throw new ClientError('E_INPUT_UNREADABLE', `${path} is ${size} bytes; dumps larger than ${MAX_INPUT_BYTES} are not read`);
  return parseSavedDump(readFileSync(path, 'utf8'), path);
}

function pasteOption(value: string | undefined, allowAsSaved: boolean): CopyVariant | 'as-saved' | undefined {
  if (value === undefined) return undefined;
  if (isCopyVariant(value) || (allowAsSaved && value === 'as-saved')) return value;
  throw new UsageError(`--paste must be one of ${[...COPY_VARIANT_IDS, ...(allowAsSaved ? ['as-saved'] : [])].join(', ')} (got '${value}')`);
}

/** Output files hold encrypted keys: readable by the owner only, and never one of the inputs. */
function writeOutput(path: string, text: string, inputs: readonly string[]): void {
  if (inputs.some((i) => resolve(i) === resolve(path))) throw new UsageError(`refusing to overwrite the input ${path}`);
  try {
    writeFileSync(path, text, { mode: 0o600 });
  } catch (error) {
    throw new ClientError('E_INPUT_UNREADABLE', `cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
  }
}

const COMMON = { old: { type: 'string' }, new: { type: 'string' }, paste: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

async function plan(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: COMMON });
  const variant = pasteOption(values.paste, true);
  const old = readDump(values.old, '--old');
  const neu = readDump(values.new, '--new');
  const result = planMigration(old, neu, variant ? { variant } : {});
  process.stdout.write(values.json ? `${JSON.stringify(planJson(result))}\n` : formatPlan(result));
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
    },
  });
  if (values.mode !== 'safe' && values.mode !== 'verbatim') throw new UsageError(`--mode must be safe or verbatim (got '${values.mode}')`);
  if (values.prefer !== 'new' && values.prefer !== 'old') throw new UsageError(`--prefer must be new or old (got '${values.prefer}')`);
  if (!values.out) throw new UsageError('migrate apply needs --out FILE');
  const variant = pasteOption(values.paste, false) as CopyVariant | undefined;
  if (values.mode === 'safe' && variant !== undefined) throw new UsageError('--paste applies to --mode verbatim only');
  if (values.mode === 'verbatim' && (values['take-settings'] || values.prefer !== 'new'))
    throw new UsageError('--take-settings and --prefer apply to --mode safe only');
  const old = readDump(values.old, '--old');
  const neu = readDump(values.new, '--new');
  const inputs = [values.old as string, values.new as string];
  const out = values.out;
  const base = out.replace(/\.json$/i, '');
  const result =
    values.mode === 'verbatim'
      ? applyVerbatim(old.dump, neu.dump, variant)
      : applySafe(old.dump, neu.dump, { takeSettings: values['take-settings'], prefer: values.prefer });
  const files = result.mode === 'safe' ? { out, script: `${base}.console.js`, conflicts: `${base}.conflicts.json` } : { out };
  writeOutput(out, `${JSON.stringify(result.result)}\n`, inputs);
  if (result.mode === 'safe') {
    writeOutput(files.script as string, result.script, inputs);
    if (result.merge.conflicts.length > 0) writeOutput(files.conflicts as string, `${JSON.stringify(result.merge.displaced, null, 2)}\n`, inputs);
  }
  process.stdout.write(values.json ? `${JSON.stringify(applyJson(result, files))}\n` : formatApply(result, files));
  return EXIT.ok;
}

async function verify(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: COMMON });
  const variant = pasteOption(values.paste, false) as CopyVariant | undefined;
  const old = readDump(values.old, '--old');
  const neu = readDump(values.new, '--new');
  const report = await verifyInChromium(old.dump, neu.dump, variant ?? 'literal');
  process.stdout.write(values.json ? `${JSON.stringify(verifyJson(report))}\n` : formatVerify(report));
  return report.matches ? EXIT.ok : EXIT.failed;
}

const SUBCOMMANDS: Readonly<Record<string, (argv: string[]) => Promise<number>>> = { plan, apply, verify };

export const command = async (argv: string[]): Promise<number> => {
  const [sub, ...rest] = argv;
  const run = sub === undefined ? undefined : SUBCOMMANDS[sub];
  if (run === undefined) throw new UsageError(`migrate needs one of: plan, apply, verify${sub === undefined ? '' : ` (got '${sub}')`}\n${MIGRATE_HELP}`);
  return run(rest);
};
