import { randomBytes } from 'node:crypto';
import {
  type Artifact,
  ClientError,
  detectArtifact,
  displayAddress,
  type ErrorInfo,
  type Identity,
  isKeyType,
  keystoreBodyProblem,
  type NetworkSpecsRequest,
  quoteText,
  type RestoreSecret,
  readBoundedText,
} from '@interop/core';
import { withCallTimeout } from '@interop/core/rpc';
import { restoreStartOptions } from '@interop/runner/restore-start';
import { restoreTimeLimitMs } from '@interop/runner/restore-time-limit';
import { errorInfoOf } from '../error-info.js';
import type { ChildOwner } from '../lifecycle/child-owner.js';
import { printJson, printText } from '../output.js';
import { readSecretFile, secretFormHint } from '../read-secret-file.js';
import { stillWorking } from '../still-working.js';
import { EXIT, exitCodeFor, UsageError } from '../usage.js';
import { withholdSecrets } from '../withhold-secrets.js';
import { checkArguments, type RestoreArgs } from './restore-args.js';

export type { RestoreArgs } from './restore-args.js';

/** The largest backup file read: an export-all of thousands of accounts fits easily. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/** Extra fields a client may attach to an identity (Vault: the network and the address as it shows it). */
type ShownIdentity = Identity & { readonly network?: unknown; readonly address?: unknown };

/** A path as a client reports it, with any `///password` part withheld: the output must not carry it. */
function shownPath(path: string): string {
  return path.replace(/\/\/\/.*$/s, '///<password withheld>');
}

function accountView(identity: ShownIdentity) {
  return {
    publicKey: identity.publicKey,
    type: identity.type,
    address: displayAddress(identity.publicKey, identity.type),
    name: identity.name ?? '',
    ...(identity.path !== undefined ? { path: shownPath(identity.path) } : {}),
    ...(identity.genesisHash !== undefined ? { genesisHash: identity.genesisHash } : {}),
    ...(typeof identity.network === 'string' ? { network: identity.network } : {}),
    // The address as the client itself displays it, when it differs from the canonical form above.
    ...(typeof identity.address === 'string' && identity.address !== displayAddress(identity.publicKey, identity.type) ? { shownAs: identity.address } : {}),
    hasSecret: identity.hasSecret,
  };
}

