import { DEV_PHRASE, type KeystoreJson } from '@interop/core';
import { resolveChain } from '../connected-chains.js';
import { NodeAppsRealm } from '../node-realm/node-realm.js';
import type { ShownAccount } from '../operations/index.js';

/** A Node-realm Apps instance on `network`, optionally starting from a localStorage dump. */
export function startNodeRealm(network: string, storage: Readonly<Record<string, string>> = {}): Promise<NodeAppsRealm> {
  return NodeAppsRealm.start({ chain: resolveChain(network), storage });
}

export interface CreatedOnKusama {
  readonly account: ShownAccount;
  /** The `<address>.json` Apps downloaded at creation: meta.genesisHash is Kusama's. */
  readonly json: KeystoreJson;
  /** Kusama instance's localStorage after the creation. */
  readonly dump: Record<string, string>;
  readonly password: string;
  readonly phrase: string;
  readonly path: string;
}

/** One sr25519 account created in Apps connected to Kusama (one scrypt), for tests to reuse. */
export async function createOnKusama(path = '//pinned'): Promise<CreatedOnKusama> {
  const kusama = await startNodeRealm('kusama');
  try {
    const password = 'pinned-pw';
    const { account, json } = await kusama.call('create', {
      seed: DEV_PHRASE,
      seedType: 'bip',
      derivePath: path,
      pairType: 'sr25519',
      name: 'pinned',
      password,
    });
    return { account, json, dump: await kusama.dumpLocalStorage(), password, phrase: DEV_PHRASE, path };
  } finally {
    await kusama.close();
  }
}

/** The keystore with its scrypt header's N replaced (salt 32 bytes | N | p | r, u32 little-endian). */
export function withScryptN(json: KeystoreJson, n: number): KeystoreJson {
  const bytes = Buffer.from(json.encoded, 'base64');
  bytes.writeUInt32LE(n, 32);
  return { ...json, encoded: bytes.toString('base64') };
}
