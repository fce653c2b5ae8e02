import { factories as apps } from '@interop/client-apps/factories';
import { factories as extension } from '@interop/client-extension/factories';
import { factories as signer } from '@interop/client-signer/factories';
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
  ...(process.env.INTEROP_FAKES === '1' ? (await import('./fakes/fake-client.js')).FAKE_FACTORIES : []),
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
