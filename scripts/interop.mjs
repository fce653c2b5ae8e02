// `pnpm -s interop ...` (through scripts/interop.sh): the CLI, in this process, once the set-up is
// known to be current. The set-up stamp is checked here (a few milliseconds); only when something
// changed does scripts/setup.sh run (pnpm, profiles, turbo build), quietly on stderr.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, setupIsCurrent } from './setup-stamp.mjs';

if (!setupIsCurrent()) {
  const setup = spawnSync('bash', [join(ROOT, 'scripts/setup.sh')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (setup.status !== 0) process.exit(setup.status ?? 1);
}
// main.js reads process.argv.slice(2): the arguments given to this script.
await import(pathToFileURL(join(ROOT, 'apps/cli/dist/main.js')).href);
