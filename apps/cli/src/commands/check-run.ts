import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { type Artifact, detectArtifact, isKeyType, type KeystoreJson, type RestoreSecret, readBoundedText, readScryptHeader } from '@interop/core';
import {
  type CheckReport,
  compareResults,
  identify,
  type ProfileResult,
  phraseDefaults,
  predictRefusals,
  renderCheckHtml,
  renderCheckText,
  restoreEverywhere,
  searchAddress,
  verifyClaims,
} from '@interop/runner';
import type { ChildOwner } from '../lifecycle/child-owner.js';
import { printError, printJson, printText } from '../output.js';
import { readSecretFile } from '../read-secret-file.js';
import { EXIT } from '../usage.js';
import { withholdSecrets } from '../withhold-secrets.js';
import { writeOutputs } from '../write-outputs.js';
import type { CheckArgs } from './check.js';
import { MAX_BACKUP_BYTES, secretsOf, withDerivationPassword } from './restore.js';

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

/** A result with every secret this command read withheld from the clients' own messages. */
function withheld(result: ProfileResult, secrets: readonly string[]): ProfileResult {
  return result.status === 'refused' || result.status === 'error'
    ? {
        ...result,
        error: {
          ...result.error,
          message: withholdSecrets(result.error.message, secrets),
          ...(result.error.shown !== undefined ? { shown: withholdSecrets(result.error.shown, secrets) } : {}),
        },
      }
    : result;
}

/** The work of `interop check`, once its arguments are checked (check.ts). */
export async function runCheck({ values, network, timeout, factories }: CheckArgs, owner: ChildOwner): Promise<number> {
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
      ...(network ? { network: network.name } : {}),
      start: (f, options) => owner.ownFactory(f).start(options),
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
