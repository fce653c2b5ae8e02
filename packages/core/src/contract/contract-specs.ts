import type { AccountSpec } from '../account-spec.js';
import type { ClientFactory } from '../client.js';
import type { Hex } from '../hex.js';
import type { KeyType } from '../key-type.js';
import { DEV_PHRASE } from '../known-answers.js';
import type { Method } from '../method.js';

/** A 32-byte seed that is a valid secp256k1 key too (polkadot-js/common keyring index.spec.ts seedTwo). */
export const CONTRACT_SEED: Hex = '0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';

const DEFAULT_PATH: Readonly<Record<KeyType, string>> = {
  sr25519: '//Alice',
  ed25519: '//Alice',
  ecdsa: '//Alice',
  ethereum: "/m/44'/60'/0'/0/0",
};

/** Backups that hold the phrase and nothing else (no path, no type). */
export function carriesPhraseOnly(method: Method): boolean {
  return method === 'phrase' || method === 'banana-split';
}

/**
 * The spec a contract check creates for a key type, from a phrase or the seed: the dev phrase
 * with a path the client gives such an account (its `pathsFor` when it restricts paths), a
 * name and password every client's UI accepts.
 */
export function contractSpec(
  factory: ClientFactory,
  type: KeyType,
  secret: 'phrase' | 'seed',
  method: Method = 'phrase-path-type',
  name = 'contract account',
): AccountSpec {
  const allowed = factory.pathsFor?.(type, method, secret);
  // A backup that carries the phrase only restores the client's own default keys: use one of them.
  const own = carriesPhraseOnly(method) ? factory.info.traits.phraseDefaults.find((d) => d.type === type)?.path : undefined;
  const path = own ?? (allowed !== undefined ? (allowed[0] ?? '') : secret === 'seed' ? '' : DEFAULT_PATH[type]);
  return {
    secret: secret === 'phrase' ? { kind: 'phrase', phrase: DEV_PHRASE } : { kind: 'seed', seed: CONTRACT_SEED },
    path,
    type,
    name,
    password: 'contract password',
  };
}
