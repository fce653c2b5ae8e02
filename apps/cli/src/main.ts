#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { command as check } from './commands/check.js';
import { runClients } from './commands/clients.js';
import { command as matrix } from './commands/matrix.js';
import { command as migrate } from './commands/migrate.js';
import { command as report } from './commands/report.js';
import { runRestore } from './commands/restore.js';
import { command as scenario } from './commands/scenario.js';
import { errorInfoOf } from './error-info.js';
import { COMMAND_HELP, HELP } from './help.js';
import type { ChildOwner } from './lifecycle/child-owner.js';
import { startLifecycle } from './lifecycle/process-lifecycle.js';
import { printError, printJson, printText } from './output.js';
import { toolVersion } from './tool-version.js';
import { EXIT, exitCodeFor } from './usage.js';

export interface CommandContext {
  /** Owns every worker, browser and page the command starts. */
  readonly owner: ChildOwner;
}

type Command = (argv: string[], context: CommandContext) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  clients: async (argv) => {
    const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, strict: true });
    return runClients(values.json ?? false);
  },
  restore: async (argv, { owner }) => {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        client: { type: 'string' },
        from: { type: 'string' },
        'password-file': { type: 'string' },
        'passphrase-file': { type: 'string' },
        'derivation-password-file': { type: 'string' },
        path: { type: 'string' },
        type: { type: 'string' },
        network: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    return runRestore(
      {
        client: values.client,
        from: values.from,
        passwordFile: values['password-file'],
        passphraseFile: values['passphrase-file'],
        derivationPasswordFile: values['derivation-password-file'],
        path: values.path,
        type: values.type,
        network: values.network,
        json: values.json ?? false,
      },
      owner,
    );
  },
  check,
  matrix,
  scenario,
  report,
  migrate,
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
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    if (json) printJson({ ok: false, error: { code: 'E_USAGE', message: `unknown command '${name}'` } });
    printError(`interop: unknown command '${name}'. Run 'interop --help'.\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    printText(`${COMMAND_HELP[name] ?? HELP}\n`);
    return EXIT.ok;
  }
  try {
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
