import { factories as apps } from '@interop/client-apps';
import { factories as extension } from '@interop/client-extension';
import { factories as signer } from '@interop/client-signer';
import type { ClientFactory } from '@interop/core';

/** Every client profile the suite knows, in the order reports list them. */
export const CLIENT_FACTORIES: readonly ClientFactory[] = [...extension, ...apps, ...signer];

export class UnknownClientError extends Error {}

/** Selects profiles by exact id or by prefix (`extension` selects every extension profile). */
export function selectClients(selectors: readonly string[] | undefined, all: readonly ClientFactory[] = CLIENT_FACTORIES): ClientFactory[] {
  if (selectors === undefined || selectors.length === 0) return [...all];
  const chosen: ClientFactory[] = [];
  for (const selector of selectors) {
    const matches = all.filter((f) => f.info.id === selector || f.info.id.startsWith(`${selector}@`) || f.info.client === selector);
    if (matches.length === 0) throw new UnknownClientError(`unknown client '${selector}'; known: ${all.map((f) => f.info.id).join(', ')}`);
    for (const m of matches) if (!chosen.includes(m)) chosen.push(m);
  }
  return chosen;
}
