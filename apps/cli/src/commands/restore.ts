import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ClientError, detectArtifact, displayAddress, type ErrorInfo, type Identity, isKeyType, type RestoreSecret, toErrorInfo } from '@interop/core';
import { selectClients, UnknownClientError } from '@interop/runner';
import { readSecretFile } from '../read-secret-file.js';
import { EXIT, UsageError } from '../usage.js';

export interface RestoreArgs {
  readonly client?: string | undefined;
  readonly from?: string | undefined;
  readonly passwordFile?: string | undefined;
  readonly passphraseFile?: string | undefined;
  readonly path?: string | undefined;
  readonly type?: string | undefined;
  readonly network?: string | undefined;
  readonly json: boolean;
}

/** The largest backup file read: an export-all of thousands of accounts fits easily. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Extra fields a client may attach to an identity (Vault: the network and the address as it shows it). */
type ShownIdentity = Identity & { readonly network?: unknown; readonly address?: unknown };

function accountView(identity: ShownIdentity) {
  return {
    publicKey: identity.publicKey,
    type: identity.type,
    address: displayAddress(identity.publicKey, identity.type),
    name: identity.name ?? '',
    ...(identity.path !== undefined ? { path: identity.path } : {}),
    ...(identity.genesisHash !== undefined ? { genesisHash: identity.genesisHash } : {}),
    ...(typeof identity.network === 'string' ? { network: identity.network } : {}),
    // The address as the client itself displays it, when it differs from the canonical form above.
    ...(typeof identity.address === 'string' && identity.address !== displayAddress(identity.publicKey, identity.type) ? { shownAs: identity.address } : {}),
    hasSecret: identity.hasSecret,
  };
}

export async function runRestore(args: RestoreArgs): Promise<number> {
  if (!args.client) throw new UsageError('restore needs --client ID (see interop clients)');
  if (!args.from) throw new UsageError('restore needs --from FILE');
  if (args.type !== undefined && !isKeyType(args.type)) throw new UsageError(`--type must be one of sr25519, ed25519, ecdsa, ethereum (got '${args.type}')`);
  let selected: ReturnType<typeof selectClients>;
  try {
    selected = selectClients([args.client]);
  } catch (error) {
    // A client id nobody registered is a mistake on the command line, not a harness bug.
    if (error instanceof UnknownClientError) throw new UsageError(error.message);
    throw error;
  }
  const [factory, ...more] = selected;
  if (factory === undefined || more.length > 0)
    throw new UsageError(`--client '${args.client}' names ${more.length + 1} profiles; pick one id from 'interop clients'`);

  const print = (ok: boolean, body: { accounts?: ReturnType<typeof accountView>[]; error?: ErrorInfo }): number => {
    if (args.json) {
      process.stdout.write(`${JSON.stringify({ client: factory.info.id, ok, ...body })}\n`);
    } else if (ok) {
      const accounts = body.accounts ?? [];
      process.stdout.write(`${factory.info.id} restored ${accounts.length} account(s):\n`);
      for (const a of accounts) {
        process.stdout.write(
          `  ${a.address}  ${a.type}${a.hasSecret ? '' : ' (watch-only)'}${a.path ? `  path ${a.path}` : ''}${a.network ? `  on ${a.network}` : ''}${a.shownAs ? `  (shown as ${a.shownAs})` : ''}  ${JSON.stringify(a.name)}\n`,
        );
      }
    } else {
      process.stdout.write(`${factory.info.id} refused: ${body.error?.code}: ${body.error?.message}\n`);
    }
    return ok ? EXIT.ok : EXIT.failed;
  };

  let client: Awaited<ReturnType<typeof factory.start>> | undefined;
  try {
    let size: number;
    try {
      size = statSync(args.from).size;
    } catch (error) {
      throw new ClientError('E_INPUT_UNREADABLE', `cannot read ${args.from} (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
    }
    if (size > MAX_INPUT_BYTES)
      throw new ClientError('E_INPUT_UNREADABLE', `${args.from} is ${size} bytes; backups larger than ${MAX_INPUT_BYTES} are not read`);
    const artifact = detectArtifact(readFileSync(args.from, 'utf8'), {
      ...(args.path !== undefined ? { path: args.path } : {}),
      ...(args.type !== undefined && isKeyType(args.type) ? { type: args.type } : {}),
    });
    // A phrase, seed or Secret QR import asks for a new account password; the instance is
    // thrown away after this command, so without --password-file a random one serves.
    const needsNewPassword = artifact.kind === 'phrase' || artifact.kind === 'raw-seed' || artifact.kind === 'secret-qr';
    const secret: RestoreSecret = {
      ...(args.passwordFile
        ? { password: readSecretFile(args.passwordFile, 'password') }
        : needsNewPassword
          ? { password: randomBytes(16).toString('base64url') }
          : {}),
      ...(args.passphraseFile ? { passphrase: readSecretFile(args.passphraseFile, 'passphrase') } : {}),
    };
    client = await factory.start(args.network ? { network: args.network } : {});
    const identities = await client.restore(artifact, secret);
    return print(true, { accounts: identities.map(accountView) });
  } catch (error) {
    return print(false, { error: toErrorInfo(error) });
  } finally {
    await client?.dispose();
  }
}
