import { type AccountRef, type Artifact, type BatchJson, ClientError, type Identity, isBatchJson, isKeystoreJson, type KeystoreJson } from '@interop/core';
import { ChromiumBackgroundRealm } from './chromium-realm/chromium-background-realm.js';
import { identityOf } from './extension-account.js';
import type { ExtensionClient } from './extension-client.js';

/**
 * The extension's operations beyond the Client contract, by name, for scenario `call` steps
 * (packages/runner/src/scenario/replay.ts). Arguments arrive as plain data: an earlier step's
 * result stands for an account (an AccountRef from create, or the one Identity a restore
 * gave) or a file (a json-keystore / batch-json artifact, or the JSON itself).
 */
export const EXTENSION_CALLS = [
  'accounts',
  'preview',
  'batchPreview',
  'export',
  'changePassword',
  'forget',
  'dumpStorage',
  'unlock',
  'stopWorker',
  'restartBrowser',
  'restoreStoppingWorker',
] as const;
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

/** The Chromium realm of a client, for the service worker's lifecycle; the Node realm has no service worker. */
function chromiumOf(client: ExtensionClient, method: string): ChromiumBackgroundRealm {
  if (client.background instanceof ChromiumBackgroundRealm) return client.background;
  throw new ClientError(
    'E_UNSUPPORTED',
    `${method}: ${client.info.id} runs the handlers in a Node worker, with no service worker; use ${client.info.id}-chromium`,
  );
}

function writeNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new ClientError('E_USAGE', 'the account write to stop at is a whole number from 1');
  return value;
}

/** What a restore interrupted by a stopped service worker leaves: whether the popup got an answer, and whether the stop happened. */
export interface InterruptedRestore {
  readonly answered: boolean;
  readonly stopped: boolean;
}

/**
 * Restore from JSON with the service worker stopped just before its `beforeWrite`th account
 * write (stop-at-account-write.ts). The popup's request then has no answer (messaging.ts keeps it
 * pending): `answered: false`. A restore that makes fewer writes is not stopped.
 */
async function restoreStoppingWorker(client: ExtensionClient, args: readonly unknown[]): Promise<InterruptedRestore> {
  const realm = chromiumOf(client, 'restoreStoppingWorker');
  const file = args[0] as Artifact | undefined;
  if (file?.kind !== 'json-keystore' && file?.kind !== 'batch-json') throw new ClientError('E_USAGE', 'expected a json-keystore or batch-json artifact');
  const stop = await realm.stopAtAccountWrite(writeNumber(args[2]));
  try {
    await client.restore(file, { password: text(args[1], 'the password') });
    return { answered: true, stopped: stop.fired };
  } catch (error) {
    if (stop.fired && error instanceof ClientError && error.code === 'E_WORKER_CRASHED') return { answered: false, stopped: true };
    throw error;
  } finally {
    await stop.disarm();
  }
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
      // chrome.storage.local as the extension persisted it (test accounts only: it holds their encrypted keys).
      return client.dumpStorage();
    case 'unlock':
      // Does the account still open with this password? pri(accounts.validate), as Derive asks it.
      return client.send('pri(accounts.validate)', { address: (await accountOf(client, args[0])).handle, password: text(args[1], 'the password') });
    case 'stopWorker':
      // The worker stopped between two user actions, as Chromium stops an idle one; the next message wakes it.
      await chromiumOf(client, method).stopWorker();
      return true;
    case 'restartBrowser':
      // Chromium closed and opened again on the same profile: the worker starts from chrome.storage.local.
      await chromiumOf(client, method).restartBrowser();
      return true;
    case 'restoreStoppingWorker':
      return restoreStoppingWorker(client, args);
    default:
      throw new ClientError('E_USAGE', `the extension has no operation '${method}' (known: ${EXTENSION_CALLS.join(', ')})`);
  }
}
