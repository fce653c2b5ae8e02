import { ClientError } from '@interop/core';
import { testSeed } from '@interop/core/testing';
import { AppsClient } from '../apps-client.js';
import { appsChromiumFactory, appsNodeFactory } from '../apps-factories.js';

export type RealmName = 'node' | 'chromium';

/** A fresh Apps instance ("computer") in the realm, connected to `network`. */
export async function startApps(realm: RealmName, network?: string): Promise<AppsClient> {
  const factory = realm === 'node' ? appsNodeFactory : appsChromiumFactory;
  const client = await factory.start(network === undefined ? {} : { network });
  if (!(client instanceof AppsClient)) throw new Error('the Apps factory returned another client');
  return client;
}

/** The ClientError a promise rejects with (fails the test when it resolves or rejects otherwise). */
export async function refusal(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClientError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the call succeeded');
}

/** The seed of the contract's property, which affords 2 runs: fresh each run, replayed with INTEROP_TEST_SEED. */
export const SEED = testSeed();

/** The extension's export-all file, as @polkadot/ui-keyring backupAccounts writes it (batch-pkcs8). */
export const EXTENSION_BATCH_FILE = {
  encoded: 'bm90IHJlYWxseSBlbmNyeXB0ZWQ=',
  encoding: { content: ['batch-pkcs8'], type: ['scrypt', 'xsalsa20-poly1305'], version: '3' },
  accounts: [{ address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY', meta: { name: 'alice' } }],
} as const;
