import { parseArgs } from 'node:util';
import type { CommandContext } from '../command.js';
import { parseTimeoutMs, TIMEOUT_OPTION } from '../timeout-option.js';
import { BACKUP_INPUT_OPTIONS, checkArguments, type RestoreArgs } from './restore-args.js';

/** `interop restore`: the arguments are checked first; the restore's code loads only for a well-formed command line. */
export async function command(argv: string[], { owner }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      client: { type: 'string' },
      ...BACKUP_INPUT_OPTIONS,
      ...TIMEOUT_OPTION,
      json: { type: 'boolean', default: false },
    },
  });
  const args: RestoreArgs = {
    client: values.client,
    from: values.from,
    passwordFile: values['password-file'],
    passphraseFile: values['passphrase-file'],
    derivationPasswordFile: values['derivation-password-file'],
    path: values.path,
    type: values.type,
    network: values.network,
    timeoutMs: parseTimeoutMs(values.timeout),
    json: values.json ?? false,
  };
  checkArguments(args);
  const { runRestore } = await import('./restore.js');
  return runRestore(args, owner);
}
