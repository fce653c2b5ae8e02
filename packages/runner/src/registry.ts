import { factories as apps } from '@interop/client-apps';
import { factories as extension, selectableFactories as extensionSelectable } from '@interop/client-extension';
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

/**
 * Profiles outside the default matrix that a run can still name by exact id (the older extension
 * releases in Chromium: the same browser code as the newest, at a browser per cell).
 */
export const SELECTABLE_FACTORIES: readonly ClientFactory[] = [...extensionSelectable];

export class UnknownClientError extends Error {}

/** Selects profiles by exact id or by prefix (`extension` selects every extension profile). */
export function selectClients(
  selectors: readonly string[] | undefined,
  all: readonly ClientFactory[] = CLIENT_FACTORIES,
  selectable: readonly ClientFactory[] = all === CLIENT_FACTORIES ? SELECTABLE_FACTORIES : [],
): ClientFactory[] {
  if (selectors === undefined || selectors.length === 0) return [...all];
  const chosen: ClientFactory[] = [];
  for (const selector of selectors) {
    const byPrefix = all.filter((f) => f.info.id === selector || f.info.id.startsWith(`${selector}@`) || f.info.client === selector);
    const matches = byPrefix.length > 0 ? byPrefix : selectable.filter((f) => f.info.id === selector);
    if (matches.length === 0) {
      const known = [...all, ...selectable].map((f) => f.info.id).join(', ');
      throw new UnknownClientError(`unknown client '${selector}'; known: ${known}`);
    }
    for (const m of matches) if (!chosen.includes(m)) chosen.push(m);
  }
  return chosen;
}
