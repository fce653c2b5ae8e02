import { parseArgs } from 'node:util';
import { type ClientFactory, isKeyType, type Network, networkByName } from '@interop/core/vocabulary';
import { CLIENT_FACTORIES, selectClients, UnknownClientError } from '@interop/runner/registry';
import type { CommandContext } from '../command.js';
import { parseTimeoutMs, TIMEOUT_OPTION } from '../timeout-option.js';
import { UsageError } from '../usage.js';
import { BACKUP_INPUT_OPTIONS, PASSWORD_IN_PATH, PASSWORD_IN_PATH_MESSAGE } from './restore-args.js';

/** The command line of `interop check`, checked: everything a usage error can come from. */
export interface CheckArgs {
  readonly values: {
    readonly from: string;
    readonly 'password-file'?: string | undefined;
    readonly 'passphrase-file'?: string | undefined;
    readonly 'derivation-password-file'?: string | undefined;
    readonly path?: string | undefined;
    readonly type?: string | undefined;
    readonly expect?: string | undefined;
    readonly html?: string | undefined;
    readonly force?: boolean | undefined;
    readonly json?: boolean | undefined;
  };
  readonly network: Network | undefined;
  readonly timeout: number | undefined;
  readonly factories: readonly ClientFactory[];
}

function clientsOf(text: string | undefined): ClientFactory[] {
  if (text === undefined) return [...CLIENT_FACTORIES];
  try {
    return selectClients(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  } catch (error) {
    if (error instanceof UnknownClientError) throw new UsageError(`--clients: ${error.message}`);
    throw error;
  }
}

/**
 * `interop check --from FILE`: what the backup is (told without a password), what every client
 * profile that reads its kind restores from it (each in an instance of its own, several at once),
 * which answers agree, and why the others differ — by the known divergences. Exit 0 when every
 * profile that reads it restores the same keys, 1 otherwise, 2 on usage.
 *
 * Arguments are checked here, before the runner and the clients load (a usage error answers at
 * once: command-modules.spec.ts); the work is in check-run.ts.
 */
export async function command(argv: string[], { owner }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      ...BACKUP_INPUT_OPTIONS,
      clients: { type: 'string' },
      expect: { type: 'string' },
      html: { type: 'string' },
      force: { type: 'boolean', default: false },
      ...TIMEOUT_OPTION,
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.from) throw new UsageError('check needs --from FILE');
  if (values.type !== undefined && !isKeyType(values.type))
    throw new UsageError(`--type must be one of sr25519, ed25519, ecdsa, ethereum (got '${values.type}')`);
  if (values.path !== undefined && PASSWORD_IN_PATH.test(values.path)) throw new UsageError(PASSWORD_IN_PATH_MESSAGE);
  const network = values.network === undefined ? undefined : networkByName(values.network);
  if (values.network !== undefined && network === undefined) throw new UsageError(`--network: unknown network '${values.network}'`);
  const timeout = parseTimeoutMs(values.timeout);
  const factories = clientsOf(values.clients);
  const { runCheck } = await import('./check-run.js');
  return runCheck({ values: { ...values, from: values.from }, network, timeout, factories }, owner);
}
