import { METHODS } from '@interop/core/vocabulary';

export const HELP = `interop — will a Polkadot account backed up in one client come back as the same address in another?

Clients: the Polkadot{.js} extension (its real background handlers), Polkadot-JS Apps (its real
ui-keyring, in Node and in Chromium) and Polkadot Vault, formerly Parity Signer (a model of its
Rust rules over the same crypto crates). Run from the repository root with \`pnpm -s interop\`.

Three jobs:

  1. The interop matrix — every source x backup method x target x key type, as fast-check
     properties; outcomes pass / fail / unsupported / error / known-divergence.
       interop matrix [--clients a,b] [--sources a] [--targets b] [--methods m,..] [--types t,..]
                      [--runs N] [--seed S] [--shard i/n [--durations REPORT]] [--report DIR]
                      [--json] [--list] [--progress]
       interop report merge DIR... --out DIR     join the shards of one run (all of them)
       interop report diff OLD NEW [--json]      what changed between two runs

  2. Restore bug scenarios — replay saved counterexamples and known upstream bugs.
       interop scenario FILE|DIR [--json]
       interop restore --client ID --from FILE [--password-file F] [--passphrase-file F]
                       [--derivation-password-file F] [--path P] [--type T] [--network N]
                       [--timeout MS] [--json]

  3. Moving Apps accounts between computers through localStorage (the Polkadot wiki way).
       interop migrate plan   --old FILE --new FILE [--json]
       interop migrate apply  --old FILE --new FILE --out FILE [--force] [--mode safe|verbatim]
       interop migrate verify --old FILE --new FILE

  4. One real backup in hand — which clients restore it, to which address, and why they differ.
       interop check --from FILE [--password-file F] [--passphrase-file F] [--derivation-password-file F]
                     [--path P] [--type T] [--network N] [--clients a,b] [--expect ADDRESS]
                     [--json] [--html OUT] [--timeout MS]

  interop clients [--json]     the client profiles, their versions and capabilities
  interop --version            this tool's version

restore reads FILE and detects its kind: keystore JSON, the extension's batch export, Apps'
export-all array, a JSON.stringify(localStorage) dump, a phrase or 0x seed (optionally with a
derivation path), a secret: or substrate: QR payload, or Banana Split shares (one JSON a line).
Secrets are read from files only, never from arguments (a ///password in --path is refused), and
are never printed.

Every input path (FILE, F, DIR) must be a regular file (or a directory where DIR is asked); -
reads standard input (one option at a time). Each is read with a size cap counted while reading
and a time limit (60 s, INTEROP_INPUT_TIMEOUT_MS); a device, FIFO, socket or directory is refused
before a byte is read. Terminal output shows control characters of any input as escapes.

Exit codes: 0 done (restored / no failing cell), 1 the client refused, a cell failed, a run is
incomplete, or a file's content was refused (E_INPUT_TOO_LARGE, E_INPUT_TIMEOUT,
E_INPUT_ENCODING, E_QUOTA …), 2 usage error: bad arguments, an unknown network, a secret on the
command line, unusable report input, an input path that is not a readable regular file
(E_INPUT_UNREADABLE, E_INPUT_DIRECTORY, E_INPUT_DEVICE, E_INPUT_PIPE), an output that exists or
is an input (E_OUTPUT_EXISTS, E_OUTPUT_IS_INPUT); 128+N when stopped by signal N (130 SIGINT,
143 SIGTERM: children closed, temp files removed, an interrupted matrix writes its partial
report first). Every error is {code, message}; --json prints exactly one JSON document on
stdout, also for a usage error. Run 'interop <command> --help' for one command.
`;

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  check: `interop check --from FILE [--password-file F] [--passphrase-file F] [--derivation-password-file F]
              [--path P] [--type T] [--network N] [--clients a,b] [--expect ADDRESS]
              [--json] [--html OUT [--force]] [--timeout MS]

Tells what FILE is without a password (kind, keystore version, key types, scrypt N/r/p or none,
the address each account claims and, where the key is visible, whether the claim is true), the
refusals the known divergences predict, then restores it in every client profile that reads its
kind (--clients to choose), each in an instance of its own, several at once. Equal answers are
grouped; every other answer is explained by a known divergence (reason, upstream link, scenario)
or reported as unexplained. For a phrase it also lists what each client makes from it by itself
(Vault's root and //network keys, the React Native Signer's, the root key and BIP44 index 0 of
the polkadot-js clients). --expect ADDRESS searches which type and path give that address
(defaults, //0..//20, /0../20, BIP44 0..20, under each client's rules). --html writes one
self-contained page (no secret in it; an existing file needs --force). Secrets only from files,
never printed. Exit 0 when every profile that reads the file restores the same keys, 1 when one
refuses or differs, 2 on usage.`,
  matrix: `interop matrix [--clients a,b] [--sources a,..] [--targets b,..] [--methods m,..] [--types t,..]
              [--runs N] [--seed S] [--shard i/n [--durations REPORT]] [--report DIR]
              [--json] [--list] [--progress] [--found DIR] [--concurrency N] [--timeout MS]
              [--junit-omit-unsupported] [--no-scrypt-cache]

Runs every source x backup method x target x key type as a fast-check property: accounts are
generated (phrases of 12-24 words, hex seeds, derivation paths, hostile names and passwords),
created in the source through its UI path, backed up, restored in the target and compared with
the key an independent oracle computes from the spec (@scure/sr25519, @noble/curves, @scure/bip39
and ports of both junction rules, not @polkadot/util-crypto) under each client's own rules.
A difference a divergence record explains is 'known-divergence' with its reason and source;
--clients also takes profiles outside the default matrix by exact id (see 'interop clients').
--clients   ids or client names from 'interop clients' (default: all)
--sources   only these of the clients as sources (a team runs its own row); --targets likewise
--methods   ${METHODS.join(', ')}
--types     sr25519, ed25519, ecdsa, ethereum
--runs      property runs per cell (default 3); --seed fixes every generated value (printed at start)
--shard i/n run the i-th of n deterministic parts; join all n with 'interop report merge'
--durations an earlier run's report (DIR or report.json): split the shards by the time each of its
            cell groups took instead of the cost model's prediction; give every shard the same one
--list      print the plan (each cell, and why it is unsupported) without running it
--report    write report.json, junit.xml, summary.md and report.html to DIR
--junit-omit-unsupported   leave unsupported cells out of junit.xml
--progress  progress lines on stderr even when stdout is not a terminal (quiet there by default):
            runnable cells done, elapsed time and time left, a heartbeat naming slow cells, and
            at the end the scrypt the clients computed and the floor that work sets
--found     where shrunk counterexamples are saved (default scenarios/found)
--concurrency N  cells run at once (default: the cores, os.availableParallelism())
--timeout MS     limit of one client call (default 180000; a restore by default gets more, by the
                 scrypt work its backup holds, as in 'interop restore')
--no-scrypt-cache  compute every scrypt in its client (default: one evaluation per input and
            implementation, shared by every realm of the run; same report either way)
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
                [--derivation-password-file F] [--path P] [--type T] [--network N] [--timeout MS] [--json]

Runs one client's restore on one backup, as that client's user would, and lists the accounts
the client then holds. --client takes an id from 'interop clients' (or a client name).
--password-file: the keystore password (JSON, batch, export-all), or the new account password
  for a phrase or seed import (a throwaway one is used when omitted).
--passphrase-file: the Banana Split passphrase.
--path, --type: derivation path and key type for a phrase or seed (default: the client's own).
  A ///password in --path is a usage error: a password on the command line is visible to other
  users (ps) and kept in shell history.
--derivation-password-file: the derivation password (the ///password part of a SURI); it is
  added to the path of the phrase or seed, after --path or the path the file itself carries:
  --path //polkadot --derivation-password-file F restores <phrase>//polkadot///<password>.
Secret files hold one line (one trailing line break is dropped, a leading byte-order mark too),
at most 64 KiB; the backup file at most 64 MiB. FILE or F may be - for standard input.
--timeout: the restore's time limit in milliseconds. By default it grows with the work the file
  holds: 120 s plus 10 s per scrypt evaluation at N=2^17 (each keystore is two: its decrypt, scaled
  by its header's N, r and p, and the client's re-encrypt), so an export-all of 1,000 accounts
  restores. Past it: E_TIMEOUT. On a terminal, stderr says every 30 s that the restore still runs.
--network: the chain the client is connected to (polkadot, kusama, westend; Apps also moonbeam),
  which decides what Apps shows (accounts of another genesis are hidden) and Vault's keys.
The instance first takes the steps its capability for that file needs, as 'interop check' and the
  matrix do, and the answer lists them: Vault adds the ed25519 or ecdsa network specs (an add_specs
  QR signed by Parity's general verifier, the only one Vault takes for Polkadot, Kusama and Westend),
  Apps is connected to moonbeam for an ethereum key; --network replaces the latter.
With --json prints one {"client":ID,"ok":true,"steps":[…],"accounts":["publicKey","type","address","name"]}
  {"client":ID,"ok":false,"error":"code","message"}
address is ss58 at prefix 42 for substrate types, the checksummed H160 for ethereum.
A wrong password on a keystore whose encoded body has a length no keyring writes is reported as
E_ENCODING (the file is truncated or altered); a password file not in Unicode NFC form gets a hint.
Exit codes: 0 restored, 1 the client refused or the file's content was refused, 2 usage (see
'interop --help'; an unknown --network is 2).`,
};

/** One command's help; `migrate`'s lists the migration package's copy variants, so it loads that package then. */
export async function commandHelp(name: string): Promise<string | undefined> {
  if (name === 'migrate') return (await import('./commands/migrate-help.js')).MIGRATE_HELP;
  return COMMAND_HELP[name];
}
