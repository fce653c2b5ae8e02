import { METHODS } from '@interop/core';
import { MIGRATE_HELP } from './commands/migrate.js';

export const HELP = `interop — will a Polkadot account backed up in one client come back as the same address in another?

Clients: the Polkadot{.js} extension (its real background handlers), Polkadot-JS Apps (its real
ui-keyring, in Node and in Chromium) and Polkadot Vault, formerly Parity Signer (a model of its
Rust rules over the same crypto crates). Run from the repository root with \`pnpm -s interop\`.

Three jobs:

  1. The interop matrix — every source x backup method x target x key type, as fast-check
     properties; outcomes pass / fail / unsupported / error / known-divergence.
       interop matrix [--clients a,b] [--sources a] [--targets b] [--methods m,..] [--types t,..]
                      [--runs N] [--seed S] [--shard i/n] [--report DIR] [--json] [--list] [--progress]
       interop report merge DIR... --out DIR     join the shards of one run (all of them)
       interop report diff OLD NEW [--json]      what changed between two runs

  2. Restore bug scenarios — replay saved counterexamples and known upstream bugs.
       interop scenario FILE|DIR [--json]
       interop restore --client ID --from FILE [--password-file F] [--passphrase-file F]
                       [--path P] [--type T] [--network N] [--json]

  3. Moving Apps accounts between computers through localStorage (the Polkadot wiki way).
       interop migrate plan   --old FILE --new FILE [--json]
       interop migrate apply  --old FILE --new FILE --out FILE [--mode safe|verbatim]
       interop migrate verify --old FILE --new FILE

  interop clients [--json]     the client profiles, their versions and capabilities
  interop --version            this tool's version

restore reads FILE and detects its kind: keystore JSON, the extension's batch export, Apps'
export-all array, a JSON.stringify(localStorage) dump, a phrase or 0x seed (optionally with a
derivation path), a secret: or substrate: QR payload, or Banana Split shares (one JSON a line).
Secrets are read from files only, never from arguments, and are never printed.

Exit codes: 0 done (restored / no failing cell), 1 the client refused, a cell failed or a run
is incomplete, 2 usage error or unusable input; an interrupted matrix exits 130 (SIGINT) or 143 (SIGTERM). Every error is {code, message}; --json prints exactly one JSON document.
Run 'interop <command> --help' for one command.
`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  migrate: MIGRATE_HELP,
  matrix: `interop matrix [--clients a,b] [--sources a,..] [--targets b,..] [--methods m,..] [--types t,..]
              [--runs N] [--seed S] [--shard i/n] [--report DIR] [--json] [--list] [--progress]
              [--found DIR] [--concurrency N] [--timeout MS] [--junit-omit-unsupported]

Runs every source x backup method x target x key type as a fast-check property: accounts are
generated (phrases of 12-24 words, hex seeds, derivation paths, hostile names and passwords),
created in the source through its UI path, backed up, restored in the target and compared with
the key computed from the spec by @polkadot/util-crypto.
--clients   ids or client names from 'interop clients' (default: all)
--sources   only these of the clients as sources (a team runs its own row); --targets likewise
--methods   ${METHODS.join(', ')}
--types     sr25519, ed25519, ecdsa, ethereum
--runs      property runs per cell (default 3); --seed fixes every generated value (printed at start)
--shard i/n run the i-th of n deterministic parts; join all n with 'interop report merge'
--list      print the plan (each cell, and why it is unsupported) without running it
--report    write report.json, junit.xml, summary.md and report.html to DIR
--junit-omit-unsupported   leave unsupported cells out of junit.xml
--progress  progress lines on stderr even when stdout is not a terminal (quiet there by default):
            runnable cells done, elapsed time and time left, a heartbeat naming slow cells
--found     where shrunk counterexamples are saved (default scenarios/found)
--json      print report.json on stdout instead of the grid
In a GitHub Actions job (GITHUB_ACTIONS=true) red cells become ::error annotations and the
summary is appended to $GITHUB_STEP_SUMMARY. Ctrl-C or SIGTERM stops every client, writes a
partial report marked incomplete and exits 130 / 143.
Exit 1 when a cell fails, errors, or a known divergence stopped diverging; 0 otherwise.`,
  scenario: `interop scenario FILE|DIR [--json]

Replays scenario files (schema: packages/runner/schemas/scenario.schema.json): shrunk
counterexamples from scenarios/found/ and known upstream bugs from scenarios/bugs/. Each is
reported as 'reproduces', 'NO LONGER REPRODUCES' (a client changed: look at it) or 'BROKEN
SCENARIO' (the file or a client could not run it). Exit 1 unless every scenario reproduces.`,
  report: `interop report merge DIR... --out DIR [--json] [--junit-omit-unsupported]
interop report diff OLD NEW [--json]

merge joins the report.json of every shard of one run and writes report.json, junit.xml,
summary.md and report.html to --out. Each input is validated against
packages/runner/schemas/report.schema.json; the shards must be 1..n of one n, with one seed,
one plan (fingerprint), one tool version and commit. Exit 1 when the merged report has a fail or
error cell, a divergence that stopped diverging, or is incomplete (an interrupted shard); exit 2
on unusable input (unreadable, invalid, a shard missing or given twice, shards of another run).

diff compares two reports (a report DIR or a report.json each): new fails and errors, fixed
cells, divergences that stopped, capability changes (unsupported reasons that changed), every
outcome flip, cells only in one run. Markdown by default, --json for one JSON document.
Exit 1 on a regression (a new fail or error, a divergence that stopped, an incomplete new run).`,
  clients: `interop clients [--json]

Lists the client profiles: id (client@version), realm (node | chromium), the exact package
versions behind each, and what each can create, back up and restore per key type — with the
reason for every "no" and whether a user can reach it from the client's UI.`,
  restore: `interop restore --client ID --from FILE [--password-file F] [--passphrase-file F]
                [--path P] [--type T] [--json]

Runs one client's restore on one backup, as that client's user would, and lists the accounts
the client then holds. --client takes an id from 'interop clients' (or a client name).
--password-file: the keystore password (JSON, batch, export-all), or the new account password
  for a phrase or seed import (a throwaway one is used when omitted).
--passphrase-file: the Banana Split passphrase.
--path, --type: derivation path and key type for a phrase or seed (default: the client's own).
--network: the chain the client is connected to (polkadot, kusama, westend; Apps also moonbeam),
  which decides what Apps shows (accounts of another genesis are hidden) and Vault's keys.
With --json prints one object:
  {"client":ID,"ok":true,"accounts":[{"publicKey","type","address","name"}]}
  {"client":ID,"ok":false,"error":{"code","message"}}
address is ss58 at prefix 42 for substrate types, the checksummed H160 for ethereum.`,
};
