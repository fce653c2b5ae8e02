import type { BatchJson } from '@interop/core';

/** One row of the Restore from JSON page, as it hands it to the `<Address>` component. */
export interface BatchPreviewRow {
  readonly address: string;
  readonly genesisHash?: string | null;
  readonly name?: string;
}

/**
 * What the Restore from JSON page lists for an "export all" (batch-pkcs8) file: it previews a
 * batch without asking the background, straight from the file's plain `accounts` list
 * (polkadot-js/extension packages/extension-ui/src/Popup/RestoreJson.tsx `_onChangeFile`, the
 * isKeyringPairs$Json branch: {address: account.address, genesisHash: account.meta.genesisHash,
 * name: account.meta.name}). A single file goes through pri(json.account.info) instead. The
 * rule lives in the popup, not in extension-base, so it is written out here.
 */
export function batchPreview(file: BatchJson): BatchPreviewRow[] {
  return file.accounts.map((account) => {
    const meta = account.meta as { genesisHash?: string | null; name?: string };
    return {
      address: account.address,
      ...(meta.genesisHash !== undefined ? { genesisHash: meta.genesisHash } : {}),
      ...(meta.name !== undefined ? { name: meta.name } : {}),
    };
  });
}
