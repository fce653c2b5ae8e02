import { factories as apps } from '@interop/client-apps';
import { factories as extension } from '@interop/client-extension';
import { factories as papi } from '@interop/client-papi';
import { factories as signer } from '@interop/client-signer';
import { factories as subwallet } from '@interop/client-subwallet';
import type { ClientFactory } from '@interop/core';

import { FAKE_FACTORIES } from './fakes/fake-client.js';

/**
 * Every client profile the suite knows, in the order reports list them. INTEROP_FAKES=1 adds
 * the runner's fake clients (an honest one and a deliberately broken one) so the CLI's own
 * behaviour — counterexamples, replay — can be tested end to end.
 */
export const CLIENT_FACTORIES: readonly ClientFactory[] = [
  ...extension,
  ...apps,
  ...signer,
  ...papi,
  ...subwallet,
  ...(process.env.INTEROP_FAKES === '1' ? FAKE_FACTORIES : []),
];

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
