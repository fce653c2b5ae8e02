import { COPY_VARIANT_IDS } from '@interop/migration';

/** Help for `interop migrate`: its own module, so `interop --help` loads no migration code. */
export const MIGRATE_HELP = `interop migrate plan   --old FILE --new FILE [--paste VARIANT] [--json]
interop migrate apply  --old FILE --new FILE --out FILE [--force] [--mode safe|verbatim]
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
        <out>.conflicts.json, the values not taken. The script writes all its entries or none.
        Every output is written atomically with mode 0600 (it holds encrypted keys); an existing
        output is replaced only with --force, and never when it is one of the inputs (also through
        a symbolic or hard link). A result over Chromium's localStorage quota (5,242,880 characters
        of keys and values per origin) is refused with E_QUOTA: the browser would drop part of it.
verify  runs the procedure in real Chromium (two browser profiles with the Apps harness) and prints
        what happened to each account, and whether the model predicted it key for key.
--paste how the copy step was done: ${COPY_VARIANT_IDS.join(' | ')} (default literal: the console's
        displayed string pasted as is), or as-saved (plan: the old file's text exactly).
FILE is a regular file, or - for standard input (one of --old, --new). Names and keys are printed
quoted and escaped; encrypted keys and settings values are never printed.
Exit codes: 0 done, 1 the input was refused (E_JSON_MALFORMED, E_INPUT_TOO_LARGE, E_QUOTA …) or verify
found a difference, 2 usage error (also a path that is not a readable regular file: E_INPUT_UNREADABLE,
E_INPUT_DIRECTORY, E_INPUT_DEVICE, E_INPUT_PIPE; an output that exists or is an input: E_OUTPUT_EXISTS,
E_OUTPUT_IS_INPUT).`;
