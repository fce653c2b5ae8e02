#!/usr/bin/env node
import type { Command, CommandContext } from './command.js';
import { errorInfoOf } from './error-info.js';
import { commandHelp, HELP } from './help.js';
import { startLifecycle } from './lifecycle/process-lifecycle.js';
import { printError, printJson, printText } from './output.js';
import { toolVersion } from './tool-version.js';
import { EXIT, exitCodeFor } from './usage.js';

/**
 * Each command's module loads when that command runs: `--help`, `--version`, a usage error and
 * `clients` never load a client, fast-check or playwright-core (command-modules.spec.ts).
 */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  clients: async () => (await import('./commands/clients.js')).command,
  restore: async () => (await import('./commands/restore-command.js')).command,
  matrix: async () => (await import('./commands/matrix.js')).command,
  scenario: async () => (await import('./commands/scenario.js')).command,
  report: async () => (await import('./commands/report.js')).command,
  migrate: async () => (await import('./commands/migrate.js')).command,
  check: async () => (await import('./commands/check.js')).command,
};

async function main(argv: string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes('--json');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    printText(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    printText(`interop ${toolVersion()}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    if (json) printJson({ ok: false, error: { code: 'E_USAGE', message: `unknown command '${name}'` } });
    printError(`interop: unknown command '${name}'. Run 'interop --help'.\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    printText(`${(await commandHelp(name)) ?? HELP}\n`);
    return EXIT.ok;
  }
  try {
    const command = await load();
    return await command(rest, context);
  } catch (error) {
    const info = errorInfoOf(error);
    const code = exitCodeFor(info.code);
    // With --json, stdout always holds one JSON document, also for a usage error.
    if (json) printJson({ ok: false, error: info });
    const usage = info.code === 'E_USAGE';
    printError(`interop ${name}: ${usage ? 'usage: ' : `${info.code}: `}${info.message}\n${code === EXIT.usage ? `Run 'interop ${name} --help'.\n` : ''}`);
    return code;
  }
}

// `interop clients --json | head` closes the pipe early: stop quietly instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const lifecycle = startLifecycle();
main(process.argv.slice(2), { owner: lifecycle.owner }).then(
  (code) => lifecycle.finish(code),
  (error: unknown) => {
    printError(`interop: internal error: ${errorInfoOf(error).message}\n`);
    return lifecycle.finish(EXIT.failed);
  },
);
