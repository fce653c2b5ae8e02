#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { toErrorInfo } from '@interop/core';
import { runClients } from './commands/clients.js';
import { runRestore } from './commands/restore.js';
import { COMMAND_HELP, HELP } from './help.js';
import { toolVersion } from './tool-version.js';
import { EXIT, UsageError } from './usage.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  clients: async (argv) => {
    const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, strict: true });
    return runClients(values.json ?? false);
  },
  restore: async (argv) => {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        client: { type: 'string' },
        from: { type: 'string' },
        'password-file': { type: 'string' },
        'passphrase-file': { type: 'string' },
        path: { type: 'string' },
        type: { type: 'string' },
        network: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    return runRestore({
      client: values.client,
      from: values.from,
      passwordFile: values['password-file'],
      passphraseFile: values['passphrase-file'],
      path: values.path,
      type: values.type,
      network: values.network,
      json: values.json ?? false,
    });
  },
};

/** Extra commands registered by other modules (matrix, scenario, report, migrate). */
export async function loadCommands(): Promise<Readonly<Record<string, Command>>> {
  const extra: Record<string, Command> = {};
  for (const name of ['matrix', 'scenario', 'report', 'migrate'] as const) {
    try {
      const mod = (await import(`./commands/${name}.js`)) as { command?: Command };
      if (mod.command) extra[name] = mod.command;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  return { ...COMMANDS, ...extra };
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`interop ${toolVersion()}\n`);
    return EXIT.ok;
  }
  const commands = await loadCommands();
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`interop: unknown command '${name}'. Run 'interop --help'.\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${COMMAND_HELP[name] ?? HELP}\n`);
    return EXIT.ok;
  }
  try {
    return await command(rest);
  } catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    const info = toErrorInfo(error);
    process.stderr.write(`interop ${name}: ${usage ? 'usage: ' : `${info.code}: `}${info.message}\n${usage ? `Run 'interop ${name} --help'.\n` : ''}`);
    return usage ? EXIT.usage : EXIT.failed;
  }
}

// `interop clients --json | head` closes the pipe early: stop quietly instead of a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`interop: internal error: ${toErrorInfo(error).message}\n`);
    process.exitCode = EXIT.failed;
  },
);
