import type { Hex, Identity, KeyType } from '@interop/core';

/**
 * One entry of the extension's account list, as the popup's account list gets it
 * (ui-keyring's accounts observable, which pri(accounts.subscribe) forwards), plus the
 * public key of its keyring pair.
 */
export interface ExtensionAccount {
  /** The address the extension keys the account by: ss58 (prefix 42) or, for ethereum, H160. */
  readonly address: string;
  readonly publicKey: Hex;
  readonly type: KeyType;
  /** false for external (watch-only, QR) and hardware entries. */
  readonly hasSecret: boolean;
  readonly name?: string;
  readonly genesisHash?: string;
  /** sha-256 of the stored account JSON: it changes whenever the extension rewrites the entry. */
  readonly fingerprint: string;
}

export function identityOf(account: ExtensionAccount): Identity {
  return {
    publicKey: account.publicKey,
    type: account.type,
    hasSecret: account.hasSecret,
    ...(account.name !== undefined ? { name: account.name } : {}),
    ...(account.genesisHash !== undefined ? { genesisHash: account.genesisHash } : {}),
  };
}
