import type { BatchJson, KeystoreJson, KeyType } from '@interop/core';

/** What `pri(json.account.info)` answers: the preview the Restore JSON page shows. */
export interface JsonAccountInfo {
  readonly address: string;
  readonly genesisHash?: string | null;
  readonly name?: string;
  readonly type: KeyType;
}

/**
 * The popup's messages this client sends, as [request, response]: the signatures of
 * polkadot-js/extension packages/extension-base/src/background/types.ts (RequestSignatures),
 * sent with the payloads packages/extension-ui/src/messaging.ts builds.
 */
export interface PopupMessages {
  'pri(seed.create)': [{ readonly length?: number; readonly seed?: string; readonly type?: KeyType }, { readonly address: string; readonly seed: string }];
  'pri(seed.validate)': [{ readonly suri: string; readonly type?: KeyType }, { readonly address: string; readonly suri: string }];
  'pri(accounts.create.suri)': [
    { readonly genesisHash: string | null; readonly name: string; readonly password: string; readonly suri: string; readonly type?: KeyType },
    boolean,
  ];
  'pri(accounts.create.external)': [{ readonly address: string; readonly genesisHash: string | null; readonly name: string }, boolean];
  'pri(accounts.export)': [{ readonly address: string; readonly password: string }, { readonly exportedJson: KeystoreJson }];
  'pri(accounts.batchExport)': [{ readonly addresses: readonly string[]; readonly password: string }, { readonly exportedJson: BatchJson }];
  'pri(accounts.changePassword)': [{ readonly address: string; readonly oldPass: string; readonly newPass: string }, boolean];
  'pri(accounts.forget)': [{ readonly address: string }, boolean];
  'pri(accounts.validate)': [{ readonly address: string; readonly password: string }, boolean];
  'pri(derivation.validate)': [
    { readonly parentAddress: string; readonly parentPassword: string; readonly suri: string },
    { readonly address: string; readonly suri: string },
  ];
  'pri(derivation.create)': [
    {
      readonly genesisHash: string | null;
      readonly name: string;
      readonly parentAddress: string;
      readonly parentPassword: string;
      readonly password: string;
      readonly suri: string;
    },
    boolean,
  ];
  'pri(json.account.info)': [KeystoreJson, JsonAccountInfo];
  'pri(json.restore)': [{ readonly file: KeystoreJson; readonly password: string }, undefined];
  'pri(json.batchRestore)': [{ readonly file: BatchJson; readonly password: string }, undefined];
}

export type PopupMessage = keyof PopupMessages;
export type PopupRequest<M extends PopupMessage> = PopupMessages[M][0];
export type PopupResponse<M extends PopupMessage> = PopupMessages[M][1];
