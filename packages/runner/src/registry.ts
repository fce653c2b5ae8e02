import { factories as apps } from '@interop/client-apps/factories';
import { factories as extension, selectableFactories as extensionSelectable } from '@interop/client-extension/factories';
import { factories as papi } from '@interop/client-papi/factories';
import { factories as signer } from '@interop/client-signer/factories';
import { factories as subwallet } from '@interop/client-subwallet/factories';
import type { ClientFactory } from '@interop/core/vocabulary';

/**
 * Every client profile the suite knows, in the order reports list them. Each factory is plain
 * data until it starts an instance (the client's code loads then), so this module is what
 * `interop clients` imports (`@interop/runner/registry`). INTEROP_FAKES=1 adds the runner's
 * fake clients (an honest one and a deliberately broken one) so the CLI's own behaviour —
 * counterexamples, replay — can be tested end to end; they are loaded only then.
 */
export const CLIENT_FACTORIES: readonly ClientFactory[] = [
  ...extension,
  ...apps,
  ...signer,
  ...papi,
  ...subwallet,
  ...(process.env.INTEROP_FAKES === '1' ? (await import('./fakes/fake-client.js')).FAKE_FACTORIES : []),
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
