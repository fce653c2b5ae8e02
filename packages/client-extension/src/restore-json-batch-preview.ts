import type { BatchJson } from '@interop/core';

/** One row of the Restore from JSON page for an "export all" file. */
export interface BatchPreviewRow {
  /** The entry's `address` field as the file has it (ss58, or the hex compressed key of ecdsa/ethereum). */
  readonly address: string;
  readonly genesisHash?: string | null;
  readonly name?: string;
  /** What the page shows for it: the Address component's rendering (popup-address.ts). */
  readonly shown: string;
}

/** A row as RestoreJson.tsx hands it to the Address component, before it is rendered. */
export type BatchPreviewEntry = Omit<BatchPreviewRow, 'shown'>;

/**
 * What the Restore from JSON page lists for an "export all" (batch-pkcs8) file: it previews a
 * batch without asking the background, straight from the file's plain `accounts` list
 * (polkadot-js/extension v0.62.3 packages/extension-ui/src/Popup/RestoreJson.tsx lines 69-77:
 * {address: account.address, genesisHash: account.meta.genesisHash, name: account.meta.name}),
 * and renders each with `<Address>` and no type (lines 123-131). A single file goes through
 * pri(json.account.info) instead.
 */
export function batchPreviewEntries(file: BatchJson): BatchPreviewEntry[] {
  return file.accounts.map((account) => {
    const meta = account.meta as { genesisHash?: string | null; name?: string };
    return {
      address: account.address,
      ...(meta.genesisHash !== undefined ? { genesisHash: meta.genesisHash } : {}),
      ...(meta.name !== undefined ? { name: meta.name } : {}),
    };
  });
}
