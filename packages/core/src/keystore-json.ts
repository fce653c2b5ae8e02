/**
 * The keystore formats of @polkadot/keyring and ui-keyring, as plain data.
 * Sources: polkadot-js/common packages/keyring/src/pair/toJson.ts (single),
 * polkadot-js/ui packages/ui-keyring/src/Keyring.ts backupAccounts (batch).
 */
export interface KeystoreEncoding {
  /** ['pkcs8', type] for a single account, ['batch-pkcs8'] for a batch. */
  readonly content: readonly string[] | string;
  /** ['scrypt', 'xsalsa20-poly1305'], or ['none'] when the password was empty. */
  readonly type: readonly string[] | string;
  readonly version: string;
}

export interface KeystoreJson {
  readonly address: string;
  readonly encoded: string;
  readonly encoding: KeystoreEncoding;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** The extension's "export all" file (pri(accounts.batchExport)). */
export interface BatchJson {
  readonly encoded: string;
  readonly encoding: KeystoreEncoding;
  readonly accounts: readonly { readonly address: string; readonly meta: Readonly<Record<string, unknown>> }[];
}

export function isKeystoreJson(value: unknown): value is KeystoreJson {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.encoded === 'string' && typeof v.encoding === 'object' && v.encoding !== null && 'address' in v && !('accounts' in v);
}

export function isBatchJson(value: unknown): value is BatchJson {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.encoded === 'string' && Array.isArray(v.accounts);
}
