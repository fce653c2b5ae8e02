import { type ClientFactory, isKeyType, STDIN_PATH } from '@interop/core/vocabulary';
import { selectClients, UnknownClientError } from '@interop/runner/registry';
import { UsageError } from '../usage.js';

/**
 * The options that describe a backup and how to open it, as parseArgs declares them: the same in
 * `restore` (one client) and `check` (every client). Secrets come from files, never argv.
 */
export const BACKUP_INPUT_OPTIONS = {
  from: { type: 'string' },
  'password-file': { type: 'string' },
  'passphrase-file': { type: 'string' },
  'derivation-password-file': { type: 'string' },
  path: { type: 'string' },
  type: { type: 'string' },
  network: { type: 'string' },
} as const;

export interface RestoreArgs {
  readonly client?: string | undefined;
  readonly from?: string | undefined;
  readonly passwordFile?: string | undefined;
  readonly passphraseFile?: string | undefined;
  readonly derivationPasswordFile?: string | undefined;
  readonly path?: string | undefined;
  readonly type?: string | undefined;
  readonly network?: string | undefined;
  /** The whole restore's time limit; default: grows with the work the file holds (restoreTimeLimitMs). */
  readonly timeoutMs?: number | undefined;
  readonly json: boolean;
}

/** A `///` followed by anything is a derivation password (SURI syntax `<secret>[//hard][/soft][///password]`). */
export const PASSWORD_IN_PATH = /\/\/\/./s;

export const PASSWORD_IN_PATH_MESSAGE =
  '--path holds a ///password: a password on the command line is seen by every user of this machine (ps, /proc) and kept in shell history. ' +
  'Give the path without it and put the derivation password in a file: --derivation-password-file F ' +
  '(the keystore password goes in --password-file, a Banana Split passphrase in --passphrase-file)';

/**
 * Everything about the command line that can be wrong, checked before any client code loads
 * (a usage error answers at once); returns the one profile `--client` names.
 */
export function checkArguments(args: RestoreArgs): ClientFactory {
  if (!args.client) throw new UsageError('restore needs --client ID (see interop clients)');
  if (!args.from) throw new UsageError('restore needs --from FILE');
  if (args.type !== undefined && !isKeyType(args.type)) throw new UsageError(`--type must be one of sr25519, ed25519, ecdsa, ethereum (got '${args.type}')`);
  if (args.path !== undefined && PASSWORD_IN_PATH.test(args.path)) {
    throw new UsageError(PASSWORD_IN_PATH_MESSAGE);
  }
  const fromStdin = [args.from, args.passwordFile, args.passphraseFile, args.derivationPasswordFile].filter((p) => p === STDIN_PATH);
  if (fromStdin.length > 1)
    throw new UsageError('only one of --from, --password-file, --passphrase-file, --derivation-password-file can be - (standard input)');
  let selected: ClientFactory[];
  try {
    selected = selectClients([args.client]);
  } catch (error) {
    // A client id nobody registered is a mistake on the command line, not a harness bug.
    if (error instanceof UnknownClientError) throw new UsageError(error.message);
    throw error;
  }
  const [chosen, ...more] = selected;
  if (chosen === undefined || more.length > 0)
    throw new UsageError(`--client '${args.client}' names ${more.length + 1} profiles; pick one id from 'interop clients'`);
  return chosen;
}
