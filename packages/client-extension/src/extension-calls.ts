import { type AccountRef, type Artifact, type BatchJson, ClientError, type Identity, isBatchJson, isKeystoreJson, type KeystoreJson } from '@interop/core';
import { identityOf } from './extension-account.js';
import type { ExtensionClient } from './extension-client.js';

/**
 * The extension's operations beyond the Client contract, by name, for scenario `call` steps
 * (packages/runner/src/scenario/replay.ts). Arguments arrive as plain data: an earlier step's
 * result stands for an account (an AccountRef from create, or the one Identity a restore
 * gave) or a file (a json-keystore / batch-json artifact, or the JSON itself).
 */
export const EXTENSION_CALLS = ['accounts', 'preview', 'batchPreview', 'export', 'changePassword', 'forget', 'dumpStorage'] as const;
export type ExtensionCall = (typeof EXTENSION_CALLS)[number];

function keystoreOf(value: unknown): KeystoreJson {
  const json = (value as Artifact | undefined)?.kind === 'json-keystore' ? (value as Extract<Artifact, { kind: 'json-keystore' }>).json : value;
  if (!isKeystoreJson(json)) throw new ClientError('E_USAGE', 'expected a single-account JSON file (or a json-keystore artifact)');
  return json;
}

function batchOf(value: unknown): BatchJson {
  const json = (value as Artifact | undefined)?.kind === 'batch-json' ? (value as Extract<Artifact, { kind: 'batch-json' }>).json : value;
  if (!isBatchJson(json)) throw new ClientError('E_USAGE', 'expected an "export all" file (or a batch-json artifact)');
  return json;
}

/** The account list entry an argument names: a handle, an AccountRef, or one Identity (alone or in a one-element list). */
async function accountOf(client: ExtensionClient, value: unknown): Promise<AccountRef> {
  const accounts = await client.accounts();
  if (typeof value === 'string' || (typeof value === 'object' && value !== null && 'handle' in value)) {
    const handle = typeof value === 'string' ? value : (value as AccountRef).handle;
    const account = accounts.find((a) => a.address === handle);
    if (account === undefined) throw new ClientError('E_NOT_FOUND', `no account ${handle} in this extension`);
    return { handle, identity: identityOf(account) };
  }
  const list = Array.isArray(value) ? (value as Identity[]) : [value as Identity];
  if (list.length !== 1 || typeof list[0]?.publicKey !== 'string')
    throw new ClientError('E_USAGE', 'expected one account (an AccountRef or a single Identity)');
  const wanted = list[0];
  const account = accounts.find((a) => a.publicKey.toLowerCase() === wanted.publicKey.toLowerCase() && a.type === wanted.type);
  if (account === undefined) throw new ClientError('E_NOT_FOUND', `no account with public key ${wanted.publicKey} in this extension`);
  return { handle: account.address, identity: identityOf(account) };
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ClientError('E_USAGE', `${what} must be a string`);
  return value;
}

export async function callExtension(client: ExtensionClient, method: string, args: readonly unknown[]): Promise<unknown> {
  switch (method as ExtensionCall) {
    case 'accounts':
      // The account list the popup shows, as identities.
      return (await client.accounts()).map(identityOf);
    case 'preview':
      // Restore from JSON, single file: pri(json.account.info).
      return client.preview(keystoreOf(args[0]));
    case 'batchPreview':
      // Restore from JSON, "export all" file: the page's own list, no message.
      return client.batchPreview(batchOf(args[0]));
    case 'export':
      // Export Account (Popup/Export.tsx): pri(accounts.export) with the password typed there.
      return client.exportAccount(await accountOf(client, args[0]), text(args[1], 'the password'));
    case 'changePassword': {
      // Handler only: the popup has no page that sends it (extension-client.ts changePassword).
      await client.changePassword(await accountOf(client, args[0]), text(args[1], 'the old password'), text(args[2], 'the new password'));
      return true;
    }
    case 'forget':
      await client.forget(await accountOf(client, args[0]));
      return true;
    case 'dumpStorage':
      return client.dumpStorage();
    default:
      throw new ClientError('E_USAGE', `the extension has no operation '${method}' (known: ${EXTENSION_CALLS.join(', ')})`);
  }
}