/** A field that came from a client or a file, printed plain when it is plainly safe, else quoted and escaped. */
function field(text: string): string {
  return /^[\w./'@:-]*$/.test(text) ? text : quoteText(text);
}

function accountLine(a: ReturnType<typeof accountView>): string {
  const parts = [`  ${a.address}  ${a.type}${a.hasSecret ? '' : ' (watch-only)'}`];
  if (a.path) parts.push(`  path ${field(a.path)}`);
  if (a.network) parts.push(`  on ${field(a.network)}`);
  if (a.shownAs) parts.push(`  (shown as ${field(a.shownAs)})`);
  parts.push(`  ${quoteText(a.name)}`);
  return `${parts.join('')}\n`;
}

/** The secret parts of a phrase or seed artifact, which a client's message must not repeat. */
export function secretsOf(artifact: Artifact): string[] {
  if (artifact.kind !== 'phrase' && artifact.kind !== 'raw-seed') return [];
  const at = artifact.path?.indexOf('///') ?? -1;
  const derivationPassword = at >= 0 ? (artifact.path as string).slice(at + 3) : undefined;
  return [artifact.kind === 'phrase' ? artifact.phrase : artifact.seed, ...(derivationPassword ? [derivationPassword] : [])];
}

/** `--derivation-password-file`: the phrase or seed's path gets `///<password>`, the way a SURI carries it. */
export async function withDerivationPassword(artifact: Artifact, file: string | undefined): Promise<Artifact> {
  if (file === undefined) return artifact;
  if (artifact.kind !== 'phrase' && artifact.kind !== 'raw-seed')
    throw new UsageError(`--derivation-password-file applies to a phrase or a 0x seed; the backup file is ${artifact.kind}`);
  const path = artifact.path ?? '';
  if (path.includes('///')) throw new UsageError('the backup file already holds a ///password; give --derivation-password-file only for a path without one');
  const password = await readSecretFile(file, 'derivation password');
  if (password === '')
    throw new ClientError('E_PATH_INVALID', 'the derivation password file is empty: an empty ///password is refused by Vault and ignored by polkadot-js');
  return { ...artifact, path: `${path}///${password}` };
}

/** A refusal explained better where the file or the secret file shows why; the client's own words are kept. */
function explain(info: ErrorInfo, artifact: Artifact | undefined, secret: RestoreSecret): ErrorInfo {
  if (info.code === 'E_TIMEOUT' && !info.message.includes('--timeout')) return { ...info, message: `${info.message} (--timeout MS sets the limit)` };
  if (info.code === 'E_PASSWORD_WRONG' && artifact !== undefined) {
    const keystores = artifact.kind === 'json-keystore' ? [artifact.json] : artifact.kind === 'export-all' ? artifact.json : [];
    const problem = keystores.map((k) => keystoreBodyProblem(k)).find((p) => p !== undefined);
    if (problem) return { ...info, code: 'E_ENCODING', message: `${info.message} — ${problem}` };
  }
  const hint =
    info.code === 'E_PASSWORD_WRONG'
      ? secretFormHint(secret.password, 'password')
      : info.code === 'E_SHARES'
        ? secretFormHint(secret.passphrase, 'passphrase')
        : undefined;
  return hint ? { ...info, message: `${info.message} (hint: ${hint})` } : info;
}

/** The whole restore within `ms` (each client call has the same limit, core/rpc/call-budget.ts). */
function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ClientError('E_TIMEOUT', `${what} did not finish within ${ms} ms (--timeout MS sets the limit)`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** A Vault add_specs step as `restore` lists it, with who signed the QR (VAULT_RULES.addSpecsGeneralVerifier). */
function addSpecsStep(x: NetworkSpecsRequest): string {
  const qr = x.signedBy === 'unsigned' ? 'an unsigned add_specs QR' : 'an add_specs QR the general verifier signed';
  return `added the ${x.network} network specs with ${x.encryption} encryption (${qr})`;
}

export async function runRestore(args: RestoreArgs, owner: ChildOwner): Promise<number> {
  const factory = owner.ownFactory(checkArguments(args));

  // The steps the instance took before the restore, as its capability asks (restore-start.ts), said with the answer.
  let steps: string[] = [];
  const print = (ok: boolean, body: { accounts?: ReturnType<typeof accountView>[]; error?: ErrorInfo }): number => {
    if (args.json) printJson({ client: factory.info.id, ok, ...(steps.length > 0 ? { steps } : {}), ...body });
    else {
      const first = steps.length > 0 ? `  (first ${steps.join('; ')})\n` : '';
      if (ok) {
        const accounts = body.accounts ?? [];
        printText(`${factory.info.id} restored ${accounts.length} account(s):\n${first}${accounts.map(accountLine).join('')}`);
      } else {
        const shown = body.error?.shown ? ` (its page shows: ${JSON.stringify(body.error.shown)})` : '';
        printText(`${factory.info.id} refused: ${body.error?.code}: ${body.error?.message}${shown}\n${first}`);
      }
    }
    return ok ? EXIT.ok : exitCodeFor(body.error?.code ?? 'E_INTERNAL');
  };

  let client: Awaited<ReturnType<typeof factory.start>> | undefined;
  let artifact: Artifact | undefined;
  let secret: RestoreSecret = {};
  const secrets: string[] = [];
  try {
    const text = await readBoundedText(args.from as string, { what: 'backup file', maxBytes: MAX_BACKUP_BYTES });
    secrets.push(text.trim());
    artifact = await withDerivationPassword(
      detectArtifact(text, {
        ...(args.path !== undefined ? { path: args.path } : {}),
        ...(args.type !== undefined && isKeyType(args.type) ? { type: args.type } : {}),
      }),
      args.derivationPasswordFile,
    );
    secrets.push(...secretsOf(artifact));
    // A phrase, seed or Secret QR import asks for a new account password; the instance is
    // thrown away after this command, so without --password-file a random one serves.
    const needsNewPassword = artifact.kind === 'phrase' || artifact.kind === 'raw-seed' || artifact.kind === 'secret-qr';
    secret = {
      ...(args.passwordFile
        ? { password: await readSecretFile(args.passwordFile, 'password') }
        : needsNewPassword
          ? { password: randomBytes(16).toString('base64url') }
          : {}),
      ...(args.passphraseFile ? { passphrase: await readSecretFile(args.passphraseFile, 'passphrase') } : {}),
    };
    if (secret.password !== undefined) secrets.push(secret.password);
    if (secret.passphrase !== undefined) secrets.push(secret.passphrase);
    // Started as its capability for this kind of file says (restore-start.ts), as `interop check` does.
    const options = restoreStartOptions(factory, artifact, args.network);
    steps = [
      ...(options.addSpecs ?? []).map(addSpecsStep),
      ...(options.network !== undefined && options.network !== args.network ? [`connected it to ${options.network}`] : []),
    ];
    client = await factory.start(options);
    // The limit grows with the work the file holds (accounts × scrypt cost), unless --timeout sets it.
    const limit = args.timeoutMs ?? restoreTimeLimitMs(artifact);
    const restoring = client;
    const restored = artifact;
    // On a terminal, a line on stderr every 30 s: a large export-all runs scrypt twice per account.
    const stop = process.stderr.isTTY
      ? stillWorking({ what: `interop restore: ${factory.info.id}`, limitMs: limit, write: (line) => process.stderr.write(`${line}\n`) })
      : () => undefined;
    try {
      const identities = await withCallTimeout(limit, () => within(restoring.restore(restored, secret), limit, `${factory.info.id} restore`));
      return print(true, { accounts: identities.map(accountView) });
    } finally {
      stop();
    }
  } catch (error) {
    const info = explain(errorInfoOf(error), artifact, secret);
    return print(false, {
      error: {
        code: info.code,
        message: withholdSecrets(info.message, secrets),
        ...(info.shown !== undefined ? { shown: withholdSecrets(info.shown, secrets) } : {}),
      },
    });
  } finally {
    await client?.dispose();
  }
}
