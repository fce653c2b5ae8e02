import type { Hex } from './hex.js';
import type { KeyType } from './key-type.js';

/** What a restore yields: a key a client now holds. Compared by public key and type. */
export interface Identity {
  readonly publicKey: Hex;
  readonly type: KeyType;
  /** Whether the client holds the secret (false for watch-only / external entries). */
  readonly hasSecret: boolean;
  readonly name?: string;
  /** The derivation the client records for this key, when it records one (Vault). */
  readonly path?: string;
  /** The network the client ties the key to, when it does. */
  readonly genesisHash?: string;
}

export function sameIdentity(a: Pick<Identity, 'publicKey' | 'type'>, b: Pick<Identity, 'publicKey' | 'type'>): boolean {
  return a.type === b.type && a.publicKey.toLowerCase() === b.publicKey.toLowerCase();
}
