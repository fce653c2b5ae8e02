import type { Hex } from './hex.js';
import type { KeyType } from './key-type.js';

/** Where the key material of an account comes from. */
export type SpecSecret = { readonly kind: 'phrase'; readonly phrase: string } | { readonly kind: 'seed'; readonly seed: Hex };

/**
 * What a user sets up in a client. Generated specs are test data and may be saved in
 * scenario files; a user's own secrets never reach a spec that is written anywhere.
 */
export interface AccountSpec {
  readonly secret: SpecSecret;
  /**
   * The derivation as typed into the client: `//hard`, `/soft`, `///password` for substrate
   * types; a BIP32 path such as `/m/44'/60'/0'/0/0` for ethereum. Empty for the root key.
   */
  readonly path: string;
  readonly type: KeyType;
  readonly name: string;
  /** The password that encrypts the account in the client (and its JSON backups). */
  readonly password: string;
  /** 0x genesis hash the account is tied to; '' means "allow use on any chain". */
  readonly genesisHash?: string;
}

/** The secret URI polkadot-js builds from a spec: `<phrase or 0x seed><path>`. */
export function suriOf(spec: Pick<AccountSpec, 'secret' | 'path'>): string {
  const base = spec.secret.kind === 'phrase' ? spec.secret.phrase : spec.secret.seed;
  return `${base}${spec.path}`;
}
