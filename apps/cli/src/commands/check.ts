import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Artifact,
  type ClientFactory,
  detectArtifact,
  isKeyType,
  type KeystoreJson,
  networkByName,
  type RestoreSecret,
  readBoundedText,
  readScryptHeader,
} from '@interop/core';
import {
  type CheckReport,
  CLIENT_FACTORIES,
  compareResults,
  identify,
  type ProfileResult,
  phraseDefaults,
  predictRefusals,
  renderCheckHtml,
  renderCheckText,
  restoreEverywhere,
  searchAddress,
  selectClients,
  UnknownClientError,
  verifyClaims,
} from '@interop/runner';
import type { CommandContext } from '../main.js';
import { printError, printJson, printText } from '../output.js';
import { readSecretFile } from '../read-secret-file.js';
import { EXIT, UsageError } from '../usage.js';
import { withholdSecrets } from '../withhold-secrets.js';
import { writeOutputs } from '../write-outputs.js';
import { MAX_BACKUP_BYTES, PASSWORD_IN_PATH, PASSWORD_IN_PATH_MESSAGE, secretsOf, withDerivationPassword } from './restore.js';

/** A restore's time limit grows with its work: every account decrypted and encrypted again, at the file's scrypt cost. */
export function restoreTimeoutMs(artifact: Artifact): number {
  const keystores: KeystoreJson[] = artifact.kind === 'json-keystore' ? [artifact.json] : artifact.kind === 'export-all' ? [...artifact.json] : [];
  const accounts = artifact.kind === 'batch-json' ? (artifact.json.accounts?.length ?? 1) : Math.max(1, keystores.length);
  let n = 2 ** 17;
  for (const k of keystores) {
    try {
      n = Math.max(n, readScryptHeader(k)?.N ?? 0);
    } catch {
      // an unreadable header is refused at once by the clients
    }
  }
  return 120_000 + accounts * 8_000 * (n / 2 ** 17);
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

/** A result with every secret this command read withheld from the clients' own messages. */
function withheld(result: ProfileResult, secrets: readonly string[]): ProfileResult {
  return result.status === 'refused' || result.status === 'error'
    ? { ...result, error: { ...result.error, message: withholdSecrets(result.error.message, secrets) } }
    : result;
}

/**
 * `interop check --from FILE`: what the backup is (told without a password), what every client
 * profile that reads its kind restores from it (each in an instance of its own, several at once),
 * which answers agree, and why the others differ — by the known divergences. Exit 0 when every
 * profile that reads it restores the same keys, 1 otherwise, 2 on usage.
 */
export async function command(argv: string[], { owner }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      from: { type: 'string' },
      'password-file': { type: 'string' },
      'passphrase-file': { type: 'string' },
      'derivation-password-file': { type: 'string' },
      path: { type: 'string' },
      type: { type: 'string' },
      network: { type: 'string' },
      clients: { type: 'string' },
      expect: { type: 'string' },
      html: { type: 'string' },
      force: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.from) throw new UsageError('check needs --from FILE');
  if (values.type !== undefined && !isKeyType(values.type))
    throw new UsageError(`--type must be one of sr25519, ed25519, ecdsa, ethereum (got '${values.type}')`);
  if (values.path !== undefined && PASSWORD_IN_PATH.test(values.path)) throw new UsageError(PASSWORD_IN_PATH_MESSAGE);
  const network = values.network === undefined ? undefined : networkByName(values.network);
  if (values.network !== undefined && network === undefined) throw new UsageError(`--network: unknown network '${values.network}'`);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) throw new UsageError('--timeout takes a positive number of milliseconds');
  const factories = clientsOf(values.clients);

  const text = await readBoundedText(values.from, { what: 'backup file', maxBytes: MAX_BACKUP_BYTES });
  const secrets = [text.trim()];
  const artifact = await withDerivationPassword(
    detectArtifact(text, {
      ...(values.path !== undefined ? { path: values.path } : {}),
      ...(values.type !== undefined && isKeyType(values.type) ? { type: values.type } : {}),
    }),
    values['derivation-password-file'],
  );
  secrets.push(...secretsOf(artifact));
  const needsNewPassword = artifact.kind === 'phrase' || artifact.kind === 'raw-seed' || artifact.kind === 'secret-qr';
  const secret: RestoreSecret = {
    ...(values['password-file']
      ? { password: await readSecretFile(values['password-file'], 'password') }
      : needsNewPassword
        ? { password: randomBytes(16).toString('base64url') }
        : {}),
    ...(values['passphrase-file'] ? { passphrase: await readSecretFile(values['passphrase-file'], 'passphrase') } : {}),
  };
  for (const s of [secret.password, secret.passphrase]) if (s !== undefined) secrets.push(s);

  const file = identify(artifact);
  const warnings = predictRefusals(artifact, factories);
  const progress = (line: string) => {
    if (!values.json) printError(`${line}\n`);
  };
  progress(`checking ${file.summary} in ${factories.length} profile(s)`);
  let done = 0;
  const results = (
    await restoreEverywhere(artifact, secret, factories, {
      timeoutMs: timeout ?? restoreTimeoutMs(artifact),
      start: (f, options) => owner.ownFactory(f).start({ ...(options ?? {}), ...(network ? { network: network.name } : {}) }),
      onResult: (r) => progress(`[${++done}/${factories.length}] ${r.profile}: ${r.status}`),
    })
  ).map((r) => withheld(r, secrets));
  const comparison = compareResults(artifact, results, factories);
  const expect =
    values.expect === undefined
      ? undefined
      : {
          address: values.expect,
          origins:
            artifact.kind === 'phrase' || artifact.kind === 'raw-seed'
              ? searchAddress(
                  artifact.kind === 'phrase' ? { kind: 'phrase', phrase: artifact.phrase } : { kind: 'seed', seed: artifact.seed },
                  values.expect,
                  factories,
                  { indexes: 20 },
                  artifact.path ? [artifact.path] : [],
                )
              : [],
        };
  const report: CheckReport = {
    schema: 'interop-check/v1',
    file,
    warnings,
    results,
    comparison,
    claims: verifyClaims(file, comparison),
    ...(artifact.kind === 'phrase' ? { phraseDefaults: phraseDefaults(artifact, factories) } : {}),
    ...(expect ? { expect } : {}),
    prefix: network?.prefix ?? 42,
  };
  if (values.html !== undefined) {
    writeOutputs([{ path: resolve(values.html), text: renderCheckHtml(report) }], [resolve(values.from)], values.force ?? false);
  }
  if (values.json) printJson(report, 2);
  else printText(renderCheckText(report));
  return comparison.agree ? EXIT.ok : EXIT.failed;
}
